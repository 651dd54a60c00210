// Making Data Count's icons on the overview's tiles (analytics/spc): the variation of the monthly
// series and the assurance against the target, with the legend's words.
export default {
  spc: {
    variationHead: 'Variation (SPC)', assuranceHead: 'Target assurance (SPC)',
    legend: 'Icons after NHS England\'s "Making Data Count" on the monthly series: process limits = mean ± 2.66 × mean moving range.',
    variation: {
      common_cause: 'Common cause variation: the latest month is within the usual',
      improvement: 'Special cause — improvement',
      concern: 'Special cause — concern',
      neutral_high: 'Special cause — higher (no direction)',
      neutral_low: 'Special cause — lower (no direction)',
      none: 'Too few months for a control chart',
    },
    assurance: {
      consistent_pass: 'Consistently meets the target',
      consistent_fail: 'Consistently fails the target',
      inconsistent: 'Hit and miss against the target',
    },
    short: { common_cause: 'monthly: usual', improvement: 'monthly: improving', concern: 'monthly: concerning', neutral_high: 'monthly: higher', neutral_low: 'monthly: lower', consistent_pass: 'target: yes', consistent_fail: 'target: no', inconsistent: 'target: hit and miss' },
    months: 'on {n} month | on {n} months',
    trial: 'trial limits (under 12 months)',
  },
}
