// Records you can read: a clicked record opens in a panel with every field named in words.
export default {
  bg: {
    rec: {
      openHint: 'Щракнете ред (или натиснете Enter), за да видите целия запис.',
      detail: 'Запис — {kind}', emptyField: 'не е попълнено', prev: 'Предишен', next: 'Следващ',
      demoImport: 'демо данни (генератор на Отзвук)',
      cols: { import_file: 'Внесен от файл', imported: 'Внесен на' },
      behind: 'Зад стойността на „{name}“', behindHint: 'Само записите, от които е изчислена стойността (нейното n) — по датата, по която показателят ги отнася към периода. Затворете, за да видите всички записи от вида.',
    },
  },
  en: {
    rec: {
      openHint: 'Click a row (or press Enter) to see the whole record.',
      detail: 'Record — {kind}', emptyField: 'not filled in', prev: 'Previous', next: 'Next',
      demoImport: 'demo data (Otzvuk\'s generator)',
      cols: { import_file: 'Imported from file', imported: 'Imported on' },
      behind: 'Behind the value of "{name}"', behindHint: 'Only the records the value is computed from (its n) — by the date the indicator puts them in the period by. Close to see every record of the kind.',
    },
  },
}
