// Making the annual report ready to sign (views/ReportView.vue).
export default {
  bg: {
    sign: {
      preparedBy: 'Изготвил', approvedBy: 'Утвърдил', namePosition: 'Име, длъжност', regNo: 'Рег. №', regNoExample: 'напр. РД-09-123',
      final: 'Окончателен (без надпис „ПРОЕКТ“)',
      draftHint: 'Докладът е проект, докато всички отдели не опишат предприетите действия или не го отбележите като окончателен.',
      finalHint: 'Окончателният доклад се подписва и публикува както е: проверете имената, длъжностите и регистрационния номер.',
    },
    errors: { signatory: '„Име, длъжност“ трябва да е до 200 знака, без управляващи знаци.' },
  },
  en: {
    sign: {
      preparedBy: 'Prepared by', approvedBy: 'Approved by', namePosition: 'Name, position', regNo: 'Ref. No.', regNoExample: 'e.g. RD-09-123',
      final: 'Final (no "DRAFT" marker)',
      draftHint: 'The report is a draft until every department has described its actions or you mark it final.',
      finalHint: 'A final report is signed and published as it is: check the names, positions and the reference number.',
    },
    errors: { signatory: '"Name, position" must have at most 200 characters and no control characters.' },
  },
}
