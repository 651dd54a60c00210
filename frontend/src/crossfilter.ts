// What a click on a chart element can do: show the records behind it, filter the whole window
// by the channel/group/method it stands for, narrow the date range to its period, or open its
// department. The chart offers these in a small menu at the pointer.
import { filters, type Filters } from './stores/filters'
import { drill } from './stores/drill'
import { ui } from './stores/persist'
import type { Point } from './charts/safeTooltip'

export type ActionKey = 'records' | 'filter' | 'unfilter' | 'period' | 'department'
export interface Action {
  key: ActionKey
  label: string // i18n key
  params: Record<string, string>
}

type Dim = 'channel' | 'group' | 'method'
const dims: Dim[] = ['channel', 'group', 'method']

// findPoint maps ECharts' click parameters to the point that was drawn.
export function findPoint(points: Point[], params: { seriesName?: string; name?: string }): Point | undefined {
  return points.find((p) => (params.name && p.key === params.name) || (p.series === params.seriesName && p.period === params.name))
}

// periodRange turns a period label (2025, 2025-Q2, 2025-03) into the first and last day.
export function periodRange(period: string): [string, string] | null {
  const pad = (n: number) => String(n).padStart(2, '0')
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate() // m is 1-based
  let m = /^(\d{4})$/.exec(period)
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (m) {
    const y = +m[1], q = +m[2]
    return [`${y}-${pad(q * 3 - 2)}-01`, `${y}-${pad(q * 3)}-${last(y, q * 3)}`]
  }
  m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m && +m[2] >= 1 && +m[2] <= 12) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${last(+m[1], +m[2])}`]
  return null
}

// actionsFor lists what a click on pt can do in the current view.
export function actionsFor(pt: Point, tab: string, f: Filters = filters): Action[] {
  const out: Action[] = []
  if (pt.code && pt.kind) out.push({ key: 'records', label: 'act.records', params: { n: String(pt.n ?? '') } })
  if (pt.filter && dims.includes(pt.filter.dim as Dim)) {
    const on = f[pt.filter.dim as Dim].includes(pt.filter.value)
    out.push({ key: on ? 'unfilter' : 'filter', label: on ? 'act.unfilter' : 'act.filter', params: { name: pt.period } })
  }
  if (periodRange(pt.period)) out.push({ key: 'period', label: 'act.period', params: { period: pt.period } })
  if (pt.code && tab !== 'department') out.push({ key: 'department', label: 'act.department', params: { name: pt.series } })
  return out
}

// apply carries out an action; drillPeriod overrides the period of the records (heatmap cells).
export function apply(key: ActionKey, pt: Point, drillPeriod?: string) {
  switch (key) {
    case 'records':
      drill.kind = pt.kind!
      drill.department = pt.code!
      drill.departmentName = pt.series
      drill.period = drillPeriod ?? pt.period
      drill.lowRated = false
      drill.theme = ''
      drill.indicator = pt.indicator ?? ''
      drill.seq++
      break
    case 'filter':
    case 'unfilter': {
      const d = pt.filter!.dim as Dim
      const rest = filters[d].filter((v) => v !== pt.filter!.value)
      filters[d] = key === 'filter' ? [...rest, pt.filter!.value] : rest
      break
    }
    case 'period': {
      const r = periodRange(pt.period)
      if (r) [filters.from, filters.to] = r
      break
    }
    case 'department':
      ui.department = pt.code!
      ui.tab = 'department'
      break
  }
}
