// The overview for the mayor's office (views/Overview.vue).
export default {
  ov: {
    title: 'Overview for the mayor\'s office', tiles: 'Key indicators', target: 'target {target}',
    small: 'small sample', noData: 'no data', noDataFor: 'No data for: {names}.', trend: 'The municipality: {year} against {prev}',
    trendPartial: 'The municipality: {year} (first {n} months) against {prev}',
    methods: 'Feedback methods in {year} (Ordinance, Art. 24)', methodsPartial: 'Feedback methods in {year} (first {n} months; Ordinance, Art. 24)',
    mandatory: 'mandatory', records: '{n} record | {n} records', missing: 'no data',
    question: 'What changed: {period} against {compared}',
    questionHint: 'Significant changes by department (q ≤ 5 % after the correction for multiple comparisons), strongest evidence first; the line is the change\'s 95 % interval. Click a row to open the department.',
    worseTitle: 'Significant deteriorations | Significant deterioration | Significant deteriorations', betterTitle: 'Significant improvements | Significant improvement | Significant improvements',
    more: 'and {n} more significant change | and {n} more significant changes', none: 'No significant changes.', openDepartment: 'Open the department “{name}”',
    own: 'its latest whole data; none for {period}', vs: 'against {period}', comparedTo: 'Compared with',
    significant: 'significant change', notSignificant: 'within chance', pp: 'pp',
    ciLow: 'Lower bound (95 %)', ciHigh: 'Upper bound (95 %)', direction: 'Direction', dirWorse: 'deterioration', dirBetter: 'improvement',
  },
}
