// The records view (views/RecordsView.vue): the records behind a value, a clicked record opened in a
// panel with every field named in words.
export default {
  rec: { title: 'Записи', kind: 'Вид записи', search: 'Търсене в записите', total: '{n} запис | {n} записа',
    department: 'Отдел', allDepartments: 'Всички отдели', lowRated: 'Само ниско оценени с коментар',
    codes: {
      status: { open: 'отворено', completed: 'изпълнено', cancelled: 'оттеглено', refused: 'отказано' },
      tier: { ordinary: 'обикновена', fast: 'бърза', express: 'експресна' },
      kind: { signal: 'сигнал', proposal: 'предложение', complaint: 'жалба', praise: 'похвала', other: 'друго' },
      outcome: { upheld: 'основателна', partly_upheld: 'частично основателна', rejected: 'неоснователна', not_processed: 'оставена без разглеждане' },
      source: { box: 'кутия', tablet: 'таблет', online: 'онлайн', other: 'друго' },
    },
    kinds: { survey: 'Анкети', requests: 'Заявления за услуги', signals: 'Сигнали, жалби, предложения, похвали', cards: 'Карти за обратна връзка' },
    cols: { id: '№', date: 'Дата', department: 'Отдел', service_code: 'Услуга', channel: 'Канал', respondent_group: 'Група', overall: 'Обща оценка',
      recommend_score: 'Препоръка (0–10)', waiting_minutes: 'Чакане (мин.)', comment: 'Коментар', tier: 'Вид услуга', due_date: 'Срок', service: 'Услуга',
      completed: 'Изпълнено', status: 'Статус', kind: 'Вид', anonymous: 'Анонимен', deadline_days: 'Срок (дни)', decided_date: 'Решено',
      notified_date: 'Уведомен', outcome: 'Резултат', action: 'Действия', source: 'Източник', rating: 'Оценка', text: 'Текст',
      import_file: 'Внесен от файл', imported: 'Внесен на' },
    hint: 'Щракнете върху точка от диаграма, за да видите записите зад нея.',
    openHint: 'Щракнете ред (или натиснете Enter), за да видите целия запис.',
    detail: 'Запис — {kind}', emptyField: 'не е попълнено', prev: 'Предишен', next: 'Следващ',
    demoImport: 'демо данни (генератор на Отзвук)',
    behind: 'Зад стойността на „{name}“', behindHint: 'Само записите, от които е изчислена стойността (нейното n) — по датата, по която показателят ги отнася към периода. Затворете, за да видите всички записи от вида.',
  },
}
