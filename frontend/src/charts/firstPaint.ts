// The first chart the window draws tells Go once (StatusService.FirstPaint), so that the cold
// start — process start to first chart painted — can be reported as a figure by the e2e run.
import { StatusService } from '../api'
import { step } from '../timing'

let reported = false
const waiting: (() => void)[] = []

// whenPainted runs fn once the first chart has been drawn (at once if it has).
export function whenPainted(fn: () => void) {
  if (reported) fn()
  else waiting.push(fn)
}

export function reportFirstPaint(chart: string) {
  if (reported || !(window as any).go) return
  reported = true
  step('first chart painted (page)')
  StatusService.FirstPaint(chart).catch(() => {})
  waiting.splice(0).forEach((fn) => fn())
}
