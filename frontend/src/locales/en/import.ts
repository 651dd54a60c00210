// The import wizard (views/ImportWizard.vue).
export default {
  imp: {
    changedTitle: 'This template changes cards imported before. If it is a copy another clerk filled in, import it as a batch of its own; if it corrects the same file, replace.',
    changedNewBatch: 'Import as a separate batch', changedReplace: 'It corrects the same file — replace',
    title: 'Import an export', step1: '1. File', step2: '2. Mapping profile', step3: '3. Preview', step4: '4. Import',
    choose: 'Choose a file…', pathLabel: 'or type the path of the file', read: 'Read',
    profile: 'Profile', suggested: 'Suggested from the file\'s headers and values', example: 'example', saved: 'saved',
    yaml: 'Profile (YAML)', saveAs: 'Save as', save: 'Save the profile', saved_ok: 'The profile is saved.',
    preview: 'Preview', source: 'Read as {format}, encoding {encoding}, delimiter “{delimiter}”, header row {header}.',
    rowsShown: 'The first {n} rows; cells with an error are coloured — hover for the reason.',
    problemAt: 'row {row}, "{column}": {reason}',
    problems: 'Problems found ({n})', noProblems: 'No errors in the previewed rows.',
    threshold: 'Highest share of rejected rows (%)', run: 'Import', cancel: 'Cancel',
    stage: { reading: 'Reading', checking: 'Checking', writing: 'Writing', summarising: 'Summarising for the views', done: 'Done' },
    rows: '{n} rows',
    summary: 'Result', status: { ok: 'Imported', unchanged: 'Unchanged', rejected: 'Not imported' },
    read_: 'Read', accepted: 'Accepted', rejected: 'Rejected', duplicates: 'Duplicates', replaced: 'Replaced', new_: 'New', newDepts: 'New departments', pii: 'PII masked', fieldsEmptied: 'Fields emptied (record kept)',
    quarantine: 'Quarantine: rejected cells ({n})', row: 'Row', column: 'Column', value: 'Value', reason: 'Reason',
    cancelled: 'The import was cancelled; nothing was written.',
    exportCsv: 'Export as CSV', exported: '{n} rows written to {path}',
  },
}
