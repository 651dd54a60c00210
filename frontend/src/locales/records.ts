// Records you can read: a clicked record opens in a panel with every field named in words.
export default {
  bg: {
    rec: {
      openHint: 'Щракнете ред (или натиснете Enter), за да видите целия запис.',
      detail: 'Запис — {kind}', emptyField: 'не е попълнено', prev: 'Предишен', next: 'Следващ',
    },
  },
  en: {
    rec: {
      openHint: 'Click a row (or press Enter) to see the whole record.',
      detail: 'Record — {kind}', emptyField: 'not filled in', prev: 'Previous', next: 'Next',
    },
  },
}
