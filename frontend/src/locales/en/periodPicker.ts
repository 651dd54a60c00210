// The window's period control: presets, a chosen quarter or month, typed dates and a calendar.
export default {
  pick: {
    label: 'Period', all: 'All dates', presets: 'Quick choice',
    lastQuarter: 'Last whole quarter', lastYear: 'Last whole year', lastMonth: 'Last whole month',
    ytd: 'Year to date', yearEarlier: 'The same period a year earlier',
    quarter: 'Quarter', month: 'Month', pickQuarter: 'Choose a quarter', pickMonth: 'Choose a month',
    typed: 'Or type the dates', from: 'From', to: 'To', format: 'DD.MM.YYYY', apply: 'Apply',
    invalid: '“{text}” is not a date. Type DD.MM.YYYY, for example 06.12.2026.', order: 'The start date is after the end date.',
    dataSpan: 'The data run from {first} to {last}.', noData: 'There are no dated data yet.',
    partial: 'partial', partialHint: 'The data do not cover the whole period: the last date with data is {last}.',
    days: '{n} day | {n} days', calendar: 'Calendar',
    since: 'from {from}', until: 'until {to}', chosen: 'Chosen',
  },
}
