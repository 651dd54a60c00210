// A pooled database of several municipalities (otzvuk pool): the comparison ranks municipalities.
export default {
  errors: {
    pooledNoRecords: 'This is a pool of municipalities\' packages: packages do not carry the single records with their texts and comments (no personal data), so there are no records here. Open the municipality\'s own database.',
    pooledNoDepartment: 'This is a pool of municipalities\' packages: the department view reads data the packages do not carry. Compare the municipalities in "Compare" or open the municipality\'s own database.',
  },
  pooled: {
    title: 'a pool of {n} municipalities',
    department: 'Municipality', total: 'All the municipalities together', ranking: 'Ranking of municipalities', heatmap: 'Municipalities × indicators',
    multiples: '{year} (solid) against {prev} (dashed) by municipality',
    legend: 'Each cell is the municipality\'s difference from the value of all the municipalities together (the top row), computed from their records, in the indicator\'s unit: blue better, orange worse by the indicator\'s direction. * small sample, not compared (grey).',
  },
}
