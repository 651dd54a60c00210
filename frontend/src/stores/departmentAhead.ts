// A change in the overview opens its department on the same period: the department's view is
// asked for as soon as the pointer rests on the change (or the keyboard focuses it), so that Go
// computes it while the hand is still on its way to the click. The department view takes that
// answer if it asks the same question within a short while; otherwise it asks as always. The
// window also asks ahead for the department view it would open, once the overview is drawn.
//
// The view comes in two answers (Go's DepartmentRequest.Part): its top — the header, the changes,
// what people say — and then the rest below it. The rest is asked once the top is back: on two
// cores, asked beside it, it would delay the top the window shows first.
import { DepartmentService } from '../api'
import { dashboard, type app } from '../wailsjs/go/models'
import type { Filters } from './filters'

export function departmentRequest(code: string, lang: string, filters: Filters, period: string) {
  return dashboard.DepartmentRequest.createFrom({ code, lang, filters, period, part: '' })
}

// The two answers of one question: the top, then the rest (the same department as the top's). The
// rest is asked when the view calls for it, once its top is shown: a top dropped for a newer
// question asks for no rest nobody will show.
export interface DepartmentParts {
  top: Promise<app.DepartmentResult>
  rest: () => Promise<app.DepartmentResult>
}

// The fields of the rest's answer (Go's PartRest); every other field is the top's or the header.
export const restFields = ['keyDrivers', 'services', 'trend', 'drivers', 'groups', 'channels', 'signals', 'backlog'] as const

// withRest is the view shown so far completed by the rest's answer.
export function withRest(top: app.DepartmentResult, rest: app.DepartmentResult): app.DepartmentResult {
  const whole: Record<string, unknown> = { ...top, part: '' }
  for (const f of restFields) whole[f] = (rest as unknown as Record<string, unknown>)[f]
  return whole as unknown as app.DepartmentResult
}

const part = (req: dashboard.DepartmentRequest, p: string, code = req.code) => dashboard.DepartmentRequest.createFrom({ ...req, code, part: p })
// requestKey: the question a request asks, whichever part it is for (the view's key too)
export const requestKey = (req: dashboard.DepartmentRequest) => JSON.stringify({ ...req, part: '' })
const keyOf = requestKey
// once: the rest is asked at most once, by whoever calls for it first
const once = <T>(f: () => Promise<T>) => {
  let p: Promise<T> | undefined
  return () => (p ??= f())
}

// ask sends the top and, once it is back, the rest — for the department the top answered for
// (Go chooses one when none is named); asked ahead (eager), the rest is sent as soon as the top is
// back, else when the view calls for it. A top that failed is the rest's answer too.
function ask(req: dashboard.DepartmentRequest, background: boolean, eager: boolean): DepartmentParts {
  const call = (r: dashboard.DepartmentRequest) => (background ? DepartmentService.DepartmentAhead(r) : DepartmentService.Department(r))
  const top = call(part(req, 'top'))
  const askRest = once(() => top.then((t) => (t.ok && t.part === 'top' && t.code ? call(part(req, 'rest', t.code)) : t)))
  if (eager) askRest().catch(() => {})
  return { top, rest: askRest }
}

const freshMs = 10000
let ahead: { key: string; at: number; parts: DepartmentParts } | null = null

// askAhead sends the request a click would make (once per question while it is fresh); in the
// background (the window's own guess, not a hand resting on a change), Go stops it at the user's
// next request. It settles once both answers are back (or stopped): the window asks the next thing
// ahead then, not beside it.
export function askAhead(req: dashboard.DepartmentRequest, background = false): Promise<void> {
  if (!(window as any).go) return Promise.resolve()
  const key = keyOf(req)
  if (viewMounted && key === shownKey) return Promise.resolve() // the mounted view shows this answer already: it will not ask
  const fresh = ahead && performance.now() - ahead.at < freshMs
  if (fresh && (ahead!.key === key || background)) return Promise.resolve() // the window's guess never replaces the hand's
  ahead = { key, at: performance.now(), parts: ask(req, background, true) }
  ahead.parts.top.catch(() => {})
  return ahead.parts.rest().then(() => {}, () => {})
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
  shownKey = req ? keyOf(req) : ''
}
export function askOnOpen(req: dashboard.DepartmentRequest) {
  if (!viewMounted) askAhead(req)
}

// dropAhead forgets an answer not taken (the data changed).
export function dropAhead() {
  ahead = null
  shownKey = ''
}

// department answers req in its two parts: those asked ahead when it is the same, fresh question,
// else new requests.
export function department(req: dashboard.DepartmentRequest): DepartmentParts {
  const a = ahead
  ahead = null
  if (a && a.key === keyOf(req) && performance.now() - a.at < freshMs) {
    // computed ahead and stopped for a request the user made meanwhile: asked now, from what the
    // result cache kept (a Cancel the user pressed is shown as cancelled, not asked again)
    const top = a.parts.top.then((t) => (t.preempted ? DepartmentService.Department(part(req, 'top')) : t))
    const askRest = once(() =>
      Promise.all([top, a.parts.rest()]).then(([t, r]) => {
        if (!t.ok || t.part !== 'top' || !t.code) return t
        // stopped in the background (its top was, or it was): asked now; any other answer, a
        // Cancel the user pressed included, is the rest's answer
        return r.preempted ? DepartmentService.Department(part(req, 'rest', t.code)) : r
      }))
    return { top, rest: askRest }
  }
  return ask(req, false, false)
}
