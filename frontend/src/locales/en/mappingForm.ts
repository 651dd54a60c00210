// The import's column mapping as a form (components/MappingForm.vue).
export default {
  form: {
    tab: 'Column mapping', yamlTab: 'YAML (advanced)', pickFile: 'Choose a file to see its columns.',
    kind: 'Record kind', hint: 'Pick the file\'s column for each field; * marks a required field.', field: 'Field', column: 'Column of the file',
    samples: 'The first values, as they will be stored', none: '— not filled —', required: 'required', noCode: 'no code — the row will be rejected',
    kinds: { service_requests: 'Service requests', survey_responses: 'Survey responses', feedback_cards: 'Feedback cards', signals: 'Signals, complaints, proposals, praise',
      mystery_items: 'Mystery shopper (criteria)', consultations: 'Consultations' },
  },
}
