// Naming a period (periods.ts) and the grain of periods (month, quarter, year).
export default {
  period: { partial: '{period} — {n} от {total} месеца', partialMonth: '{period} — непълен месец' },
  grain: { label: 'Период', month: 'Месец', quarter: 'Тримесечие', year: 'Година' },
}
