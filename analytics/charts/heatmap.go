package charts

import (
	"encoding/json"
	"math"
	"sort"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// HeatmapColumn is one indicator of the heatmap and the theme it belongs to.
type HeatmapColumn struct {
	ID, Theme string
}

// KeyHeatmapColumns are the about ten indicators the comparison shows, grouped by theme.
var KeyHeatmapColumns = []HeatmapColumn{
	{"SAT_IDX", "satisfaction"}, {"NPS", "satisfaction"},
	{"SVC_ONTIME", "deadlines"}, {"SVC_TTR", "deadlines"}, {"SPC_ONTIME", "deadlines"},
	{"WAIT_OK", "service"}, {"DIG_UPTAKE", "service"}, {"MS_SCORE", "service"},
	{"SPC_UPHELD", "complaints"}, {"CARD_NEG", "complaints"},
}

// HeatmapLabels are the words of the departments × indicators heatmap, in the UI language.
type HeatmapLabels struct {
	Title, Small string
	// TotalRow names the top row, the municipal values the cells below differ from.
	TotalRow string
	// Scale names the colour steps, from much better to much worse.
	Scale  [5]string
	Lang   string
	Names  map[string]string // indicator id → name
	Themes map[string]string // theme → name
}

// Cell colours: blue better, orange worse (a diverging scale colour-blind readers can separate),
// light grey for a small sample, which is shown but not compared.
// The small-sample piece comes first: pieces are matched in order.
var heatPieces = []map[string]any{
	{"value": smallCell, "color": "#e0e0e0"},
	{"value": totalCell, "color": "#ffffff"},
	{"min": 1.5, "max": 3, "color": "#2166ac"}, {"min": 0.5, "max": 1.5, "color": "#92c5de"},
	{"min": -0.5, "max": 0.5, "color": "#f7f7f7"}, {"min": -1.5, "max": -0.5, "color": "#fdb863"},
	{"min": -3, "max": -1.5, "color": "#e66101"},
}

// smallCell marks a small-sample cell's score; totalCell the municipal row's.
const (
	smallCell = 99
	totalCell = 98
)

// tolerance is how large a difference from the municipal value counts as one step of the scale:
// five points for shares and indices, ten for NPS (−100…100), a fifth of the municipal value else.
func tolerance(unit string, total float64) float64 {
	switch unit {
	case "share", "index":
		return 5
	case "score":
		return 10
	}
	return math.Max(math.Abs(total)*0.2, 1e-9)
}

// DepartmentHeatmap shows each department against the municipal value of each column's indicator:
// the cell writes the difference in the indicator's unit (п.п. for shares) and is coloured by how
// much better or worse that is, by the indicator's direction. Columns are grouped by theme and
// name their unit and the municipal value. Rows are departments, first on top.
func DepartmentHeatmap(values []methodology.Value, cat *methodology.Catalog, cols []HeatmapColumn, l HeatmapLabels) (*Chart, int, error) {
	total := map[string]methodology.Value{}
	deptSet := map[string]bool{}
	for _, v := range values {
		if v.IsTotal() && v.Value != nil {
			total[v.Indicator] = v
		} else if v.Department != nil {
			deptSet[*v.Department] = true
		}
	}
	var shown []HeatmapColumn
	for _, c := range cols {
		if _, ok := cat.Get(c.ID); ok {
			if _, has := total[c.ID]; has {
				shown = append(shown, c)
			}
		}
	}
	var depts []string
	for d := range deptSet {
		depts = append(depts, d)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(depts))) // the first department on top
	xi, yi := map[string]int{}, map[string]int{}
	xNames := make([]string, len(shown))
	theme := ""
	for i, c := range shown {
		xi[c.ID] = i
		name := l.Names[c.ID]
		if name == "" {
			name = c.ID
		}
		head := ""
		if c.Theme != theme {
			head = "{t|" + l.Themes[c.Theme] + "}\n"
			theme = c.Theme
		}
		xNames[i] = head + name
	}
	for i, d := range depts {
		yi[d] = i
	}
	var data []opts.HeatMapData
	var points []Point
	strong := map[int]bool{}
	// The municipal values on a row of their own, on top: in the columns' headers, beside a
	// dozen indicators' names, they ran into each other at 1366 px.
	top := len(depts)
	for _, c := range shown {
		t := total[c.ID]
		ind, _ := cat.Get(c.ID)
		key := l.TotalRow + "\x1f" + l.Names[c.ID]
		data = append(data, opts.HeatMapData{Name: key, Value: []any{xi[c.ID], top, totalCell, format.Value(t.Value, ind.Unit, l.Lang)}})
		val := round1(*t.Value)
		points = append(points, Point{Series: l.TotalRow, Period: l.Names[c.ID], Value: &val, N: t.N, Key: key,
			Kind: RecordKindOf(ind.Source), Indicator: ind.ID, Small: t.SmallSample, Low: t.CILow, High: t.CIHigh})
	}
	for _, v := range values {
		if v.Department == nil || v.Value == nil {
			continue
		}
		x, inX := xi[v.Indicator]
		if !inX {
			continue
		}
		ind, _ := cat.Get(v.Indicator)
		t := *total[v.Indicator].Value
		diff := *v.Value - t
		score := diff / tolerance(ind.Unit, t)
		if ind.Direction == "lower" {
			score = -score
		}
		score = math.Max(-3, math.Min(3, round3(score)))
		text := format.Change(&diff, ind.Unit, l.Lang)
		if v.SmallSample {
			score, text = smallCell, text+" *"
		}
		if math.Abs(score) >= 1.5 && score != smallCell {
			strong[len(data)] = true
		}
		key := *v.Department + "\x1f" + l.Names[v.Indicator]
		data = append(data, opts.HeatMapData{Name: key, Value: []any{x, yi[*v.Department], score, text}})
		val := round1(*v.Value)
		points = append(points, Point{Series: *v.Department, Period: l.Names[v.Indicator], Value: &val, N: v.N, Key: key,
			Code: *v.DepartmentCode, Kind: RecordKindOf(ind.Source), Indicator: ind.ID, Small: v.SmallSample, Low: v.CILow, High: v.CIHigh})
	}
	if len(data) == len(shown) {
		return nil, len(depts), nil // nothing to compare: no chart of empty axes
	}
	depts = append(depts, l.TotalRow)
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: l.Title, Left: "center", Show: opts.Bool(l.Title != "")}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xNames, Position: "top", SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Interval: "0", FontSize: 10}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: depts, SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Width: 190, Overflow: "truncate"}}),
		charts.WithGridOpts(opts.Grid{Left: "200", Right: "10", Top: "150", Bottom: "50"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	hm.AddSeries("heatmap", data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Formatter: "{@[3]}", FontSize: 12}))
	hm.Validate()
	raw, err := json.Marshal(hm.JSON())
	if err == nil {
		raw, err = heatmapFinish(raw, strong, l)
	}
	if err != nil {
		return nil, 0, err
	}
	return &Chart{Option: raw, Points: points}, len(depts), nil // the rows, the municipality's among them
}

