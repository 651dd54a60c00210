package charts

import (
	"encoding/json"
	"fmt"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// ShortMonths are the month names on a year's axis, in Bulgarian or English.
func ShortMonths(lang string) [12]string {
	return format.Pick(lang,
		[12]string{"яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"},
		[12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})
}

// YearLabels are the words of the year-over-year chart.
type YearLabels struct {
	Title, ValueAxis string
	Months           [12]string
	Small            bool // a small multiple: a smaller title, no legend, tight grid
	// Unit is the indicator's: shares and indices are drawn on their whole 0–100 scale, so that
	// three points of noise do not look like a fall (and small multiples share one range).
	Unit string
}

// YearOverlay draws the municipal total month by month for one year, with the year before dashed,
// each with its 95 % band (shaded), on the unit's whole scale.
func YearOverlay(values []methodology.Value, year int, l YearLabels) (*Chart, error) {
	months := l.Months[:]
	byPeriod := map[string]methodology.Value{}
	for _, v := range values {
		if v.IsTotal() {
			byPeriod[v.Period] = v
		}
	}
	// go-echarts appends grids, so the layout is chosen once: full size, or a small multiple.
	grid := opts.Grid{Left: "50", Right: "30", Top: "80", Bottom: "40"}
	title := opts.Title{Title: l.Title, Left: "center"}
	legend := opts.Legend{Show: opts.Bool(true), Top: "30"}
	if l.Small {
		grid = opts.Grid{Left: "34", Right: "8", Top: "28", Bottom: "22"}
		title.TitleStyle = &opts.TextStyle{FontSize: 12}
		legend.Show = opts.Bool(false)
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(title),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(legend),
		charts.WithGridOpts(grid),
		charts.WithYAxisOpts(yAxisFor(l.Unit, l.ValueAxis)),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	line.SetXAxis(months)
	var points []Point
	type band struct{ low, high []opts.LineData }
	var bands []band
	for _, y := range []int{year - 1, year} {
		name := fmt.Sprint(y)
		data := make([]opts.LineData, 12)
		b := band{make([]opts.LineData, 12), make([]opts.LineData, 12)}
		for m := 1; m <= 12; m++ {
			period := fmt.Sprintf("%04d-%02d", y, m)
			pt := Point{Series: name, Period: months[m-1]}
			b.low[m-1], b.high[m-1] = opts.LineData{Value: "-"}, opts.LineData{Value: "-"}
			if v, ok := byPeriod[period]; ok && v.Value != nil {
				x := round1(*v.Value)
				data[m-1] = opts.LineData{Value: x}
				pt.Value, pt.N = &x, v.N
				pt.Low, pt.High = interval(v.CILow, v.CIHigh)
				pt.Partial, pt.Coverage = !v.Complete && v.Coverage != "", v.Coverage
				if pt.Low != nil {
					b.low[m-1], b.high[m-1] = opts.LineData{Value: *pt.Low}, opts.LineData{Value: round1(*pt.High - *pt.Low)}
				}
			} else {
				data[m-1] = opts.LineData{Value: "-"}
			}
			points = append(points, pt)
		}
		style := opts.LineStyle{Width: 3, Color: focusColour}
		if y < year {
			style = opts.LineStyle{Width: 2, Type: "dashed", Color: "#777"}
		}
		line.AddSeries(name, data, charts.WithLineStyleOpts(style), charts.WithItemStyleOpts(opts.ItemStyle{Color: style.Color}))
		bands = append(bands, b)
	}
	// The bands: a transparent lower edge and the interval's width stacked on it, shaded.
	for i, b := range bands {
		colour := []string{"#777", focusColour}[i]
		stack := fmt.Sprint("band", i)
		line.AddSeries(stack+"-low", b.low, charts.WithLineChartOpts(opts.LineChart{Stack: stack, ShowSymbol: opts.Bool(false)}),
			charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}))
		line.AddSeries(stack+"-width", b.high, charts.WithLineChartOpts(opts.LineChart{Stack: stack, ShowSymbol: opts.Bool(false)}),
			charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}),
			charts.WithAreaStyleOpts(opts.AreaStyle{Color: colour, Opacity: opts.Float(0.12)}))
	}
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err == nil {
		raw, err = markBands(raw)
	}
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}

// markBands gives the band series an id the tooltip skips ("band…"), no legend entry and no
// hover: they are the shading of the lines' intervals, not lines of their own.
func markBands(raw []byte) ([]byte, error) {
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		return nil, err
	}
	series, _ := opt["series"].([]any)
	var names []any
	for _, s := range series {
		sm, _ := s.(map[string]any)
		name, _ := sm["name"].(string)
		if len(name) > 4 && name[:4] == "band" {
			sm["id"], sm["silent"], sm["tooltip"] = name, true, map[string]any{"show": false}
			sm["emphasis"] = map[string]any{"disabled": true}
			continue
		}
		names = append(names, name)
	}
	if lg, ok := opt["legend"].(map[string]any); ok {
		lg["data"] = names
	}
	return json.Marshal(opt)
}

// yAxisFor draws shares and indices on 0–100 and every other unit from zero: a cut axis would
// make noise look like a change.
func yAxisFor(unit, name string) opts.YAxis {
	ax := opts.YAxis{Name: name, Type: "value", Min: 0}
	if unit == "share" || unit == "index" || unit == "" {
		ax.Max = 100
	}
	return ax
}
