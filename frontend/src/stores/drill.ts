// Drill-down: a chart point names the records behind it; the records view shows them.
import { reactive } from 'vue'

export interface Drill {
  kind: string
  department: string
  departmentName: string
  period: string
  lowRated: boolean // only low-rated records with a comment (a department's "what people say")
  theme: string // only records whose text mentions this theme ('' = any)
  indicator: string // only the records this indicator's value rests on ('' = every record of the kind)
  seq: number // bumps on every drill, so the records view reloads even for the same point
}

export const drill = reactive<Drill>({ kind: 'survey', department: '', departmentName: '', period: '', lowRated: false, theme: '', indicator: '', seq: 0 })
