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
