// The days the data cover: the first and the last record date over every kind of record, without
// the window's filters. The period control opens on the last whole period of these data, never on
// an empty month after them. Learned from the records the records view already reads (the newest
// and the oldest one of each kind), once, and again after every import.
import { reactive } from 'vue'
import { RecordsService, onDataChanged } from '../api'
import { app } from '../wailsjs/go/models'
import { todayISO } from '../periodPresets'

export const dataSpan = reactive({ first: '', last: '', known: false })

const kinds = ['survey', 'requests', 'signals', 'cards']
const noFilters = { from: '', to: '', channel: [], group: [], method: [] }

async function edge(kind: string, desc: boolean): Promise<string> {
  try {
    const r = await RecordsService.Records(app.RecordsRequest.createFrom({ kind, department: '', period: '', search: '', lowRated: false, theme: '',
      sort: 'date', desc, offset: 0, limit: 1, filters: noFilters }))
    const page = r.ok ? r.page : undefined
    const i = page?.columns?.indexOf('date') ?? -1
    const v = i >= 0 ? page?.rows?.[0]?.[i] ?? '' : ''
    return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : ''
  } catch {
    return ''
  }
}

// spanOf takes the record kinds' edges and caps the last day at today (a date typed wrong into the
// future never makes the window open on an empty month).
export function spanOf(firsts: string[], lasts: string[], today = todayISO()): { first: string; last: string } {
  const f = firsts.filter(Boolean).sort()
  const l = lasts.filter(Boolean).sort()
  let last = l.length ? l[l.length - 1] : ''
  if (last > today) last = today
  let first = f.length ? f[0] : ''
  if (first > last) first = last
  return { first, last }
}

let learning: Promise<void> | null = null
let subscribed = false

// learnDataSpan reads the span (once; again after an import, when next asked).
export function learnDataSpan(): Promise<void> {
  if (!subscribed) {
    subscribed = true
    try {
      // after an import the span is read again when next needed (the last one stays shown meanwhile)
      onDataChanged(() => {
        learning = null
        dataSpan.known = false
      })
    } catch {
      // no Go behind the page (unit tests)
    }
  }
  if (learning) return learning
  learning = (async () => {
    const [firsts, lasts] = await Promise.all([Promise.all(kinds.map((k) => edge(k, false))), Promise.all(kinds.map((k) => edge(k, true)))])
    Object.assign(dataSpan, spanOf(firsts, lasts), { known: true })
  })()
  return learning
}
