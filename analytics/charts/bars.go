package charts

import (
	"encoding/json"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// BarSeries is one group of bars: a value and its sample size per category.
type BarSeries struct {
	Name   string
	Values []*float64
	N      []int64
	Small  []bool // small samples are drawn hatched, so they read as different without colour
	Low    []*float64
	High   []*float64
	Filter []*Filter // per category: what clicking the bar filters by (nil = nothing)
}

// Bars draws categories (services, drivers, groups…) with one bar per series, on the unit's whole
// scale (0–100 for shares and indices), so bars of one department compare with another's.
func Bars(title string, categories []string, series []BarSeries, horizontal bool, unit string) (*Chart, error) {
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title, Left: "center", TitleStyle: &opts.TextStyle{FontSize: 14}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(series) > 1), Top: "24"}),
		// Decals stay on (item decals need them) but are off for every series: only the small-sample
		// bars carry one (hatch), so that hatching means something.
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
	)
	if horizontal {
		bar.SetGlobalOptions(
			charts.WithGridOpts(opts.Grid{Left: "260", Right: "40", Top: "55", Bottom: "30"}),
			charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: categories, Inverse: opts.Bool(true),
				AxisLabel: &opts.AxisLabel{Width: 250, Overflow: "truncate"}}),
			charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: scaleMax(unit)}),
		)
		bar.XYReversal()
	} else {
		bar.SetGlobalOptions(charts.WithGridOpts(opts.Grid{Left: "50", Right: "20", Top: "60", Bottom: "60"}),
			charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 0, Max: scaleMax(unit)}))
	}
	bar.SetXAxis(categories)
	labelAt := "top"
	if horizontal {
		labelAt = "right"
	}
	var points []Point
	small := map[cell]bool{}
	for si, s := range series {
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
				small[cell{si, i}], pt.Small = true, true
			}
			if i < len(s.Low) && i < len(s.High) {
				pt.Low, pt.High = interval(s.Low[i], s.High[i])
			}
			if i < len(s.Filter) {
				pt.Filter = s.Filter[i]
			}
			points = append(points, pt)
		}
		bar.AddSeries(s.Name, data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: labelAt, FontSize: 10}))
	}
	bar.Validate()
	raw, err := json.Marshal(bar.JSON())
	if err == nil {
		raw, err = plainSeries(raw)
	}
	if err == nil {
		raw, err = hatch(raw, small, false)
	}
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}

// Add appends one category's value (nil = no data), with its n, interval, small-sample mark and
// the filter a click on it applies.
func (s *BarSeries) Add(v *methodology.Value, f *Filter) {
	s.Filter = append(s.Filter, f)
	if v == nil {
		s.Values, s.N, s.Small, s.Low, s.High = append(s.Values, nil), append(s.N, 0), append(s.Small, false), append(s.Low, nil), append(s.High, nil)
		return
	}
	s.Values, s.N, s.Small = append(s.Values, v.Value), append(s.N, v.N), append(s.Small, v.SmallSample)
	s.Low, s.High = append(s.Low, v.CILow), append(s.High, v.CIHigh)
}

// scaleMax is 100 for shares and indices; nil lets the axis fit any other unit (from zero).
func scaleMax(unit string) any {
	if unit == "share" || unit == "index" {
		return 100
	}
	return nil
}

// plainSeries turns the accessibility decal off for whole series and gives them the palette's
// colours (the hatch decal then marks only small samples).
func plainSeries(raw []byte) ([]byte, error) {
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		return nil, err
	}
	opt["color"] = palette
	if series, ok := opt["series"].([]any); ok {
		for _, s := range series {
			sm, _ := s.(map[string]any)
			style, _ := sm["itemStyle"].(map[string]any)
			if style == nil {
				style = map[string]any{}
			}
			style["decal"] = map[string]any{"symbol": "none"}
			sm["itemStyle"] = style
		}
	}
	return json.Marshal(opt)
}
