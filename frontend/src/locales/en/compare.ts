// The comparison view (views/Compare.vue): the ranking and the heatmap, the indicators' target status,
// and what it says on data that do not have everything (cmpx).
export default {
  cmp: {
    grain: 'Period', period: 'Period compared', indicator: 'Indicator ranked', heatmap: 'Departments × indicators',
    legend: 'Each cell is the department\'s difference from the municipal value (the top row) in the indicator\'s unit: blue better, orange worse by the indicator\'s direction; the deeper the colour, the larger the difference. * small sample, not compared (grey). An empty cell: the department has no data for the indicator in the period.',
    partialAB: 'At least one of the two periods is partial: the difference compares periods of different length.', interval: '95 % interval',
    ranking: 'Departments ranked', rank: 'Rank', department: 'Department', value: 'Value', n: 'n',
    yearAgo: 'A year earlier', status: 'Against target', total: 'Municipality total', small: 'small sample — not ranked',
    multiples: '{year} (solid) against {prev} (dashed) by department', ab: 'Period A against period B (municipality)', a: 'Period A', b: 'Period B', delta: 'Difference A − B', sig: 'Significant', yes: 'yes', no: 'no',
  },
  status: { on_target: '✓ On target', warning: '! Warning', off_target: '✗ Off target', none: '— no target' },
  cmpx: {
    onePeriod: 'The data cover {period} only: there is no other period to compare it with.',
    noData: 'No data in either period: {names}.',
    fellBack: '"{asked}" has no data; the ranking is by "{ranked}".',
    backlogTitle: 'Requests filed in {period}: what became of them',
    backlogHint: 'The ranking is by completion date and cannot see what is still open; here is everything filed in the period (as of {asOf}), first the departments with the largest share open past the deadline, then those with the smallest share on time. The median is Kaplan–Meier\'s (open items count as not yet completed).',
  },
}
