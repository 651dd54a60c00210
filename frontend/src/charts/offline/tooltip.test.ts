import { describe, expect, it } from 'vitest'
import { offlineTooltip, type OfflineChart } from './tooltip'

const evil = '<img src=x onerror=alert(1)>'

function render(html: string): HTMLDivElement {
  const host = document.createElement('div')
  host.innerHTML = html
  return host
}

describe("an exported page's tooltips", () => {
  const chart: OfflineChart = {
    id: 'chart-1',
    option: { color: ['#111111', '#222222'], series: [{ name: evil }, { name: 'Б', lineStyle: { color: '#333333' } }] },
    tips: { [evil + '\u00002026-03']: '70,0 (n = 40; 95% интервал 61,0–79,0) — малка извадка' },
    cells: { k1: { series: '<b>Отдел</b>', period: 'Индекс & др.', text: '75,3 (n = 30)' } },
  }

  it('show the text Go wrote under the period, names escaped, the swatch in the series colour', () => {
    const f = offlineTooltip(chart, 'bg')
    // a hatched point is filled white: the swatch takes the series' colour instead
    const html = f([{ seriesName: evil, seriesIndex: 0, axisValue: '2026-03', color: '#fff' }, { seriesId: 'band0', seriesName: 'band' }])
    const host = render(html)
    expect(host.querySelector('img')).toBeNull()
    expect(host.textContent).toBe(`март 2026\u00A0г.${evil}: 70,0 (n = 40; 95% интервал 61,0–79,0) — малка извадка`)
    expect(html).toContain('background:#111111')
  })

  it('find a heatmap cell by its data name', () => {
    const host = render(offlineTooltip(chart, 'bg')({ name: 'k1', seriesName: 'heatmap' }))
    expect(host.querySelector('b')).toBeNull()
    expect(host.textContent).toBe('<b>Отдел</b>Индекс & др.: 75,3 (n = 30)')
  })

  it('write a dash for a point without text, and do not take a name for one of the object’s own', () => {
    const f = offlineTooltip(chart, 'en')
    expect(render(f([{ seriesName: 'Б', seriesIndex: 1, axisValue: '2026-Q1', color: 'javascript:alert(1)' }])).textContent).toBe('Q1 2026Б: —')
    expect(f([{ seriesName: 'Б', seriesIndex: 1, axisValue: '2026-Q1' }])).toContain('background:#333333')
    expect(render(f({ name: 'constructor', seriesName: 'constructor' })).textContent).toBe('constructorconstructor: —') // the heading, then the row
  })
})
