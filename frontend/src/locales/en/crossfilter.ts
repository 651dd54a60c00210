// What a click on a chart element can do (crossfilter.ts).
export default {
  act: { records: 'Show the records behind this point (n = {n})', filter: 'Filter everything by “{name}”', unfilter: 'Remove the filter “{name}”',
    period: 'Only the period {period}', department: 'Open the department “{name}”' },
}
