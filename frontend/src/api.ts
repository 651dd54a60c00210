// The one door to Go: every bound service and the Wails runtime are reached through this file (a
// Vitest, api.test.ts, fails when another file imports src/wailsjs/go/app or src/wailsjs/runtime),
// so a reader finds every call to Go here and a test mocks this one module. Each service comes
// whole under its Go name — ImportService.Cancel and ReportService.Cancel are two different calls.
// The data shapes (src/wailsjs/go/models: classes with createFrom, no calls to Go) are imported
// where they are used.
import { BrowserOpenURL, EventsOn } from './wailsjs/runtime/runtime'
import type { app } from './wailsjs/go/models'

export * as CompareService from './wailsjs/go/app/CompareService'
export * as DepartmentService from './wailsjs/go/app/DepartmentService'
export * as ExportService from './wailsjs/go/app/ExportService'
export * as ImportService from './wailsjs/go/app/ImportService'
export * as IndicatorService from './wailsjs/go/app/IndicatorService'
export * as OverviewService from './wailsjs/go/app/OverviewService'
export * as PrefsService from './wailsjs/go/app/PrefsService'
export * as RecordsService from './wailsjs/go/app/RecordsService'
export * as ReportService from './wailsjs/go/app/ReportService'
export * as StatusService from './wailsjs/go/app/StatusService'
export * as ThemeService from './wailsjs/go/app/ThemeService'

export type Grain = 'month' | 'quarter' | 'year'

// EventsOn subscribes to an event Go emits (data:changed, import:progress, menu:export…); it
// returns the unsubscribe.
export { EventsOn }

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

// openFileInBrowser opens a file Otzvuk wrote (the report, the public site) in the system's
// browser: a file:// URL with the path's backslashes turned and a Windows drive after three slashes.
export function openFileInBrowser(path: string) {
  BrowserOpenURL('file://' + encodeURI(path.replace(/\\/g, '/')).replace(/^file:\/\/([A-Za-z]:)/, 'file:///$1'))
}
