// What the charts say: the satisfaction trend (views/SatisfactionTrend.vue) and the words every chart shares.
export default {
  chart: { satTitle: 'Satisfaction index by department', satHelp: 'Mean overall survey rating rescaled to 0–100. One department is highlighted (pick another or click its line); the dashed line is the whole municipality; hatched squares are small samples, hollow points partial periods.', n: 'n = ', empty: 'No data for the chosen period.',
    ci: '95 % interval', small: 'small sample', partial: 'partial period: {n} of {total} months', partialMonth: 'month not complete',
    highlight: 'Highlighted department', basis: 'Periods by {basis}.', mostlySmall: 'Most points are small samples (below the minimum number of answers) and are not marked one by one. Choose quarters or years for firmer values.',
    mostlySmallYear: 'Most points are small samples (below the minimum number of answers) and are not marked one by one.' },
}
