package charts

import (
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// Sparkline is a tile's small trend: the municipal total per period, no axes, no legend.
func Sparkline(values []methodology.Value) (*Chart, error) {
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithGridOpts(opts.Grid{Left: "2", Right: "2", Top: "4", Bottom: "2"}),
		charts.WithXAxisOpts(opts.XAxis{Show: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{Show: opts.Bool(false), Scale: opts.Bool(true)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithAnimation(false),
	)
	var periods []string
	var data []opts.LineData
	var points []Point
	for _, v := range values {
		if !v.IsTotal() {
			continue
		}
		periods = append(periods, v.Period)
		pt := Point{Series: "total", Period: v.Period, N: v.N}
		if v.Value != nil {
			x := round1(*v.Value)
			pt.Value = &x
			data = append(data, opts.LineData{Value: x})
		} else {
			data = append(data, opts.LineData{Value: "-"})
		}
		points = append(points, pt)
	}
	line.SetXAxis(periods)
	line.AddSeries("total", data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false), Smooth: opts.Bool(true)}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.15)}))
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}
