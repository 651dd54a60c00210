// The HTML of a chart's tooltip, shared by the window (safeTooltip.ts) and exported pages
// (offline/page.ts): tooltips are the one place ECharts renders HTML, and their text comes from
// exports (department, service names), so every string goes through escapeHtml here.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => entities[c])
}

// What ECharts passes a tooltip formatter (the fields the tooltips read).
export interface AxisParam {
  seriesId?: string
  seriesName?: string
  seriesIndex?: number
  componentSubType?: string
  name?: string
  axisValue?: string
  color?: string
  value?: unknown
}

// tooltipParams: the rows a tooltip shows. Interval bands (series "band…") shade the lines; they
// are not rows of their own.
export function tooltipParams(raw: AxisParam | AxisParam[]): AxisParam[] {
  return (Array.isArray(raw) ? raw : [raw]).filter((p) => !String(p.seriesId ?? '').startsWith('band'))
}

// tooltipPeriod: the category the pointer is on (an axis tooltip's period).
export function tooltipPeriod(params: AxisParam[]): string {
  return String(params[0].axisValue ?? params[0].name ?? '')
}

// A colour swatch built by us (ECharts' own marker is HTML too, so it is not reused); anything but
// a plain colour becomes grey.
export function swatch(color: unknown): string {
  const c = typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d\s.,%]+\)$/.test(color) ? color : '#999'
  return `<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px;background:${c}"></span>`
}

// The heading line (a period, a heatmap row). text is plain; it is escaped here.
export function tooltipHead(text: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`
}

// One series' row: its swatch, its name and valueHtml (already safe HTML). The swatch takes the
// series' own colour when known (seriesColors), else the one ECharts gives the item.
export function tooltipRow(p: AxisParam, valueHtml: string, seriesColors?: string[]): string {
  const color = (p.seriesIndex !== undefined && seriesColors?.[p.seriesIndex]) || p.color
  return `<div>${swatch(color)}${escapeHtml(p.seriesName)}: ${valueHtml}</div>`
}

// ECharts' default palette, used when an option names none.
export const defaultPalette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc']

// seriesColorsOf reads each series' colour from an option: its line or item colour, else the
// palette's. The swatch needs it because a hatched point is filled white, so ECharts' item colour
// would be white.
export function seriesColorsOf(option: Record<string, any>): string[] {
  const palette: string[] = Array.isArray(option.color) && option.color.length ? option.color : defaultPalette
  const series: any[] = Array.isArray(option.series) ? option.series : []
  return series.map((s, i) => s?.lineStyle?.color ?? s?.itemStyle?.color ?? palette[i % palette.length])
}
