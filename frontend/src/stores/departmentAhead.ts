// A change in the overview opens its department on the same period: the department's view is
// asked for as soon as the pointer rests on the change (or the keyboard focuses it), so that Go
// computes it while the hand is still on its way to the click. The department view takes that
// answer if it asks the same question within a short while; otherwise it asks as always. The
// window also asks ahead for the department view it would open, once the overview is drawn.
import { DepartmentService } from '../api'
import { dashboard, type app } from '../wailsjs/go/models'
import type { Filters } from './filters'

export function departmentRequest(code: string, lang: string, filters: Filters, period: string) {
  return dashboard.DepartmentRequest.createFrom({ code, lang, filters, period })
}

const freshMs = 10000
let ahead: { key: string; at: number; answer: Promise<app.DepartmentResult> } | null = null

// askAhead sends the request a click would make (once per question while it is fresh); in the
// background (the window's own guess, not a hand resting on a change), Go stops it at the user's
// next request.
export function askAhead(req: dashboard.DepartmentRequest, background = false) {
  if (!(window as any).go) return
  const key = JSON.stringify(req)
  if (viewMounted && key === shownKey) return // the mounted view shows this answer already: it will not ask
  const fresh = ahead && performance.now() - ahead.at < freshMs
  if (fresh && (ahead!.key === key || background)) return // the window's guess never replaces the hand's
  ahead = { key, at: performance.now(), answer: background ? DepartmentService.DepartmentAhead(req) : DepartmentService.Department(req) }
  ahead.answer.catch(() => {})
}

// Until the department view is first mounted, opening its tab asks ahead: Go computes the view
// while its code loads and mounts (a mounted view asks for itself when what it shows changes).
let viewMounted = false
export function departmentViewMounted() {
  viewMounted = true
}
// What the mounted view shows (its request, with the department Go chose), '' for nothing.
let shownKey = ''
export function departmentShown(req: dashboard.DepartmentRequest | null) {
  shownKey = req ? JSON.stringify(req) : ''
}
export function askOnOpen(req: dashboard.DepartmentRequest) {
  if (!viewMounted) askAhead(req)
}

// dropAhead forgets an answer not taken (the data changed).
export function dropAhead() {
  ahead = null
  shownKey = ''
}

// department answers req: the answer asked ahead when it is the same, fresh question, else a new request.
export function department(req: dashboard.DepartmentRequest): Promise<app.DepartmentResult> {
  const a = ahead
  ahead = null
  if (a && a.key === JSON.stringify(req) && performance.now() - a.at < freshMs) {
    // computed ahead and stopped for a request the user made meanwhile: asked now, from what the
    // result cache kept (a Cancel the user pressed is shown as cancelled, not asked again)
    return a.answer.then((r) => (r.preempted ? DepartmentService.Department(req) : r))
  }
  return DepartmentService.Department(req)
}
