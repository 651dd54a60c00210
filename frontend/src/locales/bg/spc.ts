// Making Data Count's icons on the overview's tiles (analytics/spc): the variation of the monthly
// series and the assurance against the target, with the legend's words.
export default {
  spc: {
    variationHead: 'Вариация (SPC)', assuranceHead: 'Сигурност за целта (SPC)',
    legend: 'Икони по методиката „Making Data Count“ (NHS England) върху месечната редица: контролни граници = средна ± 2,66 × среден плъзгащ се размах.',
    variation: {
      common_cause: 'Обичайна вариация: последният месец не се отличава от обичайното',
      improvement: 'Особена причина — подобрение',
      concern: 'Особена причина — влошаване',
      neutral_high: 'Особена причина — по-високо (без посока)',
      neutral_low: 'Особена причина — по-ниско (без посока)',
      none: 'Твърде малко месеци за контролна карта',
    },
    assurance: {
      consistent_pass: 'Целта се изпълнява постоянно',
      consistent_fail: 'Целта постоянно не се изпълнява',
      inconsistent: 'Ту изпълнява, ту не изпълнява целта',
    },
    short: { common_cause: 'по месеци: обичайно', improvement: 'по месеци: подобрение', concern: 'по месеци: влошаване', neutral_high: 'по месеци: по-високо', neutral_low: 'по месеци: по-ниско', consistent_pass: 'цел: да', consistent_fail: 'цел: не', inconsistent: 'цел: ту да, ту не' },
    months: 'върху {n} месец | върху {n} месеца',
    trial: 'пробни граници (под 12 месеца)',
  },
}
