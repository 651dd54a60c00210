// The thread of one question across views: a change clicked in the overview opens its department
// on the same period, with the indicator highlighted and a way back. Not persisted: a new start
// opens the views on their own defaults.
import { reactive } from 'vue'

export const thread = reactive({
  from: '' as '' | 'overview',
  period: '',
  indicator: '',
})

export function followChange(period: string, indicator: string) {
  Object.assign(thread, { from: 'overview', period, indicator })
}

export function dropThread() {
  Object.assign(thread, { from: '', period: '', indicator: '' })
}
