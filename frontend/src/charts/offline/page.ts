// The script of an exported page (built into analytics/export/assets/offline.js by
// vite.offline.config.ts): draws the page's charts with the ECharts inlined before it, with the
// window's numbers, periods, colours and tooltips. Go writes the options as plain JSON; the
// functions (formatters) are added here.
import type * as ECharts from 'echarts'
import type { Lang } from '../../format'
import { localeBG } from '../localeBG'
import { localised } from '../localised'
import { offlineTooltip, type OfflineChart } from './tooltip'

// The page's own ECharts (a <script> before this one), never bundled here.
declare const echarts: typeof ECharts

const data: { charts: OfflineChart[]; lang: string } = JSON.parse(document.getElementById('otzvuk-data')?.textContent ?? '{"charts":[]}')
const lang: Lang = data.lang === 'en' ? 'en' : 'bg'
if (lang === 'bg') echarts.registerLocale('BG', localeBG)

const all: ECharts.ECharts[] = []
// Printing changes the width: redraw at the printed size.
const resizeAll = () => all.forEach((c) => c.resize())
window.addEventListener('resize', resizeAll)
window.addEventListener('beforeprint', resizeAll)
window.matchMedia?.('print').addEventListener('change', resizeAll)

// Tests and screenshots wait for data-rendered on each chart and data-charts-rendered on the page.
let drawn = 0
for (const c of data.charts) {
  const el = document.getElementById(c.id)
  if (!el) continue
  const chart = echarts.init(el, null, { renderer: 'svg', locale: lang === 'bg' ? 'BG' : 'EN' })
  const option = localised({ ...c.option, animation: false }, lang)
  // confine: a page's chart is narrower than the tooltip's row of text; unconfined, a tooltip flipped
  // to the pointer's left ran off the page's left edge.
  option.tooltip = { confine: true, ...(option.tooltip ?? {}), formatter: offlineTooltip(c, lang) }
  chart.on('finished', () => {
    if (el.dataset.rendered === 'true') return
    el.dataset.rendered = 'true'
    if (++drawn === data.charts.length) document.documentElement.dataset.chartsRendered = 'true'
  })
  chart.setOption(option)
  all.push(chart)
}
if (data.charts.length === 0) document.documentElement.dataset.chartsRendered = 'true'
