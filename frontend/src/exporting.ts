// Taking charts out of the window: every drawn chart registers here, so a chart's own menu and
// the view-wide export (File menu, the Export button) find what is on screen. Images are drawn
// again off screen at the chosen size; files are written by Go after a native save dialog.
import { onBeforeUnmount, onMounted, reactive, type Ref } from 'vue'
import { echarts } from './charts/echarts'
import { localised } from './charts/localised'
import { app } from './wailsjs/go/models'
import { plain } from './stores/filters'
import { ExportService, problemText } from './api'
import type { ViewContext } from './stores/viewContext'
import type { Point } from './charts/safeTooltip'

export interface ChartEntry {
  key: string
  title: string
  option: () => Record<string, any>
  points: () => Point[]
  indicators: () => string[]
  element: () => HTMLElement | undefined
}

const registry = new Map<string, ChartEntry>()

export function registerChart(e: ChartEntry) {
  registry.set(e.key, e)
  return () => {
    if (registry.get(e.key) === e) registry.delete(e.key)
  }
}

// visibleCharts are the charts of the open view (hidden tabs keep theirs mounted).
export function visibleCharts(): ChartEntry[] {
  return [...registry.values()].filter((e) => shown(e.element()))
}

// A table of a view, for the view's exports: column titles with their kind, and rows of text,
// numbers or null (what the view shows, unformatted).
export interface TableEntry {
  key: string
  title: () => string
  columns: () => { title: string; type: 'text' | 'number' | 'integer' }[]
  rows: () => (string | number | null)[][]
  element: () => HTMLElement | undefined
}

const tables = new Map<string, TableEntry>()

// useExportTable registers a view's table while the view is mounted.
export function useExportTable(key: string, el: Ref<HTMLElement | { $el: HTMLElement } | undefined | null>, t: Omit<TableEntry, 'key' | 'element'>) {
  const entry: TableEntry = {
    key,
    ...t,
    element: () => {
      const v = el.value
      return v ? ('$el' in v ? v.$el : v) : undefined
    },
  }
  onMounted(() => tables.set(key, entry))
  onBeforeUnmount(() => {
    if (tables.get(key) === entry) tables.delete(key)
  })
}

function shown(el: HTMLElement | undefined): boolean {
  return !!el && el.offsetParent !== null && el.getClientRects().length > 0
}

export function visibleTables(): TableEntry[] {
  return [...tables.values()].filter((e) => shown(e.element()) && e.rows().length > 0)
}

function tableData(entries: TableEntry[]) {
  return entries.map((e) => ({ title: e.title(), columns: e.columns(), rows: e.rows() }))
}

export interface ImageOptions {
  format: 'png' | 'svg'
  width: number
  height: number
  ratio: number
}

// The export dialog's state: which chart, which format, the size; and the last result.
export const exportDialog = reactive<{ open: boolean; entry: ChartEntry | null; options: ImageOptions }>({
  open: false,
  entry: null,
  options: { format: 'png', width: 1600, height: 900, ratio: 2 },
})
export const exportStatus = reactive<{ kind: '' | 'ok' | 'error'; text: string; seq: number }>({ kind: '', text: '', seq: 0 })

// announce shows an export's outcome in the window's status line: where the file went, or the
// problem. A closed save dialog (neither) says nothing. It returns whether a file was written.
export function announce(r: app.ExportFile, t: (key: string, params?: Record<string, unknown>) => string): boolean {
  if (r.ok) Object.assign(exportStatus, { kind: 'ok', text: t('exp.saved', { path: r.path }), seq: exportStatus.seq + 1 })
  else if (r.problem) Object.assign(exportStatus, { kind: 'error', text: problemText(t, r.problem), seq: exportStatus.seq + 1 })
  return r.ok
}

// renderImage draws the chart again off screen at the chosen size, without animation, on white.
export function renderImage(option: Record<string, any>, o: ImageOptions, locale: string): string {
  const div = document.createElement('div')
  div.style.cssText = `position:fixed;left:-30000px;top:0;width:${o.width}px;height:${o.height}px`
  document.body.appendChild(div)
  const chart = echarts.init(div, undefined, { renderer: o.format === 'svg' ? 'svg' : 'canvas', width: o.width, height: o.height, locale })
  try {
    // A file has no use for on-screen controls: no zoom slider (the whole range is drawn), no toolbox.
    const drawn = localised({ ...option, animation: false, backgroundColor: '#ffffff', tooltip: { show: false }, dataZoom: [], toolbox: { show: false } },
      locale === 'BG' ? 'bg' : 'en')
    chart.setOption(drawn)
    return o.format === 'svg' ? chart.renderToSVGString() : chart.getDataURL({ type: 'png', pixelRatio: o.ratio, backgroundColor: '#ffffff' })
  } finally {
    chart.dispose()
    div.remove()
  }
}

export async function saveImage(e: ChartEntry, o: ImageOptions, locale: string) {
  const data = renderImage(e.option(), o, locale)
  return ExportService.SaveImage(app.ImageRequest.createFrom({ name: e.title, format: o.format, data }))
}

const noContext: ViewContext = { subject: '', subjectKind: '', period: '' }

// saveData and saveView: name is the suggested file name; view says what the view is about.
export async function saveData(entries: ChartEntry[], format: 'csv' | 'xlsx', lang: string, title: string, delimiter = ';', withTables: TableEntry[] = [],
  view: ViewContext = noContext, name = title) {
  const charts = entries.map((e) => ({ title: e.title, points: e.points(), indicators: e.indicators() }))
  return ExportService.SaveData(app.DataRequest.createFrom({ name, title, format, delimiter, lang, filters: plain(), view, charts, tables: tableData(withTables) }))
}

export async function saveView(entries: ChartEntry[], lang: string, title: string, withTables: TableEntry[] = [], view: ViewContext = noContext, name = title) {
  const charts = entries.map((e) => ({ title: e.title, option: e.option(), points: e.points() }))
  return ExportService.SaveHTML(app.ViewRequest.createFrom({ name, title, lang, filters: plain(), view, charts, tables: tableData(withTables) }))
}
