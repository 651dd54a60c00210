import { describe, expect, it } from 'vitest'
import { tooltipFormatter } from './safeTooltip'
import { escapeHtml, seriesColorsOf } from './tooltipHtml'

describe('tooltips from hostile data', () => {
  it('escapes markup in names', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;')
  })

  it('renders a series named like an XSS payload as text, with value and n', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const f = tooltipFormatter([{ series: evil, period: '2026-03', value: 1234.56, n: 42 }], 'bg', 'n = ')
    const html = f([{ seriesName: evil, axisValue: '2026-03', color: 'javascript:alert(1)' }])
    const host = document.createElement('div')
    host.innerHTML = html
    expect(host.querySelector('img')).toBeNull()
    expect(host.textContent).toContain(evil)
    expect(host.textContent).toContain('1\u00A0234,6')
    expect(host.textContent).toContain('n = 42')
    expect(html).not.toContain('javascript:')
    expect(host.textContent).toContain('март 2026')
  })
})

describe('heatmap tooltips', () => {
  it('finds the cell by its data name and escapes both labels', () => {
    const f = tooltipFormatter([{ series: '<b>Отдел</b>', period: 'Индекс & др.', value: 75.25, n: 30, key: 'k1' }], 'bg', 'n = ')
    const host = document.createElement('div')
    host.innerHTML = f({ name: 'k1', seriesName: 'heatmap' })
    expect(host.querySelector('b b')).toBeNull()
    expect(host.textContent).toContain('<b>Отдел</b>')
    expect(host.textContent).toContain('Индекс & др.: 75,3')
    expect(host.textContent).toContain('n = 30')
  })
})

describe('intervals and small samples', () => {
  it('shows the 95% interval in bg-BG numbers and marks a small sample', () => {
    const f = tooltipFormatter([{ series: 'А', period: '2026-03', value: 70, n: 4, low: 61.04, high: 78.96, small: true }], 'bg', 'n = ',
      { ci: '95% интервал', small: 'малка извадка' })
    const host = document.createElement('div')
    host.innerHTML = f([{ seriesName: 'А', axisValue: '2026-03', color: '#123456' }])
    expect(host.textContent).toContain('n = 4; 95% интервал 61,0–79,0')
    expect(host.querySelector('i')?.textContent).toBe('малка извадка')
  })
})

describe('swatches of hatched points', () => {
  it('take the series colour, not the white fill of a hatched point', () => {
    const option = { color: ['#111111', '#222222'], series: [{ name: 'А' }, { name: 'Б', lineStyle: { color: '#333333' } }] }
    expect(seriesColorsOf(option)).toEqual(['#111111', '#333333'])
    const f = tooltipFormatter([{ series: 'А', period: '2026-03', value: 1, n: 1, small: true }], 'bg', 'n = ', undefined, seriesColorsOf(option))
    const html = f([{ seriesName: 'А', seriesIndex: 0, axisValue: '2026-03', color: '#fff' }])
    expect(html).toContain('background:#111111')
  })
})
