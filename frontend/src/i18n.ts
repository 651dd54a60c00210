import { createI18n } from 'vue-i18n'

// Bulgarian first; a key missing in Bulgarian falls back to English, per key.
export const messages = {
  bg: {
    app: { title: 'Отзвук', subtitle: 'Обратна връзка от потребителите на административни услуги', municipality: 'Община Перущица' },
    demo: { badge: 'Демо данни', hint: 'Показани са генерирани данни за примерна община. Импортирайте свои файлове, за да работите с реални данни.' },
    lang: { switch: 'Език', bg: 'БГ', en: 'EN' },
    loading: { seeding: 'Подготвяне на демо данните…', table: 'Таблица: {table}', data: 'Зареждане…' },
    grain: { label: 'Период', month: 'Месец', quarter: 'Тримесечие', year: 'Година' },
    chart: { satTitle: 'Индекс на удовлетвореност по отдели', satHelp: 'Средна обща оценка от анкетите, преизчислена в скала 0–100. Пунктирът е общината като цяло.', n: 'n = ', empty: 'Няма данни за избрания период.' },
    errors: {
      unknownIndicator: 'Непознат показател: {id}',
      badGrain: 'Непознат период: {grain}',
      queryFailed: 'Грешка при изчисляването: {message}',
      chartFailed: 'Диаграмата не може да бъде построена: {message}',
      seedFailed: 'Демо данните не могат да бъдат записани: {message}',
      unexpected: 'Неочаквана грешка: {message}',
    },
    footer: { db: 'База данни', version: 'Версия' },
  },
  en: {
    app: { title: 'Otzvuk', subtitle: 'Feedback from users of administrative services', municipality: 'Perushtitsa Municipality' },
    demo: { badge: 'Demo data', hint: 'Generated data for a sample municipality is shown. Import your own files to work with real data.' },
    lang: { switch: 'Language', bg: 'БГ', en: 'EN' },
    loading: { seeding: 'Preparing the demo data…', table: 'Table: {table}', data: 'Loading…' },
    grain: { label: 'Period', month: 'Month', quarter: 'Quarter', year: 'Year' },
    chart: { satTitle: 'Satisfaction index by department', satHelp: 'Mean overall survey rating rescaled to 0–100. The dashed line is the whole municipality.', n: 'n = ', empty: 'No data for the chosen period.' },
    errors: {
      unknownIndicator: 'Unknown indicator: {id}',
      badGrain: 'Unknown period: {grain}',
      queryFailed: 'The computation failed: {message}',
      chartFailed: 'The chart could not be built: {message}',
      seedFailed: 'The demo data could not be written: {message}',
      unexpected: 'Unexpected error: {message}',
    },
    footer: { db: 'Database', version: 'Version' },
  },
}

export const i18n = createI18n({
  legacy: false,
  locale: 'bg',
  fallbackLocale: 'en',
  messages,
})
