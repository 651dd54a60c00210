import { beforeEach, describe, expect, it } from 'vitest'
import { actionsFor, apply, findPoint, periodRange } from './crossfilter'
import { filters } from './stores/filters'
import { drill } from './stores/drill'
import { ui } from './stores/persist'
import type { Point } from './charts/safeTooltip'

const trendPoint: Point = { series: 'Местни данъци', period: '2025-Q2', value: 61.5, n: 80, code: 'MDT', kind: 'survey' }
const groupBar: Point = { series: 'Отдел', period: 'Бизнес', value: 70, n: 12, filter: { dim: 'group', value: 'business' } }

beforeEach(() => {
  Object.assign(filters, { from: '', to: '', channel: [], group: [], method: [] })
  ui.tab = 'trend'
})

describe('periodRange', () => {
  it('turns years, quarters and months into first and last days, leap years included', () => {
    expect(periodRange('2025')).toEqual(['2025-01-01', '2025-12-31'])
    expect(periodRange('2025-Q1')).toEqual(['2025-01-01', '2025-03-31'])
    expect(periodRange('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(periodRange('2025-02')).toEqual(['2025-02-01', '2025-02-28'])
    expect(periodRange('Бизнес')).toBeNull()
    expect(periodRange('2025-13')).toBeNull()
  })
})

describe('actions on a clicked chart element', () => {
  it('offers records, the period and the department for a trend point', () => {
    expect(actionsFor(trendPoint, 'trend').map((a) => a.key)).toEqual(['records', 'period', 'department'])
    expect(actionsFor(trendPoint, 'department').map((a) => a.key)).toEqual(['records', 'period'])
  })

  it('cross-filters by a group bar, and a second click removes the filter', () => {
    expect(actionsFor(groupBar, 'department').map((a) => a.key)).toEqual(['filter'])
    apply('filter', groupBar)
    expect(filters.group).toEqual(['business'])
    const again = actionsFor(groupBar, 'department')
    expect(again.map((a) => a.key)).toEqual(['unfilter'])
    apply('unfilter', groupBar)
    expect(filters.group).toEqual([])
  })

  it('narrows the date range to the period and opens records or the department', () => {
    apply('period', trendPoint)
    expect([filters.from, filters.to]).toEqual(['2025-04-01', '2025-06-30'])
    const seq = drill.seq
    apply('records', trendPoint, '2025')
    expect(drill).toMatchObject({ kind: 'survey', department: 'MDT', period: '2025', seq: seq + 1 })
    apply('department', trendPoint)
    expect(ui).toMatchObject({ department: 'MDT', tab: 'department' })
  })

  it('finds heatmap cells by name and line points by series and category', () => {
    const cell: Point = { series: 'А', period: 'Индекс', value: 1, n: 1, key: 'k7' }
    expect(findPoint([trendPoint, cell], { name: 'k7', seriesName: 'heatmap' })).toBe(cell)
    expect(findPoint([trendPoint, cell], { name: '2025-Q2', seriesName: 'Местни данъци' })).toBe(trendPoint)
    expect(findPoint([trendPoint], { name: '2025-Q3', seriesName: 'Местни данъци' })).toBeUndefined()
  })
})
