// The first start (Welcome.vue) and the demo municipality's badge and removal.
export default {
  demo: { badge: 'Demo data', hint: 'Generated data for a sample municipality is shown. Import your own files to work with real data.',
    remove: 'Remove the demo', removeAsk: 'Remove the demo data? Imported data stay.', removeYes: 'Remove', removeNo: 'Cancel',
    importAsk: 'The database holds demo data. Real data should not be mixed with it.', importRemove: 'Remove the demo and import', importBeside: 'Import beside the demo' },
  welcome: {
    title: 'Welcome to Otzvuk', lead: 'The database is empty. How would you like to start?',
    demoTitle: 'Demo municipality', demoText: 'Generated data for a sample municipality — 8 departments, 3 years, every feedback method. Good for looking around; removed with one button.',
    demo: 'Start with demo data', emptyTitle: 'Your own data', emptyText: 'An empty database for the municipality\'s exports: surveys, cards, the registers of signals and of services.', empty: 'Start with an empty database',
  },
}
