// The window's ECharts: only the chart types and components its charts use (Go's option builders
// in analytics/charts and the export's SVG), so the page's script carries and parses about half
// of the library before the first paint. A chart type or component added in Go is registered here
// (echarts.test.ts draws each kind through this module and fails on one left out).
import * as echarts from 'echarts/core'
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
  AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

echarts.use([
  BarChart, HeatmapChart, LineChart,
  AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer, SVGRenderer,
])

export { echarts }
