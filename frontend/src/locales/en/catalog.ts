// The indicator catalogue (views/CatalogView.vue).
export default {
  cat: { title: 'Indicator catalogue', search: 'Search', description: 'Definition', id: 'Code', name: 'Indicator', method: 'Method', group: 'Participation',
    unit: 'Unit', direction: 'Direction', target: 'Target / warning', minN: 'Min. n', file: 'File', user: 'own',
    groups: { direct: 'direct', indirect: 'indirect', both: 'direct and indirect' }, directions: { higher: '↑ higher is better', lower: '↓ lower is better', none: '—' },
    dateBasis: 'Period by',
    units: { share: 'share (%)', index: 'index (0–100)', score: 'points (−100…100)', days: 'days', count: 'count', ratio: 'ratio', per1000: 'per 1,000', minutes: 'minutes', number: 'number' },
    bases: { submitted: 'submission date', completed: 'completion date', due: 'period end (deadline passed)', cancelled: 'cancellation date',
      received: 'date received', decided: 'decision date', notified: 'notification date', response: 'response date',
      card: 'card date', visit: 'visit date', start: 'start date' } },
}
