// Saved views (components/SavedViews.vue).
export default {
  views: { pick: 'Запазени изгледи', name: 'Име на изгледа', save: 'Запази', saveAs: 'Запази изгледа…', delete: 'Изтрий' },
}
