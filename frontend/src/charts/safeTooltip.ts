// The window's tooltips: the points' values formatted here, in HTML from tooltipHtml.ts (shared
// with exported pages), every string escaped; charts never use ECharts' own HTML formatting.
import { formatInteger, formatNumber, formatPeriod, type Lang } from '../format'
import { escapeHtml, tooltipHead, tooltipParams, tooltipPeriod, tooltipRow, type AxisParam } from './tooltipHtml'

export interface Point {
  series: string
  period: string
  value: number | null
  n: number
  key?: string // a heatmap cell's data name
  code?: string // the department's code, for drill-down
  kind?: string // the record kind behind the point
  indicator?: string // the indicator the value is of: the drill lists the records its n counts
  low?: number | null // 95% interval
  high?: number | null
  small?: boolean // below the indicator's minimum n
  partial?: boolean // the period is not whole
  coverage?: string // how much of it the data cover, "1/3" months
  filter?: { dim: string; value: string } // what a click can filter the view by
}

// Words the tooltip adds after the value: the interval's label and the small-sample mark.
export interface TooltipWords {
  ci: string
  small: string
  partial?: string // "partial period: {n} of {total} months"
  partialMonth?: string
  basis?: string // "по дата на отговора": which date puts a record in the period
}

// detail is what follows a value: (n = 42; 95%: 61,0–79,0) and the small-sample mark.
function detail(pt: Point, lang: Lang, nLabel: string, words?: TooltipWords): string {
  let s = escapeHtml(nLabel) + formatInteger(pt.n, lang)
  if (words && pt.low !== undefined && pt.low !== null && pt.high !== undefined && pt.high !== null) {
    s += `; ${escapeHtml(words.ci)} ${formatNumber(pt.low, lang)}–${formatNumber(pt.high, lang)}`
  }
  const small = words && pt.small ? ` <i>${escapeHtml(words.small)}</i>` : ''
  let partial = ''
  if (words && pt.partial && pt.coverage) {
    const [n, total] = pt.coverage.split('/')
    const text = total === '1' ? words.partialMonth : words.partial?.replace('{n}', n).replace('{total}', total)
    if (text) partial = ` <i>${escapeHtml(text)}</i>`
  }
  return ` <span style="color:#666">(${s})</span>${small}${partial}`
}

// seriesColors: each series' own colour, for the swatch (a hatched point is filled white, so
// ECharts' item colour would be white).
export function tooltipFormatter(points: Point[], lang: Lang, nLabel: string, words?: TooltipWords, seriesColors?: string[]) {
  const index = new Map<string, Point>()
  const byKey = new Map<string, Point>()
  for (const p of points) {
    index.set(p.series + '\u0000' + p.period, p)
    if (p.key) byKey.set(p.key, p)
  }
  return (raw: AxisParam | AxisParam[]): string => {
    const params = tooltipParams(raw)
    if (params.length === 0) return ''
    const cell = params.length === 1 && params[0].name ? byKey.get(params[0].name) : undefined
    if (cell) {
      const n = detail(cell, lang, nLabel, words)
      return `${tooltipHead(cell.series)}<div>${escapeHtml(cell.period)}: <b>${formatNumber(cell.value, lang)}</b>${n}</div>`
    }
    const period = tooltipPeriod(params)
    const rows = params.map((p) => {
      const pt = index.get(String(p.seriesName) + '\u0000' + period)
      const value = pt ? formatNumber(pt.value, lang) : '—'
      const n = pt ? detail(pt, lang, nLabel, words) : ''
      return tooltipRow(p, `<b>${value}</b>${n}`, seriesColors)
    })
    const foot = words?.basis ? `<div style="color:#666;font-size:11px;margin-top:4px">${escapeHtml(words.basis)}</div>` : ''
    return tooltipHead(formatPeriod(period, lang)) + rows.join('') + foot
  }
}
