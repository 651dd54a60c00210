import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import Compare from './Compare.vue'
import { i18n } from '../i18n'
import { ui } from '../stores/persist'

// Go answers through api.ts; the comparison's three requests are replaced: the comparison at once
// (two whole years, no charts), the small multiples when the test says, the A/B table at once.
let answerMultiples: (() => void)[] = []
let answerPeriods: (() => void)[] = []
const periodsAsked: string[] = []
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  IndicatorService: { Catalog: async () => ({ ok: true, indicators: [] }) },
  CompareService: {
    Compare: async () => ({
      ok: true, period: '2025', periods: ['2024', '2025'], heatmapRows: 0, ranking: [], unit: '', entity: 'department',
      indicator: 'SAT_IDX', backlog: [], backlogAsOf: '',
      periodInfo: [{ period: '2024', complete: true, coverage: '' }, { period: '2025', complete: true, coverage: '' }],
    }),
    Multiples: () => new Promise((resolve) => answerMultiples.push(() => resolve({ ok: true, year: 2025, charts: [] }))),
    Periods: (req: { a: string, b: string }) => {
      periodsAsked.push(req.a + '/' + req.b)
      return new Promise((resolve) => answerPeriods.push(() => resolve({ ok: true, rows: [], noData: [] })))
    },
  },
  onDataChanged: () => () => {},
}))

let w: VueWrapper | undefined
afterEach(() => {
  w?.unmount()
  w = undefined
})

describe('the comparison view on its first visit', () => {
  it('asks the A/B table (below the fold) once the small multiples above it are back, and holds its place meanwhile', async () => {
    ui.compareGrain = 'year'
    w = mount(Compare, { global: { plugins: [i18n] }, attachTo: document.body })
    await flushPromises()
    expect(answerMultiples.length).toBe(1) // the multiples asked for the comparison's year
    expect(periodsAsked).toEqual([]) // the table waits for them
    answerMultiples.splice(0).forEach((answer) => answer())
    await flushPromises()
    expect(periodsAsked).toEqual(['2025/2024']) // the last two whole years, asked once
    await new Promise((r) => setTimeout(r, 100)) // the table's section drawn in its turn
    await flushPromises()
    expect(document.querySelector('[data-testid="period-ab"] [data-pending="ab"]')).not.toBeNull() // its place held
    answerPeriods.splice(0).forEach((answer) => answer())
    await flushPromises()
    expect(document.querySelector('[data-pending="ab"]')).toBeNull()
    expect(document.querySelector('[data-testid="period-ab"] .n-data-table')).not.toBeNull()
    // the indicator changes: new multiples, the same A/B table — not asked again
    ui.compareIndicator = 'SVC_ONTIME'
    await flushPromises()
    answerMultiples.splice(0).forEach((answer) => answer())
    await flushPromises()
    expect(periodsAsked).toEqual(['2025/2024'])
  })
})
