// The window's frame (App.vue): its title, the language switch, loading, the busy notice, the footer, the tabs.
export default {
  app: { title: 'Otzvuk', subtitle: 'Feedback from users of administrative services', municipality: 'Perushtitsa Municipality' },
  lang: { switch: 'Language', bg: 'БГ', en: 'EN' },
  loading: { seeding: 'Preparing the demo data…', table: 'Table: {table}', data: 'Loading…' },
  busy: { computing: 'Computing…', cancel: 'Cancel' },
  footer: { db: 'Database', version: 'Version' },
  skipped: {
    title: 'One indicator cannot be computed and was skipped | {n} indicators cannot be computed and were skipped',
    one: 'Indicator {id} (file {file}): its expression cannot be computed on the data; every other indicator works.',
  },
  nav: { overview: 'Overview', trend: 'Satisfaction', department: 'Department', compare: 'Compare', catalog: 'Catalogue', records: 'Records', import: 'Import data', report: 'Annual report' },
}
