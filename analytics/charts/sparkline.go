package charts

import (
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// Sparkline is a tile's small trend: the municipal total per whole period, straight (a smoothed
// line invents values between periods), no axes, no legend; the tile writes the end value.
func Sparkline(values []methodology.Value, name string) (*Chart, error) {
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithGridOpts(opts.Grid{Left: "2", Right: "6", Top: "4", Bottom: "2"}),
		charts.WithXAxisOpts(opts.XAxis{Show: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{Show: opts.Bool(false), Scale: opts.Bool(true)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithAnimation(false),
	)
	periods, data, points := []string{}, []opts.LineData{}, []Point{} // never null: ECharts walks them
	for _, v := range values {
		if !v.IsTotal() || (!v.Complete && v.Coverage != "") {
			continue // whole periods only: a partial last quarter would read as a fall
		}
		periods = append(periods, v.Period)
		pt := Point{Series: name, Period: v.Period, N: v.N}
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
	line.AddSeries(name, data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 1.5, Color: focusColour}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Color: focusColour, Opacity: opts.Float(0.08)}))
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}
