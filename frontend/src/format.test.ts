import { describe, expect, it } from 'vitest'
import { formatDate, formatInteger, formatNumber, formatPeriod } from './format'

const NBSP = '\u00A0'

describe('formatNumber', () => {
  it('groups bg-BG thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(1234567.891, 'bg', 2)).toBe(`1${NBSP}234${NBSP}567,89`)
    expect(formatNumber(1234.5, 'bg')).toBe(`1${NBSP}234,5`)
    expect(formatNumber(999.96, 'bg')).toBe(`1${NBSP}000,0`) // rounding carries into a new group
    // the same cases as analytics/export/format_test.go: exports and the window agree
    expect(formatNumber(75.25, 'bg')).toBe('75,3')
    expect(formatNumber(0.125, 'en', 2)).toBe('0.13')
    expect(formatNumber(1.005, 'en', 2)).toBe('1.00')
  })
  it('formats English with commas and a point', () => {
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89')
  })
  it('shows missing values as a dash, never NaN', () => {
    expect(formatNumber(null, 'bg')).toBe('—')
    expect(formatNumber(NaN, 'bg')).toBe('—')
    expect(formatNumber(Infinity, 'en')).toBe('—')
  })
  it('uses a real minus sign and no negative zero', () => {
    expect(formatNumber(-12.34, 'bg')).toBe('−12,3')
    expect(formatNumber(-0.01, 'bg')).toBe('0,0')
  })
  it('formats integers', () => {
    expect(formatInteger(25000, 'bg')).toBe(`25${NBSP}000`)
  })
})

describe('dates and periods', () => {
  it('writes Bulgarian dates as d.mm.yyyy г.', () => {
    expect(formatDate('2026-03-05', 'bg')).toBe(`5.03.2026${NBSP}г.`)
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026')
  })
  it('names months, quarters and years', () => {
    expect(formatPeriod('2026-03', 'bg')).toBe(`март 2026${NBSP}г.`)
    expect(formatPeriod('2026-03', 'en')).toBe('March 2026')
    expect(formatPeriod('2025-Q4', 'bg')).toBe(`IV трим. 2025${NBSP}г.`)
    expect(formatPeriod('2025', 'bg')).toBe(`2025${NBSP}г.`)
  })
})

describe('values and changes in their units', () => {
  it('writes shares with %, counts whole, ratios with two decimals', async () => {
    const { formatValue } = await import('./format')
    expect(formatValue(41.23, 'share', 'bg')).toBe(`41,2${NBSP}%`)
    expect(formatValue(2697.2, 'count', 'bg')).toBe(`2${NBSP}697`)
    expect(formatValue(0.847, 'ratio', 'en')).toBe('0.85')
    expect(formatValue(null, 'share', 'bg')).toBe('—')
  })
  it('writes changes with sign and unit, and adds up as shown', async () => {
    const { formatChange, shownDelta, arrowOf } = await import('./format')
    expect(formatChange(21.6, 'share', 'bg')).toBe(`+21,6${NBSP}п.п.`)
    expect(formatChange(-3.24, 'index', 'en')).toBe(`−3.2${NBSP}pts`)
    expect(formatChange(0.01, 'share', 'bg')).toBe(`0,0${NBSP}п.п.`)
    // 49,8 → 24,3 is shown as −25,5, not the exact −25,56 rounded to −25,6
    expect(shownDelta(24.26, 49.82, 'share')).toBe(-25.5)
    expect(arrowOf(21.6)).toBe('▲')
    expect(arrowOf(-1)).toBe('▼')
  })
  it('names periods shortly for axes', async () => {
    const { formatPeriodShort, isPeriodLabel } = await import('./format')
    expect(formatPeriodShort('2023-11', 'bg')).toBe('ное 2023')
    expect(formatPeriodShort('2024-Q1', 'bg')).toBe('I трим. 2024')
    expect(formatPeriodShort('2024-Q1', 'en')).toBe('Q1 2024')
    expect(isPeriodLabel('2024-Q1')).toBe(true)
    expect(isPeriodLabel('ГРАО')).toBe(false)
  })
})
