// Tooltips are the one place ECharts renders HTML, and their text comes from exports (department,
// service names): every string is escaped here, and charts never use ECharts' own HTML formatting.
import { formatInteger, formatNumber, formatPeriod, type Lang } from '../format'

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

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => entities[c])
}

interface AxisParam {
  seriesId?: string
  seriesName?: string
  seriesIndex?: number
  componentSubType?: string
  name?: string
  axisValue?: string
  color?: string
  value?: unknown
}

// A colour swatch built by us (ECharts' own marker is HTML too, so it is not reused).
function swatch(color: unknown): string {
  const c = typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/.test(color) ? color : '#999'
  return `<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px;background:${c}"></span>`
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
    // Interval bands (series "band…") shade the lines; they are not rows of their own.
    const params = (Array.isArray(raw) ? raw : [raw]).filter((p) => !String(p.seriesId ?? '').startsWith('band'))
    if (params.length === 0) return ''
    const cell = params.length === 1 && params[0].name ? byKey.get(params[0].name) : undefined
    if (cell) {
      const n = detail(cell, lang, nLabel, words)
      return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(cell.series)}</div><div>${escapeHtml(cell.period)}: <b>${formatNumber(cell.value, lang)}</b>${n}</div>`
    }
    const period = String(params[0].axisValue ?? params[0].name ?? '')
    const rows = params.map((p) => {
      const pt = index.get(String(p.seriesName) + '\u0000' + period)
      const value = pt ? formatNumber(pt.value, lang) : '—'
      const n = pt ? detail(pt, lang, nLabel, words) : ''
      const color = (p.seriesIndex !== undefined && seriesColors?.[p.seriesIndex]) || p.color
      return `<div>${swatch(color)}${escapeHtml(p.seriesName)}: <b>${value}</b>${n}</div>`
    })
    const foot = words?.basis ? `<div style="color:#666;font-size:11px;margin-top:4px">${escapeHtml(words.basis)}</div>` : ''
    return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(formatPeriod(period, lang))}</div>${rows.join('')}${foot}`
  }
}

// ECharts' default palette, used when an option names none.
const defaultPalette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc']

// seriesColorsOf reads each series' colour from an option: its line or item colour, else the palette's.
export function seriesColorsOf(option: Record<string, any>): string[] {
  const palette: string[] = Array.isArray(option.color) && option.color.length ? option.color : defaultPalette
  const series: any[] = Array.isArray(option.series) ? option.series : []
  return series.map((s, i) => s?.lineStyle?.color ?? s?.itemStyle?.color ?? palette[i % palette.length])
}
