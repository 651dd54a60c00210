package charts

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// HeatmapLabels are the words of the departments × indicators heatmap.
type HeatmapLabels struct {
	Title, Better, Worse string
	Names                map[string]string // indicator id → name in the UI language
	Decimal              string            // "," or "."
}

// DepartmentHeatmap shows each department against the municipal value of each indicator: green
// better, red worse (by the indicator's direction), the value written in the cell. Small samples
// are drawn neutral and starred: they are shown, but not compared.
func DepartmentHeatmap(values []methodology.Value, cat *methodology.Catalog, l HeatmapLabels) (*Chart, error) {
	total := map[string]float64{}
	var inds []string
	deptSet := map[string]bool{}
	for _, v := range values {
		if v.IsTotal() && v.Value != nil {
			if _, seen := total[v.Indicator]; !seen {
				inds = append(inds, v.Indicator)
			}
			total[v.Indicator] = *v.Value
		} else if v.Department != nil {
			deptSet[*v.Department] = true
		}
	}
	var depts []string
	for d := range deptSet {
		depts = append(depts, d)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(depts))) // the first department on top
	xi, yi := map[string]int{}, map[string]int{}
	xNames := make([]string, len(inds))
	for i, id := range inds {
		xi[id] = i
		xNames[i] = id
		if n, ok := l.Names[id]; ok {
			xNames[i] = n
		}
	}
	for i, d := range depts {
		yi[d] = i
	}
	var data []opts.HeatMapData
	var points []Point
	for _, v := range values {
		if v.Department == nil || v.Value == nil {
			continue
		}
		ind, ok := cat.Get(v.Indicator)
		t, hasTotal := total[v.Indicator]
		x, inX := xi[v.Indicator]
		if !ok || !hasTotal || !inX {
			continue
		}
		score := 0.0
		if t != 0 && ind.Direction != "none" {
			score = (*v.Value - t) / math.Abs(t)
			if ind.Direction == "lower" {
				score = -score
			}
			score = math.Max(-0.5, math.Min(0.5, score))
		}
		text := strconv.FormatFloat(round1(*v.Value), 'f', 1, 64)
		if l.Decimal == "," {
			text = commaDecimal(text)
		}
		key := *v.Department + "\x1f" + xNames[x]
		item := opts.HeatMapData{Name: key, Value: []any{x, yi[*v.Department], round3(score), text}}
		if v.SmallSample {
			item.Value = []any{x, yi[*v.Department], 0, text + "*"}
		}
		data = append(data, item)
		val := round1(*v.Value)
		points = append(points, Point{Series: *v.Department, Period: xNames[x], Value: &val, N: v.N, Key: key,
			Code: *v.DepartmentCode, Kind: RecordKindOf(ind.Source)})
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: l.Title, Left: "center"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xNames, SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Rotate: 30, Interval: "0"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: depts, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithGridOpts(opts.Grid{Left: "270", Right: "30", Top: "50", Bottom: "160"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: -0.5, Max: 0.5, Calculable: opts.Bool(false), Dimension: "2",
			Orient: "horizontal", Left: "center", Bottom: "0", Text: []string{l.Better, l.Worse},
			InRange: &opts.VisualMapInRange{Color: []string{"#d7301f", "#fdf3d0", "#1a9850"}}}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	hm.AddSeries("heatmap", data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{@[3]}", FontSize: 11}))
	hm.Validate()
	raw, err := json.Marshal(hm.JSON())
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func commaDecimal(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '.' {
			b[i] = ','
		}
	}
	return string(b)
}