// heatmapFinish adds what go-echarts lacks: the piecewise colour scale with its words, the
// column headers' rich text (theme, unit) and white text on the strong colours.
func heatmapFinish(raw []byte, strong map[int]bool, l HeatmapLabels) ([]byte, error) {
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		return nil, err
	}
	pieces := make([]any, len(heatPieces))
	words := []string{l.Small, l.TotalRow, l.Scale[0], l.Scale[1], l.Scale[2], l.Scale[3], l.Scale[4]}
	for i, p := range heatPieces {
		q := map[string]any{}
		for k, v := range p {
			q[k] = v
		}
		q["label"] = words[i]
		pieces[i] = q
	}
	opt["visualMap"] = []any{map[string]any{"type": "piecewise", "dimension": 2, "pieces": pieces, "orient": "horizontal",
		"left": "center", "bottom": 0, "itemWidth": 22, "itemGap": 2, "textGap": 6}}
	if xs, ok := opt["xAxis"].([]any); ok && len(xs) > 0 {
		if ax, ok := xs[0].(map[string]any); ok {
			label, _ := ax["axisLabel"].(map[string]any)
			label["rich"] = map[string]any{"t": map[string]any{"fontWeight": "bold", "fontSize": 8, "color": "#555", "lineHeight": 14}}
			label["width"], label["overflow"], label["lineHeight"] = 98, "break", 13
			// ECharts drops the first and last names when it finds them touching their neighbours
			// (the window lost two columns' headers at 1400 px): every column is named
			label["showMinLabel"], label["showMaxLabel"] = true, true
		}
	}
	if series, ok := opt["series"].([]any); ok && len(series) > 0 {
		sm, _ := series[0].(map[string]any)
		data, _ := sm["data"].([]any)
		for i := range data {
			if !strong[i] {
				continue
			}
			item, _ := data[i].(map[string]any)
			item["label"] = map[string]any{"color": "#fff"}
		}
	}
	return json.Marshal(opt)
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
