// The window's first Status is asked beside the saved state, before the window is mounted: the
// shell then renders once, on the data, instead of a loading state first and the views after a
// second round trip to Go. A "data:ready" Go emits before the window listens itself (the data
// became ready after that answer) is kept and wins: it is newer.
import { EventsOn, StatusService } from '../api'
import type { app } from '../wailsjs/go/models'

let latest: app.Status | null = null
let asked: Promise<void> | null = null
let stopListening: (() => void) | null = null

// askFirstStatus asks Go once; it resolves when the answer is back (or failed: the window asks
// again when it mounts).
export function askFirstStatus(): Promise<void> {
  if (asked) return asked
  if (!(window as any).go) return (asked = Promise.resolve())
  stopListening = EventsOn('data:ready', (s: app.Status) => (latest = s))
  asked = StatusService.Status().then(
    (s) => {
      latest = latest ?? s // an event that came first is newer than this answer
    },
    () => {},
  )
  return asked
}

// firstStatus: the newest status seen so far (null when none).
export function firstStatus(): app.Status | null {
  return latest
}

// endFirstStatus: the window now listens itself; the newest status seen until now, and no more.
export function endFirstStatus(): app.Status | null {
  stopListening?.()
  stopListening = null
  return latest
}
