// Taking charts and views out of the window (exporting.ts, ExportDialog.vue, ViewExport.vue).
export default {
  exp: { chart: 'Експорт на диаграмата', png: 'Изображение PNG…', svg: 'Изображение SVG…', csv: 'Данните в CSV (за Excel)…', csvComma: 'Данните в CSV със запетаи…', xlsx: 'Данните в XLSX…',
    view: 'Експорт', viewHtml: 'Изгледът като интерактивен HTML…', viewXlsx: 'Данните на изгледа в XLSX…', noCharts: 'В този изглед няма диаграми за експорт.',
    imageTitle: 'Изображение на диаграмата', format: 'Формат', width: 'Ширина (пиксела)', height: 'Височина (пиксела)', ratio: 'Резолюция (×1 за екран, ×2 за печат)',
    pixels: 'Файлът ще е {size} пиксела.', save: 'Запази…', cancel: 'Откажи', saved: 'Записано: {path}' },
}
