import { step } from './timing'
import { createApp } from 'vue'
import App from './App.vue'
import './print.css'
import { i18n } from './i18n'

import { loadState, ui } from './stores/persist'
import { askEarly } from './stores/overviewFirst'
import { plain } from './stores/filters'
import { askFirstStatus, firstStatus } from './stores/firstStatus'

// (imports are evaluated first: this is when the whole bundle has run)
step('bundle evaluated')
step('first API call (saved state)')
// (a status that does not come within a second: the window mounts on its loading state, and asks again)
const statusOrLater = Promise.race([askFirstStatus(), new Promise<void>((resolve) => setTimeout(resolve, 1000))])
Promise.all([loadState(), statusOrLater]).finally(() => {
  step('saved state back')
  i18n.global.locale.value = ui.lang
  const s = firstStatus()
  if (ui.tab === 'overview' && (!s || (s.ready && !s.firstStart))) askEarly(ui.lang, plain())
  createApp(App).use(i18n).mount('#app')
  step('app mounted')
})

// Naive UI gives card headers role="heading" without a level, which screen readers cannot place
// (axe: aria-required-attr), and its scrolling table bodies cannot be reached by keyboard (axe:
// scrollable-region-focusable). Until it does, headings get level 2 and scroll areas a tab stop.
new MutationObserver(() => {
  document.querySelectorAll('[role="heading"]:not([aria-level])').forEach((el) => el.setAttribute('aria-level', '2'))
  document.querySelectorAll('.n-data-table .n-scrollbar-container:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'))
}).observe(document.body, { childList: true, subtree: true })
