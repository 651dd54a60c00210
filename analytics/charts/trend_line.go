// Package charts turns computed indicator values into ECharts options (JSON) with go-echarts.
// Options carry no JavaScript functions: the frontend adds behaviour (safe tooltips) in one place.
package charts

import (
	"encoding/json"
	"sort"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// Point is one drawn value with its sample size, so tooltips and tests can read what was drawn.
type Point struct {
	Series string   `json:"series"`
	Period string   `json:"period"`
	Value  *float64 `json:"value"`
	N      int64    `json:"n"`
	Key    string   `json:"key,omitempty"`  // the data item's name, for charts without a category axis value (heatmap)
	Code   string   `json:"code,omitempty"` // the department's code, for drill-down
	Kind   string   `json:"kind,omitempty"` // the record kind behind the point (survey, requests, signals, cards)
	Low    *float64 `json:"low,omitempty"`  // 95% interval
	High   *float64 `json:"high,omitempty"`
	Small  bool     `json:"small,omitempty"`  // below the indicator's minimum n: drawn hatched, not ranked
	Filter *Filter  `json:"filter,omitempty"` // clicking the point can filter the view by this
}

// Filter is a value of a global filter dimension (channel, group, method) a chart element stands for.
type Filter struct {
	Dim   string `json:"dim"`
	Value string `json:"value"`
}

// interval rounds a value's interval for display.
func interval(lo, hi *float64) (*float64, *float64) {
	if lo == nil || hi == nil {
		return nil, nil
	}
	l, h := round1(*lo), round1(*hi)
	return &l, &h
}

// RecordKindOf names the records an indicator is computed from, for drill-down ("" = none to list).
func RecordKindOf(source string) string {
	switch source {
	case "v_survey_ratings", "v_survey_responses":
		return "survey"
	case "v_service_requests":
		return "requests"
	case "v_signals":
		return "signals"
	case "v_feedback_cards":
		return "cards"
	}
	return ""
}

// Chart is a ready-to-render ECharts option plus the points behind it.
type Chart struct {
	Option json.RawMessage `json:"option"`
	Points []Point         `json:"points"`
	// Indicators are the catalogue indicators drawn, for the definitions an export carries.
	Indicators []string `json:"indicators,omitempty"`
}

// Of names the indicators a chart draws and returns it.
func (c *Chart) Of(ids ...string) *Chart {
	if c != nil {
		c.Indicators = ids
	}
	return c
}

// Labels are the few words a chart needs, in the UI language.
type Labels struct {
	Title, Total, ValueAxis string
	Kind                    string // record kind for drill-down
	Static                  bool   // for print: no zoom slider
}

// TrendLine draws one indicator per period: a line per department and the municipal total dashed.
func TrendLine(values []methodology.Value, l Labels) (*Chart, error) {
	periodSet := map[string]bool{}
	byDept := map[string]map[string]methodology.Value{}
	codes := map[string]string{}
	var deptOrder []string
	for _, v := range values {
		periodSet[v.Period] = true
		name := l.Total
		if v.Department != nil {
			name = *v.Department
			if v.DepartmentCode != nil {
				codes[name] = *v.DepartmentCode
			}
		}
		if byDept[name] == nil {
			byDept[name] = map[string]methodology.Value{}
			if v.Department != nil {
				deptOrder = append(deptOrder, name)
			}
		}
		byDept[name][v.Period] = v
	}
	periods := make([]string, 0, len(periodSet))
	for p := range periodSet {
		periods = append(periods, p)
	}
	sort.Strings(periods)
	sort.Strings(deptOrder)

	// go-echarts appends grids, so the layout is chosen once.
	grid := opts.Grid{Left: "50", Right: "30", Top: "95", Bottom: "60"}
	if l.Static {
		grid = opts.Grid{Left: "40", Right: "20", Top: "80", Bottom: "30"}
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: l.Title, Left: "center"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "30"}),
		charts.WithGridOpts(grid),
		charts.WithYAxisOpts(opts.YAxis{Name: l.ValueAxis, Type: "value", Min: 0, Max: 100}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	if !l.Static {
		line.SetGlobalOptions(charts.WithDataZoomOpts(opts.DataZoom{Type: "inside"}, opts.DataZoom{Type: "slider"}))
	}
	line.SetXAxis(periods)
	var points []Point
	small := map[cell]bool{}
	seriesIndex := 0
	addSeries := func(name string, dashed bool) {
		data := make([]opts.LineData, len(periods))
		for i, p := range periods {
			v, ok := byDept[name][p]
			pt := Point{Series: name, Period: p, Code: codes[name], Kind: l.Kind}
			if ok && v.Value != nil {
				x := round1(*v.Value)
				data[i] = opts.LineData{Value: x}
				pt.Value, pt.N = &x, v.N
				pt.Low, pt.High = interval(v.CILow, v.CIHigh)
				if v.SmallSample {
					pt.Small = true
					small[cell{seriesIndex, i}] = true
				}
			} else {
				data[i] = opts.LineData{Value: "-"} // ECharts' marker for a gap
				if ok {
					pt.N = v.N
				}
			}
			points = append(points, pt)
		}
		style := opts.LineStyle{Width: 2}
		seriesOpts := []charts.SeriesOpts{charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true), SymbolSize: 5})}
		if dashed {
			style = opts.LineStyle{Width: 3, Type: "dashed", Color: "#333"}
			seriesOpts = append(seriesOpts, charts.WithItemStyleOpts(opts.ItemStyle{Color: "#333"}))
		}
		line.AddSeries(name, data, append(seriesOpts, charts.WithLineStyleOpts(style))...)
		seriesIndex++
	}
	for _, d := range deptOrder {
		addSeries(d, false)
	}
	if _, ok := byDept[l.Total]; ok {
		addSeries(l.Total, true)
	}
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err == nil {
		raw, err = hatch(raw, small, true)
	}
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}
