// Taking charts and views out of the window (exporting.ts, ExportDialog.vue, ViewExport.vue).
export default {
  exp: { chart: 'Export the chart', png: 'PNG image…', svg: 'SVG image…', csv: 'Data as CSV (for Excel in Bulgarian, ;)…', csvComma: 'Data as CSV with commas…', xlsx: 'Data as XLSX…',
    view: 'Export', viewHtml: 'The view as interactive HTML…', viewXlsx: 'The view’s data as XLSX…', noCharts: 'This view has no charts to export.',
    imageTitle: 'Chart image', format: 'Format', width: 'Width (pixels)', height: 'Height (pixels)', ratio: 'Resolution (×1 for screen, ×2 for print)',
    pixels: 'The file will be {size} pixels.', save: 'Save…', cancel: 'Cancel', saved: 'Saved: {path}' },
}
