// The first chart the window draws tells Go once (StatusService.FirstPaint), so that the cold
// start — process start to first chart painted — can be reported as a figure by the e2e run.
import { FirstPaint } from '../wailsjs/go/app/StatusService'
import { step } from '../timing'

let reported = false

export function reportFirstPaint(chart: string) {
  if (reported || !(window as any).go) return
  reported = true
  step('first chart painted (page)')
  FirstPaint(chart).catch(() => {})
}
