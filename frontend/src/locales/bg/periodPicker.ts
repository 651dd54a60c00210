// The window's period control: presets, a chosen quarter or month, typed dates and a calendar.
export default {
  pick: {
    label: 'Период', all: 'Всички дати', presets: 'Бърз избор',
    lastQuarter: 'Последното пълно тримесечие', lastYear: 'Последната пълна година', lastMonth: 'Последният пълен месец',
    ytd: 'От началото на годината', yearEarlier: 'Същият период година по-рано',
    quarter: 'Тримесечие', month: 'Месец', pickQuarter: 'Изберете тримесечие', pickMonth: 'Изберете месец',
    typed: 'Или въведете дати', from: 'От дата', to: 'До дата', format: 'ДД.ММ.ГГГГ', apply: 'Приложи',
    invalid: '„{text}“ не е дата. Пишете ДД.ММ.ГГГГ, например 06.12.2026.', order: 'Началната дата е след крайната.',
    dataSpan: 'Данните са от {first} до {last}.', noData: 'Все още няма данни с дати.',
    partial: 'непълен', partialHint: 'Данните не покриват целия период: последната дата с данни е {last}.',
    days: '{n} ден | {n} дни', calendar: 'Календар',
    since: 'от {from}', until: 'до {to}', chosen: 'Избрано',
  },
}
