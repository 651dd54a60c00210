// The import wizard (views/ImportWizard.vue).
export default {
  imp: {
    changedTitle: 'Този шаблон променя вече внесени карти. Ако е копие, попълнено от друг служител, внесете го отделно; ако поправя същия файл — заменете.',
    changedNewBatch: 'Внеси като отделна партида', changedReplace: 'Поправка на същия файл — замени',
    title: 'Импорт на експорт', step1: '1. Файл', step2: '2. Профил за съпоставяне', step3: '3. Преглед', step4: '4. Импорт',
    choose: 'Изберете файл…', pathLabel: 'или въведете пътя до файла', read: 'Прочети',
    profile: 'Профил', suggested: 'Предложен от заглавията и стойностите на файла', example: 'пример', saved: 'запазен',
    yaml: 'Профил (YAML)', saveAs: 'Запази като', save: 'Запази профила', saved_ok: 'Профилът е запазен.',
    preview: 'Преглед', source: 'Прочетен като {format}, кодиране {encoding}, разделител „{delimiter}“, заглавен ред {header}.',
    rowsShown: 'Първите {n} реда; клетките с грешка са оцветени — посочете ги с мишката за причината.',
    problemAt: 'ред {row}, „{column}“: {reason}',
    problems: 'Открити проблеми ({n})', noProblems: 'В прегледаните редове няма грешки.',
    threshold: 'Максимален дял отхвърлени редове (%)', run: 'Импортирай', cancel: 'Откажи',
    stage: { reading: 'Четене', checking: 'Проверка', writing: 'Запис', summarising: 'Обобщаване за изгледите', done: 'Готово' },
    rows: '{n} реда',
    summary: 'Резултат', status: { ok: 'Импортиран', unchanged: 'Без промяна', rejected: 'Не е импортиран' },
    read_: 'Прочетени', accepted: 'Приети', rejected: 'Отхвърлени', duplicates: 'Дублирани', replaced: 'Заменени', new_: 'Нови', newDepts: 'Нови отдели', pii: 'Маскирани лични данни', fieldsEmptied: 'Изпразнени полета (записът е запазен)',
    quarantine: 'Карантина: отхвърлени клетки ({n})', row: 'Ред', column: 'Колона', value: 'Стойност', reason: 'Причина',
    cancelled: 'Импортът е прекъснат; нищо не е записано.',
    exportCsv: 'Експорт в CSV', exported: '{n} реда записани в {path}',
  },
}
