// The window's frame (App.vue): its title, the language switch, loading, the busy notice, the footer, the tabs.
export default {
  app: { title: 'Отзвук', subtitle: 'Обратна връзка от потребителите на административни услуги', municipality: 'Община Перущица' },
  lang: { switch: 'Език', bg: 'БГ', en: 'EN' },
  loading: { seeding: 'Подготвяне на демо данните…', table: 'Таблица: {table}', data: 'Зареждане…' },
  busy: { computing: 'Изчисляване…', cancel: 'Откажи' },
  footer: { db: 'База данни', version: 'Версия' },
  skipped: {
    title: 'Един показател не може да бъде изчислен и е пропуснат | {n} показателя не могат да бъдат изчислени и са пропуснати',
    one: 'Показател {id} (файл {file}): изразът му не може да бъде изчислен върху данните; всички останали показатели работят.',
  },
  nav: { overview: 'Обзор', trend: 'Удовлетвореност', department: 'Отдел', compare: 'Сравнение', catalog: 'Каталог', records: 'Записи', import: 'Импорт на данни', report: 'Годишен доклад' },
}
