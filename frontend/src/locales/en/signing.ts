// Making the annual report ready to sign (views/ReportView.vue).
export default {
  sign: {
    preparedBy: 'Prepared by', approvedBy: 'Approved by', namePosition: 'Name, position', regNo: 'Ref. No.', regNoExample: 'e.g. RD-09-123',
    final: 'Final (no "DRAFT" marker)',
    draftHint: 'The report is a draft until every department has described its actions or you mark it final.',
    finalHint: 'A final report is signed and published as it is: check the names, positions and the reference number.',
  },
  errors: { signatory: '"Name, position" must have at most 200 characters and no control characters.' },
}
