// The global filters (components/FilterBar.vue) and the empty state that names them (components/EmptyState.vue).
export default {
  flt: { from: 'From', to: 'To', channel: 'All channels', group: 'All groups', method: 'All methods', reset: 'Clear filters',
    channels: { counter: 'Counter', portal: 'Portal', ssev: 'SSEV', email: 'E-mail', post: 'Post', phone: 'Phone', other: 'Other' },
    groups: { citizen: 'Citizens', ngo: 'NGOs', business: 'Business' } },
  empty: {
    none: 'No data.', filtered: 'No data match the filters.', clear: 'Clear the filters',
    hint: 'Import an export in the “Import data” tab.', dates: 'Dates: {from} – {to}', channel: 'Channels', group: 'Groups', method: 'Methods',
  },
}
