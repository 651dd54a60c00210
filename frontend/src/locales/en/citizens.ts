// Strings of "close the loop with citizens": the DOCX report, the public results and the forms.
export default {
  errors: { noOffice: 'PDF needs LibreOffice (free, libreoffice.org); the report as DOCX or HTML does not.' },
  cit: {
    title: 'For citizens and for the records office',
    help: 'The report as an editable Word document, the public results for the municipal website (with open data), and the forms that collect feedback.',
    docx: 'Report as DOCX',
    pdf: 'Report as PDF',
    publish: 'Publish the results',
    k: 'Fewest responses in a cell (k)',
    forms: 'Forms and templates',
    docxDone: 'The document is saved ({seconds} s).',
    publishDone: 'The site and the open data are saved in the folder; suppressed cells: {hidden}.',
    formsDone: 'The questionnaire, the card and the entry templates (XLSX) are saved in the folder.',
    open: 'Open the site',
    kiosk: 'Type cards',
  },
  kiosk: {
    title: 'Typing feedback cards',
    help: 'One card per screen. Tab moves to the next field; Enter in the number or Ctrl+Enter takes the next card. Date, department and source stay from the card before.',
    number: 'Card no.', date: 'Date', department: 'Department', rating: 'Rating (1 = very dissatisfied · 5 = very satisfied)', kind: 'Kind', source: 'Source', text: 'Text',
    kinds: { praise: 'praise', complaint: 'complaint', proposal: 'proposal', other: 'other' },
    sources: { box: 'box', tablet: 'tablet', online: 'online' },
    next: 'Next card', save: 'Save {n} cards', typed: 'Typed: {n}',
    saved: 'Saved: {accepted}; rejected (in the quarantine): {rejected}; typed before: {duplicates}.',
  },
}
