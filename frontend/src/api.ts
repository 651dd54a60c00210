// The one door to Go: generated Wails bindings, with problems turned into translated text.
import { Status } from './wailsjs/go/app/StatusService'
import { Trend, Values } from './wailsjs/go/app/IndicatorService'
import { EventsOn } from './wailsjs/runtime/runtime'
import type { app } from './wailsjs/go/models'

export type Grain = 'month' | 'quarter' | 'year'

export { Status, Trend, Values, EventsOn }

// problemText translates a Go Problem by its key, with its English message as the fallback detail.
export function problemText(t: (key: string, params?: Record<string, unknown>) => string, p?: app.Problem): string {
  if (!p) return ''
  const params = { ...(p.params ?? {}), message: p.message }
  const text = t(p.key, params)
  return text === p.key ? t('errors.unexpected', params) : text
}

// onDataChanged runs fn after every successful import (the views recompute); it returns the unsubscribe.
export function onDataChanged(fn: () => void): () => void {
  return EventsOn('data:changed', fn)
}
