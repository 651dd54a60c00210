// UI state kept across starts in Go (ui-state.json next to the database), not in the webview's
// storage: the language, the open view, each view's choices, the global filters and saved views.
import { reactive, watch } from 'vue'
import { PrefsService } from '../api'
import { filters, type Filters } from './filters'

export interface UIState {
  lang: 'bg' | 'en'
  tab: string
  department: string
  trendGrain: 'month' | 'quarter' | 'year'
  trendHighlight: string
  compareGrain: 'year' | 'quarter'
  compareIndicator: string
}

export interface SavedView {
  name: string
  ui: Omit<UIState, 'lang'>
  filters: Filters
}

export const ui = reactive<UIState>({ lang: 'bg', tab: 'overview', department: '', trendGrain: 'quarter', trendHighlight: '', compareGrain: 'year', compareIndicator: 'SAT_IDX' })
export const saved = reactive<{ views: SavedView[] }>({ views: [] })

const timers: Record<string, ReturnType<typeof setTimeout>> = {}
function store(key: string, value: unknown) {
  clearTimeout(timers[key])
  timers[key] = setTimeout(() => PrefsService.Set(key, JSON.stringify(value)).catch(() => {}), 300)
}

// loadState reads what was saved, then keeps saving every change.
export async function loadState() {
  try {
    const all = await PrefsService.All()
    if (all.ui) Object.assign(ui, JSON.parse(all.ui))
    if (all.filters) Object.assign(filters, JSON.parse(all.filters))
    if (all.views) saved.views = JSON.parse(all.views)
  } catch {
    // no Go behind the page (unit tests): defaults
  }
  watch(ui, () => store('ui', ui), { deep: true })
  watch(filters, () => store('filters', filters), { deep: true })
  watch(() => saved.views, () => store('views', saved.views), { deep: true })
}

export function saveView(name: string) {
  const { lang: _lang, ...rest } = ui
  const view: SavedView = { name, ui: { ...rest }, filters: JSON.parse(JSON.stringify(filters)) }
  saved.views = [...saved.views.filter((v) => v.name !== name), view]
}

export function restoreView(name: string) {
  const v = saved.views.find((x) => x.name === name)
  if (!v) return
  Object.assign(ui, v.ui)
  Object.assign(filters, v.filters)
}

export function deleteView(name: string) {
  saved.views = saved.views.filter((v) => v.name !== name)
}
