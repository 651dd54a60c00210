// The annual report (views/ReportView.vue).
export default {
  rep: { title: 'Annual report on user satisfaction', year: 'Year',
    help: 'The report is a printable HTML document (A4, contents, charts) with an XLSX annex. It is published by 1 March for the year before.',
    annex: 'and an XLSX annex', build: 'Create the report…', open: 'Open the report in the browser', cancel: 'Cancel', done: 'The report is ready ({seconds} s):',
    actions: 'Actions taken in {year} by department', actionsHelp: 'What each department did with the feedback. The text is saved in the database when you leave the field and goes into the report.',
    placeholder: 'E.g. longer counter hours; a new online service…', saved: 'Saved.' },
}
