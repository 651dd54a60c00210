import { describe, expect, it } from 'vitest'
import { echarts } from './echarts'

// Options of each kind the window draws, shaped as Go's builders write them (analytics/charts):
// a trend line with its legend, zoom, title, tooltip and aria; bars with the small-sample decal
// and labels; a heatmap with its piecewise colour key.
const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']
const kinds: Record<string, Record<string, any>> = {
  line: {
    aria: { enabled: true }, title: { text: 'Индекс' }, tooltip: { trigger: 'axis' }, legend: { show: true, top: '24' },
    grid: { left: 60 }, dataZoom: [{ type: 'inside' }, { type: 'slider' }],
    xAxis: [{ type: 'category', data: periods }], yAxis: [{ type: 'value' }],
    series: [
      { type: 'line', name: 'Общо', data: [70, 72, 71, 74], emphasis: { focus: 'series', endLabel: { show: true } } },
      { type: 'line', name: 'band', data: [65, 66, 66, 68], stack: 'b', lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.2 } },
    ],
  },
  bar: {
    aria: { enabled: true, decal: { show: true } }, title: { text: 'Услуги' }, tooltip: {}, grid: {},
    xAxis: [{ type: 'value' }], yAxis: [{ type: 'category', data: ['А', 'Б', 'В'] }],
    series: [{ type: 'bar', name: 'Индекс', label: { show: true, position: 'right' },
      data: [{ value: 81.3 }, { value: 64, itemStyle: { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.7 } } }, { value: 77 }] }],
  },
  heatmap: {
    aria: { enabled: true }, title: { text: 'Отдели' }, tooltip: {}, grid: { left: 200 },
    xAxis: [{ type: 'category', data: ['a', 'b'], position: 'top' }], yAxis: [{ type: 'category', data: ['x', 'y'] }],
    visualMap: [{ type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
      pieces: [{ lt: 50, color: '#d73027' }, { gte: 50, lt: 75, color: '#fee08b' }, { gte: 75, color: '#1a9850' }] }],
    series: [{ type: 'heatmap', data: [[0, 0, 40], [1, 0, 60], [0, 1, 80], [1, 1, 70]], label: { show: true } }],
  },
}

// Components that draw nothing until hovered (the tooltip) are checked by their model.
const components = ['title', 'tooltip', 'legend', 'grid', 'dataZoom', 'visualMap', 'xAxis', 'yAxis']

function svgOf(option: Record<string, any>): string {
  const chart = echarts.init(null as unknown as HTMLElement, undefined, { renderer: 'svg', ssr: true, width: 600, height: 400 })
  chart.setOption({ ...option, animation: false })
  for (const c of components.filter((c) => c in option)) {
    expect((chart as any).getModel().getComponent(c), `${c} is registered`).toBeTruthy()
  }
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg.replace(/zr\d+-[a-z]+-\d+/g, 'zr').replace(/zr\d+-([a-z]+\d+)/g, 'zr-$1') // each instance numbers its classes and ids
}

// Each kind drawn through the window's module matches its drawing by the whole library, kept in
// testdata/ (written once with the whole library: a chart type or component left out of
// echarts.ts draws differently or not at all; an ECharts upgrade rewrites them, vitest -u).
describe('the window draws with only what its charts use', () => {
  for (const [kind, option] of Object.entries(kinds)) {
    it(`draws a ${kind} chart as the whole library does`, async () => {
      const svg = svgOf(option)
      expect(svg.length).toBeGreaterThan(2000) // something is drawn
      await expect(svg).toMatchFileSnapshot(`testdata/${kind}.svg`)
    })
  }
})
