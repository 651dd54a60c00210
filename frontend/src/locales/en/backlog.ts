// The department's registers told two ways: by completion date and by the cohort filed in the year.
export default {
  backlog: {
    title: 'Timeliness: completed and filed in {period}',
    hint: 'Completed in the period says how the finished work went; filed in the period says what became of everything filed — the items still open past their deadline too (as of {asOf}). The filed items\' median is Kaplan–Meier\'s: open items count as not yet completed.',
    register: { requests: 'Service requests', signals: 'Signals, proposals, complaints' },
    byCompletion: 'Completed in the period',
    byCohort: 'Filed in the period',
    onTime: 'On time',
    medianDays: 'Median, days',
    filed: 'Filed',
    late: 'Completed late',
    overdue: 'Open past deadline',
    pending: 'Open within deadline',
    withdrawn: 'Withdrawn / no deadline',
    withdrawnHint: 'Withdrawn, refused, without a deadline or with impossible dates: neither on time nor late — with them the columns add up to the filed.',
    notReached: 'not reached',
    rateHint: 'share on time of the decided and the open past deadline',
  },
}
