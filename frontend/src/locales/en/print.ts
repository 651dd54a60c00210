// The printed brief of a view (components/PrintHeader.vue, ViewExport's "Печат / PDF").
export default {
  print: {
    action: 'Print / PDF…',
    against: '{period} against {compared}',
    made: 'Made on {date}',
    period: 'Period',
    filters: 'Filters',
    department: 'Department',
    source: 'Source: Otzvuk — the data imported into the municipality\'s database.',
    quietServices: 'No significant change: {n} row of the table (the whole table is in the XLSX export). | No significant change: {n} rows of the table (the whole table is in the XLSX export).',
  },
  expTable: { theme: 'Theme', municipalityPct: 'Municipality, %', change: 'Change against a year earlier', quotes: 'Quotes', measure: 'Measure', value: 'Value' },
}
