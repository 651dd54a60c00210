// What each view is about beside the window's filters — its subject (a department) and the period
// its sections are on — so the view's exports and its printed brief say it in their name and inside.
import { reactive } from 'vue'

export interface ViewContext {
  subject: string
  subjectKind: '' | 'department'
  period: string
}

const contexts = reactive<Record<string, ViewContext>>({})

// setViewContext is called by a view when its data arrives (tab: the view's tab name).
export function setViewContext(tab: string, c: Partial<ViewContext>) {
  contexts[tab] = { subject: '', subjectKind: '', period: '', ...c }
}

export function viewContextOf(tab: string): ViewContext {
  return contexts[tab] ?? { subject: '', subjectKind: '', period: '' }
}

// exportName: the file name an export of the view suggests — the view, its subject, its period and
// the day it was made (2026-12-06), so two briefs of two departments never share a name.
export function exportName(view: string, c: ViewContext, municipality: string, today = new Date()): string {
  const day = today.toISOString().slice(0, 10)
  return [view, c.subject || municipality, c.period, day].filter((s) => s).join(' — ')
}
