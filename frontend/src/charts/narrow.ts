// fitNarrow makes a chart Go laid out for a desktop pane readable in a narrow one (a phone, a
// split window): Go's margins are fixed pixels — 260 for a bar chart's category names, 190 for a
// trend's line names, 200 for a heatmap's rows — which at 350 px left the bars or lines a sliver.
// Below narrowWidth the margins are capped to a share of the width, the names they hold are broken
// onto lines (a line's name at its end, with "…"; the tooltip names them whole), overlapping value ticks are dropped, a legend
// scrolls on one line and the title is cut to the width. Wider, the option is returned as it came.
export const narrowWidth = 560

const leftShare = 0.34
const rightShare = 0.24

function pixels(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) return Number(v)
  return undefined
}

const list = (v: any): any[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const same = (orig: any, mapped: any[]) => (Array.isArray(orig) ? mapped : mapped[0])

export function fitNarrow(option: Record<string, any>, width: number): Record<string, any> {
  if (!(width > 0) || width >= narrowWidth) return option
  const out = { ...option }
  const maxLeft = Math.round(width * leftShare)
  const maxRight = Math.round(width * rightShare)
  let left = 0
  let right = 0
  if (out.grid !== undefined) {
    out.grid = same(out.grid, list(out.grid).map((g: any) => {
      const l = pixels(g.left)
      const r = pixels(g.right)
      const fitted = { ...g }
      if (l !== undefined && l > maxLeft) fitted.left = maxLeft
      if (r !== undefined && r > maxRight) fitted.right = maxRight
      left = Math.max(left, pixels(fitted.left) ?? 0)
      right = Math.max(right, pixels(fitted.right) ?? 0)
      return fitted
    }))
  }
  const axes = (a: any) =>
    a === undefined ? a : same(a, list(a).map((ax: any) => {
      if (ax.type === 'category' && left > 0 && ax.position !== 'top' && ax.position !== 'bottom' && (ax.axisLabel?.width ?? Infinity) > left - 8) {
        // Broken onto lines, not cut: names often differ only at their end ("Оценка по фактор …").
        return { ...ax, axisLabel: { ...(ax.axisLabel ?? {}), width: Math.max(24, left - 8), overflow: 'break', fontSize: 10, lineHeight: 12 } }
      }
      return { ...ax, axisLabel: { ...(ax.axisLabel ?? {}), hideOverlap: true } }
    }))
  // A horizontal bar chart's categories are on yAxis; a heatmap's rows too.
  out.yAxis = axes(out.yAxis)
  out.xAxis = out.xAxis === undefined ? undefined : same(out.xAxis, list(out.xAxis).map((ax: any) => ({ ...ax, axisLabel: { ...(ax.axisLabel ?? {}), hideOverlap: true } })))
  if (out.xAxis === undefined) delete out.xAxis
  if (out.yAxis === undefined) delete out.yAxis
  if (Array.isArray(out.series) && right > 0) {
    out.series = out.series.map((s: any) =>
      s?.endLabel && (s.endLabel.width ?? Infinity) > right - 6 ? { ...s, endLabel: { ...s.endLabel, width: Math.max(24, right - 6), overflow: 'truncate' } } : s)
  }
  // A legend that would wrap onto a second line and over the plot scrolls on its one line instead.
  if (out.legend !== undefined) {
    out.legend = same(out.legend, list(out.legend).map((l: any) => (l?.show === false ? l : { ...l, type: 'scroll' })))
  }
  if (out.title !== undefined) {
    out.title = same(out.title, list(out.title).map((t: any) => ({ ...t, textStyle: { ...(t.textStyle ?? {}), width: Math.max(40, width - 48), overflow: 'truncate' } })))
  }
  return out
}
