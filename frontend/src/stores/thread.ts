// The thread of one question across views: a change clicked in the overview opens its department
// on the same period, with the indicator highlighted and a way back. Not persisted: a new start
// opens the views on their own defaults.
import { reactive } from 'vue'

export const thread = reactive({
  from: '' as '' | 'overview',
  period: '',
  indicator: '',
  // the department the change belongs to: the department view's switch to it is the thread's,
  // not a pick by hand that ends the thread
  department: '',
})

export function followChange(period: string, indicator: string, department: string) {
  Object.assign(thread, { from: 'overview', period, indicator, department })
}

export function dropThread() {
  Object.assign(thread, { from: '', period: '', indicator: '', department: '' })
}
