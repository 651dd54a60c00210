import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { watch } from 'vue'
import Compare from './Compare.vue'
import { i18n } from '../i18n'
import { ui } from '../stores/persist'
import { busy } from '../stores/latest'

// Go answers through api.ts; the comparison's three requests are replaced: the comparison at once
// (two whole years, no charts), the small multiples and the A/B table when the test says.
const answerMultiples: ((ok: boolean) => void)[] = []
const answerPeriods: ((ok: boolean) => void)[] = []
const periodsAsked: string[] = []
let comparesAsked = 0
let dataChanged: (() => void) | undefined
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  IndicatorService: { Catalog: async () => ({ ok: true, indicators: [] }) },
  CompareService: {
    Compare: async () => (comparesAsked++, {
      ok: true, period: '2025', periods: ['2024', '2025'], heatmapRows: 0, ranking: [], unit: '', entity: 'department',
      indicator: 'SAT_IDX', backlog: [], backlogAsOf: '',
      periodInfo: [{ period: '2024', complete: true, coverage: '' }, { period: '2025', complete: true, coverage: '' }],
    }),
    Multiples: () => new Promise((resolve) => answerMultiples.push(() => resolve({ ok: true, year: 2025, charts: [] }))),
    Periods: (req: { a: string, b: string }) => {
      periodsAsked.push(req.a + '/' + req.b)
      return new Promise((resolve) => answerPeriods.push((ok) => resolve(ok
        ? { ok: true, rows: [], noData: [] }
        : { ok: false, problem: { code: 'errors.queryFailed', detail: 'x' } })))
    },
  },
  onDataChanged: (fn: () => void) => {
    dataChanged = fn
    return () => {}
  },
}))

const held = () => document.querySelector('[data-testid="period-ab"] [data-pending="ab"]')
const answer = async (list: ((ok: boolean) => void)[], ok = true) => {
  list.splice(0).forEach((a) => a(ok))
  await flushPromises()
}
let w: VueWrapper | undefined
// openFresh mounts the view on the year grain and the satisfaction index, nothing asked or waiting yet
async function openFresh() {
  periodsAsked.length = 0
  answerMultiples.length = 0
  answerPeriods.length = 0
  ui.compareGrain = 'year'
  ui.compareIndicator = 'SAT_IDX'
  w = mount(Compare, { global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
}
afterEach(() => {
  w?.unmount()
  w = undefined
})

describe('the comparison view: its requests', () => {
  it('asks the A/B table (below the fold) once the small multiples above it are back, its place held until its answer', async () => {
    await openFresh()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="period-ab"]')).not.toBeNull()) // its section drawn in its turn
    expect(answerMultiples.length).toBe(1) // the multiples asked for the comparison's year
    expect(periodsAsked).toEqual([]) // the table waits for them…
    expect(held()).not.toBeNull() // …in its held place, not as an empty table
    // the window's work in flight never touches zero between the two (the header's Cancel stays)
    const counts: number[] = []
    const stop = watch(() => busy.count, (n) => counts.push(n), { flush: 'sync' })
    await answer(answerMultiples)
    stop()
    expect(counts.length).toBeGreaterThan(0)
    expect(counts.every((n) => n > 0)).toBe(true)
    expect(periodsAsked).toEqual(['2025/2024']) // the last two whole years, asked once
    expect(held()).not.toBeNull()
    await answer(answerPeriods)
    expect(held()).toBeNull()
    expect(document.querySelector('[data-testid="period-ab"] .n-data-table')).not.toBeNull()
    // the indicator changes: new multiples, the same A/B table — not asked again
    ui.compareIndicator = 'SVC_ONTIME'
    await flushPromises()
    await answer(answerMultiples)
    expect(periodsAsked).toEqual(['2025/2024'])
  })

  it('asks a failed A/B table again at the next chance, and holds no place for it meanwhile', async () => {
    await openFresh()
    await answer(answerMultiples)
    await answer(answerPeriods, false)
    await vi.waitFor(() => expect(document.querySelector('[data-testid="period-ab"]')).not.toBeNull())
    expect(held()).toBeNull() // the error above says why
    ui.compareIndicator = 'SVC_ONTIME'
    await flushPromises()
    await answer(answerMultiples)
    expect(periodsAsked).toEqual(['2025/2024', '2025/2024'])
  })

  it('asks the multiples and the A/B table again after an import, though their period stays', async () => {
    await openFresh()
    await answer(answerMultiples)
    await answer(answerPeriods)
    const compares = comparesAsked
    dataChanged!()
    await flushPromises()
    expect(comparesAsked).toBe(compares + 1)
    expect(answerMultiples.length).toBeGreaterThan(0) // the multiples asked again
    await answer(answerMultiples)
    expect(periodsAsked).toEqual(['2025/2024', '2025/2024']) // and the table after them
  })
})
