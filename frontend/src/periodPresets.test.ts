import { describe, expect, it } from 'vitest'
import {
  lastWholeMonth, lastWholeQuarter, rangePartial, lastWholeYear, monthsBetween, parseTypedDate, periodRange, quartersBetween, typedDate,
  wholePeriodOf, yearEarlier, yearToDate,
} from './periodPresets'

describe('period presets', () => {
  const day = '2026-12-06'
  it('on 6 December 2026: the last whole quarter, year, month and the year to date', () => {
    expect(lastWholeQuarter(day)).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(lastWholeYear(day)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(lastWholeMonth(day)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(yearToDate(day)).toEqual({ from: '2026-01-01', to: '2026-12-06', partial: true })
  })
  it('a day that closes a period makes that period whole', () => {
    expect(lastWholeQuarter('2026-09-30')).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(lastWholeQuarter('2026-09-29')).toEqual({ from: '2026-04-01', to: '2026-06-30' })
    expect(lastWholeQuarter('2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(lastWholeYear('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(yearToDate('2026-12-31').partial).toBe(false)
    expect(lastWholeMonth('2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(lastWholeMonth('2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
  })
  it('the same period a year earlier keeps whole months whole, across leap years', () => {
    expect(yearEarlier({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2025-07-01', to: '2025-09-30' })
    expect(yearEarlier(yearToDate(day))).toEqual({ from: '2025-01-01', to: '2025-12-06' })
    expect(yearEarlier({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' })
    expect(yearEarlier({ from: '2025-02-01', to: '2025-02-28' })).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(yearEarlier({ from: '2024-02-29', to: '2024-03-10' })).toEqual({ from: '2023-02-28', to: '2023-03-10' })
  })
  it('names a range that is one whole period', () => {
    expect(wholePeriodOf({ from: '2026-07-01', to: '2026-09-30' })).toBe('2026-Q3')
    expect(wholePeriodOf({ from: '2025-01-01', to: '2025-12-31' })).toBe('2025')
    expect(wholePeriodOf({ from: '2024-02-01', to: '2024-02-29' })).toBe('2024-02')
    expect(wholePeriodOf({ from: '2026-01-01', to: '2026-12-06' })).toBe('')
    expect(wholePeriodOf({ from: '2026-07-02', to: '2026-09-30' })).toBe('')
    expect(periodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(periodRange('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(periodRange('2025-13')).toBeNull()
  })
  it('marks a range the data do not cover whole as partial', () => {
    expect(rangePartial(yearToDate(day), day)).toBe(true)
    expect(rangePartial(lastWholeQuarter(day), day)).toBe(false)
    expect(rangePartial({ from: '2026-10-01', to: '2026-12-31' }, day)).toBe(true)
    expect(rangePartial({ from: '2026-01-01', to: '2026-12-31' }, '2026-12-31')).toBe(false)
    expect(rangePartial({ from: '2026-01-01', to: '2026-06-30' }, '')).toBe(false)
  })
  it('lists the quarters and months the data touch, newest first', () => {
    expect(quartersBetween('2025-11-20', '2026-04-02')).toEqual(['2026-Q2', '2026-Q1', '2025-Q4'])
    expect(monthsBetween('2025-11-20', '2026-02-02')).toEqual(['2026-02', '2026-01', '2025-12', '2025-11'])
  })
})

describe('typed dates (ДД.ММ.ГГГГ)', () => {
  it('reads the Bulgarian way and ISO', () => {
    expect(parseTypedDate('06.12.2026')).toBe('2026-12-06')
    expect(parseTypedDate('6.12.2026')).toBe('2026-12-06')
    expect(parseTypedDate(' 6.1.2026 г. ')).toBe('2026-01-06')
    expect(parseTypedDate('06/12/2026')).toBe('2026-12-06')
    expect(parseTypedDate('06-12-2026')).toBe('2026-12-06')
    expect(parseTypedDate('2026-12-06')).toBe('2026-12-06')
  })
  it('refuses what is not a date', () => {
    for (const bad of ['', '6.12.26', '12.2026', '32.01.2026', '31.04.2026', '00.01.2026', '01.13.2026', '01.00.2026', 'abc', '2026-13-01', '1.1.1800', '1.1.2026.']) {
      expect(parseTypedDate(bad), bad).toBeNull()
    }
  })
  it('knows the leap days', () => {
    expect(parseTypedDate('29.02.2024')).toBe('2024-02-29')
    expect(parseTypedDate('29.02.2026')).toBeNull()
    expect(parseTypedDate('29.02.2000')).toBe('2000-02-29') // divisible by 400
    expect(parseTypedDate('29.02.2100')).toBeNull() // divisible by 100, not by 400
  })
  it('writes dates whole, as typed', () => {
    expect(typedDate('2026-07-01')).toBe('01.07.2026')
    expect(typedDate('')).toBe('')
  })
})
