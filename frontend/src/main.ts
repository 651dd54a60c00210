import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'

import { loadState, ui } from './persist'

loadState().finally(() => {
  i18n.global.locale.value = ui.lang
  createApp(App).use(i18n).mount('#app')
})

// Naive UI gives card headers role="heading" without a level, which screen readers cannot place
// (axe: aria-required-attr). Until it does, every such heading is made a level-2 heading.
new MutationObserver(() => {
  document.querySelectorAll('[role="heading"]:not([aria-level])').forEach((el) => el.setAttribute('aria-level', '2'))
}).observe(document.body, { childList: true, subtree: true })
