// Drill-down: a chart point names the records behind it; the records view shows them.
import { reactive } from 'vue'
import type { Point } from './charts/safeTooltip'

export interface Drill {
  kind: string
  department: string
  departmentName: string
  period: string
  seq: number // bumps on every drill, so the records view reloads even for the same point
}

export const drill = reactive<Drill>({ kind: 'survey', department: '', departmentName: '', period: '', seq: 0 })

// drillTo finds the clicked point and, if it stands for a department's records, opens them.
export function drillTo(points: Point[], params: { seriesName?: string; name?: string }, periodOf?: (p: Point) => string): boolean {
  const pt = points.find((p) => (params.name && p.key === params.name) || (p.series === params.seriesName && p.period === params.name))
  if (!pt || !pt.code || !pt.kind) return false
  drill.kind = pt.kind
  drill.department = pt.code
  drill.departmentName = pt.series
  drill.period = periodOf ? periodOf(pt) : pt.period
  drill.seq++
  return true
}
