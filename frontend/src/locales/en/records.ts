// The records view (views/RecordsView.vue): the records behind a value, a clicked record opened in a
// panel with every field named in words.
export default {
  rec: { title: 'Records', kind: 'Record kind', search: 'Search the records', total: '{n} record | {n} records',
    department: 'Department', allDepartments: 'All departments', lowRated: 'Low-rated with a comment only',
    codes: {
      status: { open: 'open', completed: 'completed', cancelled: 'cancelled', refused: 'refused' },
      tier: { ordinary: 'ordinary', fast: 'fast', express: 'express' },
      kind: { signal: 'signal', proposal: 'proposal', complaint: 'complaint', praise: 'praise', other: 'other' },
      outcome: { upheld: 'upheld', partly_upheld: 'partly upheld', rejected: 'not upheld', not_processed: 'not processed' },
      source: { box: 'box', tablet: 'tablet', online: 'online', other: 'other' },
    },
    kinds: { survey: 'Survey responses', requests: 'Service requests', signals: 'Signals, complaints, proposals, praise', cards: 'Feedback cards' },
    cols: { id: 'No.', date: 'Date', department: 'Department', service_code: 'Service', channel: 'Channel', respondent_group: 'Group', overall: 'Overall rating',
      recommend_score: 'Recommend (0–10)', waiting_minutes: 'Waiting (min)', comment: 'Comment', tier: 'Service tier', due_date: 'Due', service: 'Service',
      completed: 'Completed', status: 'Status', kind: 'Kind', anonymous: 'Anonymous', deadline_days: 'Deadline (days)', decided_date: 'Decided',
      notified_date: 'Notified', outcome: 'Outcome', action: 'Action', source: 'Source', rating: 'Rating', text: 'Text',
      import_file: 'Imported from file', imported: 'Imported on' },
    hint: 'Click a point of a chart to see the records behind it.',
    openHint: 'Click a row (or press Enter) to see the whole record.',
    detail: 'Record — {kind}', emptyField: 'not filled in', prev: 'Previous', next: 'Next',
    demoImport: 'demo data (Otzvuk\'s generator)',
    behind: 'Behind the value of "{name}"', behindHint: 'Only the records the value is computed from (its n) — by the date the indicator puts them in the period by. Close to see every record of the kind.',
  },
}
