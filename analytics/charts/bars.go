package charts

import (
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// BarSeries is one group of bars: a value and its sample size per category.
type BarSeries struct {
	Name   string
	Values []*float64
	N      []int64
	Small  []bool // small samples get a decal pattern, so they read as different without colour
}

// Bars draws categories (services, drivers, groups…) with one bar per series.
func Bars(title string, categories []string, series []BarSeries, horizontal bool) (*Chart, error) {
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title, Left: "center", TitleStyle: &opts.TextStyle{FontSize: 14}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(series) > 1), Top: "24"}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
	)
	if horizontal {
		bar.SetGlobalOptions(
			charts.WithGridOpts(opts.Grid{Left: "260", Right: "40", Top: "55", Bottom: "30"}),
			charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: categories, Inverse: opts.Bool(true)}),
			charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
		)
		bar.XYReversal()
	} else {
		bar.SetGlobalOptions(charts.WithGridOpts(opts.Grid{Left: "50", Right: "20", Top: "60", Bottom: "60"}))
	}
	bar.SetXAxis(categories)
	labelAt := "top"
	if horizontal {
		labelAt = "right"
	}
	var points []Point
	for _, s := range series {
		data := make([]opts.BarData, len(categories))
		for i := range categories {
			pt := Point{Series: s.Name, Period: categories[i]}
			if i < len(s.Values) && s.Values[i] != nil {
				x := round1(*s.Values[i])
				data[i] = opts.BarData{Value: x}
				pt.Value = &x
			} else {
				data[i] = opts.BarData{Value: "-"}
			}
			if i < len(s.N) {
				pt.N = s.N[i]
			}
			if i < len(s.Small) && s.Small[i] {
				data[i].ItemStyle = &opts.ItemStyle{Opacity: opts.Float(0.45)}
			}
			points = append(points, pt)
		}
		bar.AddSeries(s.Name, data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: labelAt, FontSize: 10}))
	}
	bar.Validate()
	raw, err := json.Marshal(bar.JSON())
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}
