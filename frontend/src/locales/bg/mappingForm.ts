// The import's column mapping as a form (components/MappingForm.vue).
export default {
  form: {
    tab: 'Съответствие на колоните', yamlTab: 'YAML (за напреднали)', pickFile: 'Изберете файл, за да видите колоните му.',
    kind: 'Вид записи', hint: 'Изберете за всяко поле колоната от файла; * — задължително поле.', field: 'Поле', column: 'Колона от файла',
    samples: 'Първите стойности, както ще бъдат записани', none: '— не се попълва —', required: 'задължително', noCode: 'няма код — редът ще бъде отхвърлен',
    kinds: { service_requests: 'Заявления за услуги', survey_responses: 'Анкети', feedback_cards: 'Карти за обратна връзка', signals: 'Сигнали, жалби, предложения, похвали',
      mystery_items: '„Таен клиент“ (критерии)', consultations: 'Консултации' },
  },
}
