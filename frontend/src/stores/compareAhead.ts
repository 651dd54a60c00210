// The comparison's first visit asked ahead: once the window is quiet after its first chart (the
// user reading), Go computes what the comparison view will ask first for what it shows in the
// window's view — its heatmap and ranking, then the small multiples — and keeps it in its result
// cache, so that opening the view later costs drawing it, not computing it. In the background:
// Go stops it at the user's next request (what it computed so far stays cached). Nothing is asked
// once the view has been mounted: it asks for itself.
import { CompareService } from '../api'
import { dashboard } from '../wailsjs/go/models'
import type { Filters } from './filters'

let viewMounted = false
export function compareViewMounted() {
  viewMounted = true
}

// compareRequest is the comparison view's request; asked ahead, its first (no period chosen yet).
export function compareRequest(lang: string, grain: string, indicator: string, filters: Filters, period = '') {
  return dashboard.CompareRequest.createFrom({ lang, grain, period, indicator, filters })
}

// askCompareAhead settles when Go has answered (or stopped); its answer is never shown.
export async function askCompareAhead(req: dashboard.CompareRequest): Promise<void> {
  if (viewMounted || !(window as any).go) return
  await CompareService.CompareAhead(req).catch(() => {})
}
