import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import SatisfactionTrend from './SatisfactionTrend.vue'
import { i18n } from '../i18n'
import { spinnerDelayMs } from '../spinnerDelay'

// Go answers through api.ts (the one door to Go); only the trend's request is replaced, answering
// after answerMs: an empty trend, enough for the view's loading state.
let answerMs = 0
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  IndicatorService: {
    Trend: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true, departments: [], highlight: '' }), answerMs)),
  },
  onDataChanged: () => () => {},
}))

const spinner = () => document.querySelector('.n-spin-body')
let w: VueWrapper | undefined
afterEach(() => {
  vi.useRealTimers()
  w?.unmount()
  w = undefined
})

describe('the trend view while its first answer comes', () => {
  it('shows no spinner in its first quarter second (a quick answer would flash it, then dim the drawn chart as it faded), and one for a slow answer', async () => {
    answerMs = spinnerDelayMs * 3
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }) // the answer's and the spinner's clocks, moved by hand
    w = mount(SatisfactionTrend, { global: { plugins: [i18n] }, attachTo: document.body })
    await nextTick()
    await vi.advanceTimersByTimeAsync(spinnerDelayMs / 2)
    await nextTick()
    expect(spinner()).toBeNull() // still waiting, and no spinner yet
    await vi.advanceTimersByTimeAsync(spinnerDelayMs)
    await nextTick()
    expect(spinner()).not.toBeNull()
    vi.useRealTimers()
  })
})
