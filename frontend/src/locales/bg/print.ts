// The printed brief of a view (components/PrintHeader.vue, ViewExport's "Печат / PDF").
export default {
  print: {
    action: 'Печат / PDF…',
    against: '{period} спрямо {compared}',
    made: 'Изготвено на {date}',
    period: 'Период',
    filters: 'Филтри',
    department: 'Отдел',
    source: 'Източник: Отзвук — данните, импортирани в базата на общината.',
    quietServices: 'Без значима промяна: {n} ред на таблицата (пълната таблица е в експорта XLSX). | Без значима промяна: {n} реда на таблицата (пълната таблица е в експорта XLSX).',
  },
  expTable: { theme: 'Тема', municipalityPct: 'Общината, %', change: 'Промяна спрямо година по-рано', quotes: 'Цитати', measure: 'Мярка', value: 'Стойност' },
}
