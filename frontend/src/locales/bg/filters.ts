// The global filters (components/FilterBar.vue) and the empty state that names them (components/EmptyState.vue).
export default {
  flt: { from: 'От дата', to: 'До дата', channel: 'Всички канали', group: 'Всички групи', method: 'Всички методи', reset: 'Изчисти филтрите',
    channels: { counter: 'Гише', portal: 'Портал', ssev: 'ССЕВ', email: 'Имейл', post: 'Поща', phone: 'Телефон', other: 'Друго' },
    groups: { citizen: 'Граждани', ngo: 'НПО', business: 'Бизнес' } },
  empty: {
    none: 'Няма данни.', filtered: 'Няма данни, които да отговарят на филтрите.', clear: 'Изчисти филтрите',
    hint: 'Импортирайте експорт от раздел „Импорт на данни“.', dates: 'Дати: {from} – {to}', channel: 'Канали', group: 'Групи', method: 'Методи',
  },
}
