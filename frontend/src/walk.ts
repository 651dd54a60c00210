// The window's walk (OTZVUK_WALK=1, for make bench): after the first paint the window opens each
// view once, drills into records and follows a change from the overview to its department, and
// reports each step's time to Go (StatusService.WalkStep), which writes it to stderr. A step's
// time runs from the state change a click makes (the same assignment the click handler does) to
// the frame after which its view is shown: the view's code loaded, no request in flight, no
// spinner, every chart in the window's view drawn, and the view showing content; checked every
// frame. The time until the charts below the fold are drawn too is reported beside it ([whole]).
// Loaded only when walking (a separate chunk). read (OTZVUK_WALK=reader) is the same kind of steps
// taken as a user who reads each view before the next click.
import { nextTick } from 'vue'
import { ui } from './stores/persist'
import { busy } from './stores/latest'
import { apply } from './crossfilter'
import { visibleCharts } from './exporting'
import { inView } from './charts/inView'
import { StatusService } from './api'
import { step } from './timing'

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))

// The open view: the pane of the tab asked for (App.vue names each data-pane), once it is shown —
// Naive UI keeps visited panes mounted and hides the others, and for a frame after a tab change
// the previous pane can still be the one shown (a first visit once "drawn" in 36 ms that way).
function openPane(): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`[data-pane="${ui.tab}"]`)
  if (el && (el.offsetParent !== null || (el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none'))) return el
  return null
}

// drawn: the pane's content is there and its charts and sections are drawn — those in the window's
// view, or (whole) every one of them.
function drawn(pane: HTMLElement | null, whole: boolean): boolean {
  if (!pane || busy.count > busy.below) return false // a part still coming below: its place (data-pending) says where
  if (pane.querySelector('.n-spin-body, [data-testid="loading"]')) return false
  if (!pane.querySelector('.n-card, .n-data-table, [data-testid]')) return false // the view's code not yet loaded
  // a section waiting its turn (LaterSection) in the window's view, or anywhere for the whole view
  if ([...pane.querySelectorAll<HTMLElement>('[data-pending]')].some((p) => whole || inView(p))) return false
  return [...pane.querySelectorAll<HTMLElement>('[data-chart]')].every((c) => c.dataset.rendered === 'true' || (!whole && !inView(c)))
}

// until: the time from now until the open view is shown (drawn in view twice in a row, a frame
// apart); then it waits on until the whole view is drawn: wholeMs (-1: not within the limit).
// dataBack: when the last request it made had come back (where the time went: Go or drawing).
let dataBack = 0
let wholeMs = 0
let shownAt = 0 // (performance.now() when the view was first shown)
async function until(change: () => void, limitMs = 30000): Promise<number> {
  const t0 = performance.now()
  dataBack = 0
  wholeMs = 0
  change()
  await nextTick()
  let seen = 0
  let last = t0
  let shown = -1
  while (performance.now() - t0 < limitMs) {
    await frame()
    if (busy.count === 0 && !dataBack) dataBack = performance.now() - t0
    else if (busy.count > 0) dataBack = 0
    const pane = openPane()
    if (shown < 0) {
      if (drawn(pane, false)) {
        if (seen === 0) last = performance.now()
        if (++seen >= 2) {
          shown = last - t0
          shownAt = last
        }
      } else seen = 0
    }
    if (shown >= 0 && drawn(pane, true)) {
      wholeMs = performance.now() - t0
      return shown
    }
  }
  if (shown >= 0) wholeMs = -1
  return shown
}

async function report(step: string, ms: number) {
  await StatusService.WalkStep(step, Math.round(ms * 10) / 10).catch(() => {})
  if (ms > 0 && dataBack > 0) await StatusService.WalkStep(step + ' [data back]', Math.round(dataBack * 10) / 10).catch(() => {})
  if (ms > 0 && wholeMs !== 0) await StatusService.WalkStep(step + ' [whole]', Math.round(wholeMs * 10) / 10).catch(() => {})
}

async function settle() {
  // a quiet moment between steps: nothing in flight, the last frame drawn
  for (let i = 0; i < 3; i++) await frame()
}

export async function walk() {
  await until(() => {}) // the cold view drawn whole
  if (shownAt > 0) step('first view shown (page)', shownAt)
  step('first view drawn whole (page)')
  await settle()
  for (const tab of ['trend', 'department', 'compare', 'catalog', 'records', 'import', 'report', 'overview']) {
    const ms = await until(() => (ui.tab = tab))
    await report(tab === 'overview' ? 'tab overview (again)' : `tab ${tab}`, ms)
    await settle()
  }
  // drills into records: a point of the trend's chart, as its click menu's "records" does
  for (let i = 0; i < 3; i++) {
    await until(() => (ui.tab = 'trend'))
    await settle()
    const points = visibleCharts().flatMap((c) => c.points()).filter((p) => p.code && p.kind && p.n > 0)
    const pt = points[(i * 7) % Math.max(points.length, 1)]
    if (!pt) {
      await report('drill (no point with records)', -1)
      break
    }
    const ms = await until(() => apply('records', pt))
    await report('drill into records', ms)
    await settle()
  }
  // the overview's changes: a click opens the department on the same period, the change marked
  for (let i = 0; i < 3; i++) {
    await until(() => (ui.tab = 'overview'))
    await settle()
    const changes = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="overview"] .change[data-department]')]
    const b = changes[i % Math.max(changes.length, 1)]
    if (!b) {
      await report('department step (no change listed)', -1)
      break
    }
    const ms = await until(() => b.click())
    await report('overview → department', ms)
    await settle()
  }

  await report('done', 0)
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

// read walks as a user who reads: 3 s on the overview after it is drawn, then 2 s on each view
// before the next click. The window uses a quiet second to load the other views' code and to
// compute the department view ahead (App.vue); walk clicks at once and measures the window without
// that, read measures it as most clicks meet it. Each step is reported as "reader: <step>".
export async function read() {
  await until(() => {})
  if (shownAt > 0) step('first view shown (page)', shownAt)
  step('first view drawn whole (page)')
  await pause(3000)
  for (const tab of ['department', 'trend', 'compare', 'records']) {
    const ms = await until(() => (ui.tab = tab))
    await report(`reader: tab ${tab}`, ms)
    await pause(2000)
  }
  if ((await until(() => (ui.tab = 'overview'))) < 0) await report('reader: tab overview (again)', -1)
  await pause(2000)
  const change = document.querySelector<HTMLButtonElement>('[data-testid="overview"] .change[data-department]')
  if (change) await report('reader: overview → department', await until(() => change.click()))
  else await report('reader: department step (no change listed)', -1)
  await pause(2000)
  if ((await until(() => (ui.tab = 'trend'))) < 0) await report('reader: tab trend (again)', -1)
  await pause(2000)
  const pt = visibleCharts().flatMap((c) => c.points()).find((p) => p.code && p.kind && p.n > 0)
  if (pt) await report('reader: drill into records', await until(() => apply('records', pt)))
  else await report('reader: drill (no point with records)', -1)
  await report('done', 0)
}
