// Naming a period (periods.ts) and the grain of periods (month, quarter, year).
export default {
  period: { partial: '{period} — {n} of {total} months', partialMonth: '{period} — month not complete' },
  grain: { label: 'Period', month: 'Month', quarter: 'Quarter', year: 'Year' },
}
