package charts

import (
	"encoding/json"
	"fmt"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"otzvuk/analytics/methodology"
)

// ShortMonths are the month names on a year's axis, in Bulgarian or English.
func ShortMonths(lang string) [12]string {
	if lang == "en" {
		return [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	}
	return [12]string{"яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"}
}

// YearLabels are the words of the year-over-year chart.
type YearLabels struct {
	Title, ValueAxis string
	Months           [12]string
	Small            bool // a small multiple: a smaller title, no legend, tight grid
}

// YearOverlay draws the municipal total month by month for one year, with the year before dashed.
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
		charts.WithYAxisOpts(opts.YAxis{Name: l.ValueAxis, Type: "value", Scale: opts.Bool(true)}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
	)
	line.SetXAxis(months)
	var points []Point
	for _, y := range []int{year - 1, year} {
		name := fmt.Sprint(y)
		data := make([]opts.LineData, 12)
		for m := 1; m <= 12; m++ {
			period := fmt.Sprintf("%04d-%02d", y, m)
			pt := Point{Series: name, Period: months[m-1]}
			if v, ok := byPeriod[period]; ok && v.Value != nil {
				x := round1(*v.Value)
				data[m-1] = opts.LineData{Value: x}
				pt.Value, pt.N = &x, v.N
			} else {
				data[m-1] = opts.LineData{Value: "-"}
			}
			points = append(points, pt)
		}
		style := opts.LineStyle{Width: 3}
		if y < year {
			style = opts.LineStyle{Width: 2, Type: "dashed", Color: "#888"}
		}
		line.AddSeries(name, data, charts.WithLineStyleOpts(style))
	}
	line.Validate()
	raw, err := json.Marshal(line.JSON())
	if err != nil {
		return nil, err
	}
	return &Chart{Option: raw, Points: points}, nil
}
