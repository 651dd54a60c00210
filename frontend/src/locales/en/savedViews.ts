// Saved views (components/SavedViews.vue).
export default {
  views: { pick: 'Saved views', name: 'Name of the view', save: 'Save', saveAs: 'Save this view…', delete: 'Delete' },
}
