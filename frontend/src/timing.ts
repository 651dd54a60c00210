// The cold start's steps as the window sees them (OTZVUK_TIMING=1): each step is noted here at
// once (a wall-clock time, nothing else) and handed to Go in one call once Status has said timing
// is on; with timing off the notes are dropped and nothing is sent.
import { StatusService } from './api'

const notes: { name: string; at: number }[] = []
let mode: 'unknown' | 'on' | 'off' = 'unknown'

// step notes a named step (the first time only), as of now or of an earlier performance.now().
export function step(name: string, at = performance.now()) {
  if (mode === 'off' || notes.some((n) => n.name === name)) return
  notes.push({ name, at: performance.timeOrigin + at })
  if (mode === 'on') flush()
}

let pending = false
function flush() {
  if (pending || !(window as any).go) return
  pending = true
  // after this frame: the steps never delay what the window is drawing
  setTimeout(() => {
    pending = false
    const out = notes.splice(0)
    if (out.length) StatusService.Steps(out as any).catch(() => {})
  }, 0)
}

// timingIs is told by Status whether Go wants the steps. The page's own navigation start and
// the time its script began come from the browser.
export function timingIs(on: boolean) {
  if (mode !== 'unknown') return
  mode = on ? 'on' : 'off'
  if (!on) {
    notes.length = 0
    return
  }
  const t0 = performance.timeOrigin
  const early = [{ name: 'page navigation started', at: t0 }]
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    if (nav?.responseEnd) early.push({ name: 'page HTML received', at: t0 + nav.responseEnd })
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (/\/assets\/index-.*\.js$/.test(r.name) && r.responseEnd) early.push({ name: 'bundle received', at: t0 + r.responseEnd })
    }
  } catch {
    // no timing entries: the steps noted by the window itself stay
  }
  notes.unshift(...early)
  flush()
}
