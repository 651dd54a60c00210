// The tooltip of an exported page's chart. Go formats each point's text (analytics/export,
// tooltipText) and puts it in the page's data; the HTML around it is the window's (tooltipHtml.ts).
import { formatPeriod, type Lang } from '../../format'
import { escapeHtml, seriesColorsOf, tooltipHead, tooltipParams, tooltipPeriod, tooltipRow, type AxisParam } from '../tooltipHtml'

// One chart of the page's data (analytics/export, payloadChart).
export interface OfflineChart {
  id: string
  option: Record<string, any>
  tips: Record<string, string> // series \u0000 period → formatted value
  cells: Record<string, { series: string; period: string; text: string }> // heatmap cell name → its text
}

// own: the data's maps are keyed by names from exports, so "constructor" must not find Object's.
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}

export function offlineTooltip(chart: OfflineChart, lang: Lang) {
  const colors = seriesColorsOf(chart.option)
  return (raw: AxisParam | AxisParam[]): string => {
    const params = tooltipParams(raw)
    if (params.length === 0) return ''
    const cell = params.length === 1 && params[0].name ? own(chart.cells, params[0].name) : undefined
    if (cell) return `${tooltipHead(cell.series)}<div>${escapeHtml(cell.period)}: ${escapeHtml(cell.text)}</div>`
    const period = tooltipPeriod(params)
    const rows = params.map((p) => tooltipRow(p, escapeHtml(own(chart.tips, String(p.seriesName) + '\u0000' + period) ?? '—'), colors))
    return tooltipHead(formatPeriod(period, lang)) + rows.join('')
  }
}
