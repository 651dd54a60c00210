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
	// Indicator: the indicator the value is of, so a drill lists exactly the records its n counts.
	Indicator string   `json:"indicator,omitempty"`
	Low       *float64 `json:"low,omitempty"` // 95% interval
	High      *float64 `json:"high,omitempty"`
	Small     bool     `json:"small,omitempty"`  // below the indicator's minimum n: drawn hatched, not ranked
	Filter    *Filter  `json:"filter,omitempty"` // clicking the point can filter the view by this
	// Partial: the period is not whole (not over, or not covered by the data); Coverage says how
	// much is covered ("1/3" months). Drawn hollow and named in the tooltip.
	Partial  bool   `json:"partial,omitempty"`
	Coverage string `json:"coverage,omitempty"`
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
	// Basis names the date the records are grouped by (an indicator's date_basis), for tooltips.
	Basis string `json:"basis,omitempty"`
	// MostlySmall: most points are small samples, so they are not hatched one by one; the view
	// says it once and suggests a longer period.
	MostlySmall bool `json:"mostlySmall,omitempty"`
}

// Of names the indicators a chart draws and returns it.
func (c *Chart) Of(ids ...string) *Chart {
	if c != nil {
		c.Indicators = ids
	}
	return c
}

// By names the date basis of what the chart draws and returns it.
func (c *Chart) By(basis string) *Chart {
	if c != nil {
		c.Basis = basis
	}
	return c
}

// Labels are the few words a chart needs, in the UI language.
type Labels struct {
	Title, Total, ValueAxis string
	Kind                    string // record kind for drill-down
	Static                  bool   // for print: no zoom slider
	// Highlight is the department (name) drawn in colour against the others in grey; "" draws
	// every department in its own colour (for a few lines, as in the department view).
	Highlight string
}

// TrendLine draws one indicator per period: a line per department and the municipal total dashed,
// named at their ends instead of a legend. With a highlight, one department is in colour and
// the others grey; the municipal total is always drawn and named.
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

	// go-echarts appends grids, so the layout is chosen once; the right margin holds the line names.
	grid := opts.Grid{Left: "50", Right: "190", Top: "50", Bottom: "60"}
	if l.Static {
		grid = opts.Grid{Left: "40", Right: "150", Top: "30", Bottom: "30"}
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: l.Title, Left: "center"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(grid),
		charts.WithYAxisOpts(opts.YAxis{Name: l.ValueAxis, Type: "value", Min: 0, Max: 100}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	if !l.Static && len(periods) > 16 {
		line.SetGlobalOptions(charts.WithDataZoomOpts(opts.DataZoom{Type: "inside"}, opts.DataZoom{Type: "slider"}))
	}
	line.SetXAxis(periods)
	var points []Point
	small := map[cell]bool{}
	hollow := map[cell]bool{}
	drawn := 0
	var looks []look
	seriesIndex := 0
	addSeries := func(name string, lk look) {
		data := make([]opts.LineData, len(periods))
		for i, p := range periods {
			v, ok := byDept[name][p]
			pt := Point{Series: name, Period: p, Code: codes[name], Kind: l.Kind}
			if ok && v.Value != nil {
				pt.Indicator = v.Indicator
				x := round1(*v.Value)
				data[i] = opts.LineData{Value: x}
				pt.Value, pt.N = &x, v.N
				pt.Low, pt.High = interval(v.CILow, v.CIHigh)
				pt.Partial, pt.Coverage = !v.Complete && v.Coverage != "", v.Coverage
				drawn++
				if v.SmallSample {
					pt.Small = true
					small[cell{seriesIndex, i}] = true
				}
				if pt.Partial {
					hollow[cell{seriesIndex, i}] = true
				}
			} else {
				data[i] = opts.LineData{Value: "-"} // ECharts' marker for a gap
				if ok {
					pt.N = v.N
				}
			}
			points = append(points, pt)
		}
		style := opts.LineStyle{Width: lk.width, Color: lk.colour}
		if lk.dashed {
			style.Type = "dashed"
		}
		size := 5
		if !lk.label {
			size = 3 // small points on the grey lines: still there to hover and click
		}
		line.AddSeries(name, data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true), SymbolSize: size}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: lk.colour}), charts.WithLineStyleOpts(style))
		looks = append(looks, lk)
		seriesIndex++
	}
	for i, d := range deptOrder {
		lk := look{colour: palette[i%len(palette)], width: 2, label: true, z: 2}
		if l.Highlight != "" {
			lk = look{colour: otherColour, width: 1.2, z: 1}
			if d == l.Highlight {
				lk = look{colour: focusColour, width: 3, label: true, z: 4}
			}
		}
		addSeries(d, lk)
	}
	if _, ok := byDept[l.Total]; ok {
		addSeries(l.Total, look{colour: totalColour, width: 2.5, dashed: true, label: true, z: 3})
	}
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err != nil {
		return nil, err
	}
	mostlySmall := drawn > 0 && float64(len(small)) >= smallMajority*float64(drawn)
	if mostlySmall {
		small = nil
	}
	if raw, err = lineFinish(raw, looks, hollow); err == nil {
		raw, err = hatch(raw, small, true)
	}
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points, MostlySmall: mostlySmall}, nil
}

// look is how one line is drawn.
type look struct {
	colour string
	width  float32
	dashed bool
	label  bool // named at its end
	z      int
}

// lineFinish adds what go-echarts' line options lack: the series' name at its end (instead of a
// legend), drawing order, and hollow points for partial periods.
func lineFinish(raw []byte, looks []look, hollow map[cell]bool) ([]byte, error) {
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		return nil, err
	}
	opt["color"] = palette
	series, _ := opt["series"].([]any)
	for si, s := range series {
		sm, _ := s.(map[string]any)
		if si >= len(looks) {
			continue
		}
		lk := looks[si]
		sm["z"] = lk.z
		sm["endLabel"] = map[string]any{"show": lk.label, "formatter": "{a}", "color": lk.colour, "fontSize": 12, "width": 170, "overflow": "truncate"}
		sm["labelLayout"] = map[string]any{"moveOverlap": "shiftY"}
		sm["emphasis"] = map[string]any{"focus": "series", "endLabel": map[string]any{"show": true}}
		sm["triggerLineEvent"] = true // a click on the line, not only on a point, picks the department
		data, _ := sm["data"].([]any)
		for di, d := range data {
			if !hollow[cell{si, di}] {
				continue
			}
			item, ok := d.(map[string]any)
			if !ok {
				item = map[string]any{"value": d}
			}
			item["symbol"], item["symbolSize"] = "emptyCircle", 8
			data[di] = item
		}
	}
	return json.Marshal(opt)
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}
