import { describe, expect, it } from 'vitest'
import { fitNarrow, narrowWidth } from './narrow'

// A horizontal bar chart as Go writes it (analytics/charts/bars.go) and a trend's line names.
const bars = () => ({
  title: { text: 'Индекс на удовлетвореност по услуги — 2025', left: 'center' },
  grid: [{ left: '260', right: '40', top: '55', bottom: '30' }],
  yAxis: [{ type: 'category', data: ['Приемане на декларация по чл. 14 от ЗМДТ'], axisLabel: { width: 250, overflow: 'truncate' } }],
  xAxis: [{ type: 'value', min: 0, max: 100 }],
  series: [{ type: 'bar', data: [65.3] }],
})
const trend = () => ({
  grid: [{ left: '50', right: '190', top: '50', bottom: '60' }],
  xAxis: [{ type: 'category', data: ['2025-01', '2025-02'] }],
  yAxis: [{ type: 'value' }],
  series: [{ type: 'line', name: 'Местни данъци и такси', endLabel: { show: true, width: 170, overflow: 'truncate' } }],
})

describe('fitNarrow', () => {
  it('leaves a chart in a desktop pane as Go wrote it', () => {
    const o = bars()
    expect(fitNarrow(o, 900)).toBe(o)
    expect(fitNarrow(o, narrowWidth)).toBe(o)
    expect(fitNarrow(o, 0)).toBe(o)
  })
  it('gives a phone-wide bar chart its bars: the names margin a third of the width, the names broken to it', () => {
    const o = fitNarrow(bars(), 340)
    expect(o.grid[0].left).toBe(116) // 340 × 0,34
    expect(o.grid[0].right).toBe('40') // already within 340 × 0,24
    expect(o.yAxis[0].axisLabel).toMatchObject({ width: 108, overflow: 'break' })
    expect(o.xAxis[0].axisLabel.hideOverlap).toBe(true)
    expect(o.title.textStyle).toMatchObject({ width: 292, overflow: 'truncate' })
  })
  it("gives a phone-wide trend its lines: the line names' margin and the names cut to it", () => {
    const o = fitNarrow(trend(), 340)
    expect(o.grid[0].right).toBe(82) // 340 × 0,24
    expect(o.series[0].endLabel).toMatchObject({ width: 76, overflow: 'truncate', show: true })
    expect(o.xAxis[0].axisLabel.hideOverlap).toBe(true)
  })
  it('keeps a legend on its one line, a hidden one hidden', () => {
    expect(fitNarrow({ ...bars(), legend: [{ show: true, top: '24' }] }, 340).legend[0]).toMatchObject({ type: 'scroll', top: '24' })
    expect(fitNarrow({ ...bars(), legend: [{ show: false }] }, 340).legend[0].type).toBeUndefined()
  })
  it('does not change the option it was given', () => {
    const o = bars()
    const before = JSON.stringify(o)
    fitNarrow(o, 340)
    expect(JSON.stringify(o)).toBe(before)
  })
})
