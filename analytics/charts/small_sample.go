package charts

import "encoding/json"

// hatchDecal is the stripe pattern small samples are drawn with: it reads as "uncertain" in
// colour, in greyscale and in print, where a lighter shade alone would not.
var hatchDecal = map[string]any{
	"symbol": "rect", "symbolSize": 1, "color": "rgba(0,0,0,0.55)",
	"dashArrayX": []any{1, 0}, "dashArrayY": []any{2, 3}, "rotation": -0.7854,
}

// palette is Okabe and Ito's eight colours for colour-blind readers (the yellow darkened to
// read on white), set explicitly in every chart so a hatched point can be outlined in its
// series' colour (data items do not inherit it for their border).
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F", "#5F5F5F"}

// Highlight colours: the department in focus, the others, and the municipal total.
const (
	focusColour = "#0072B2"
	otherColour = "#BDBDBD"
	totalColour = "#222222"
)

// smallMajority: when at least this share of the drawn points are small samples, hatching says
// nothing; the chart says so once instead (Chart.MostlySmall) and suggests a longer period.
const smallMajority = 0.5

// hatchedSquare is a line point's symbol for a small sample: a square with diagonal stripes.
// ECharts does not paint decals on line symbols, so the stripes are the symbol's own path.
const hatchedSquare = "path://M0,0H12V12H0Z M0,6L6,0 M0,12L12,0 M6,12L12,6"

// cell addresses one data item: series index, data index.
type cell struct{ series, item int }

// hatch rewrites the marked data items of an option so they are drawn hatched: bars get the
// decal and a lighter fill, line points a white square with stripes in the series' colour.
// go-echarts' data item types carry no decal, so the option is edited as JSON.
func hatch(raw []byte, small map[cell]bool, line bool) ([]byte, error) {
	if len(small) == 0 {
		return raw, nil
	}
	var opt map[string]any
	if err := json.Unmarshal(raw, &opt); err != nil {
		return nil, err
	}
	series, _ := opt["series"].([]any)
	for si, s := range series {
		sm, _ := s.(map[string]any)
		data, _ := sm["data"].([]any)
		for di, d := range data {
			if !small[cell{si, di}] {
				continue
			}
			item, ok := d.(map[string]any)
			if !ok {
				item = map[string]any{"value": d}
			}
			style, _ := item["itemStyle"].(map[string]any)
			if style == nil {
				style = map[string]any{}
			}
			if line {
				item["symbol"], item["symbolSize"] = hatchedSquare, 11
				style["color"], style["borderColor"], style["borderWidth"] = "#fff", colourOf(sm, si), 1.5
			} else {
				style["decal"], style["opacity"] = hatchDecal, 0.6
			}
			item["itemStyle"] = style
			data[di] = item
		}
	}
	if line {
		opt["color"] = palette
	}
	return json.Marshal(opt)
}

// colourOf is the colour a series is drawn in: its own line colour, else the palette's.
func colourOf(series map[string]any, index int) string {
	if ls, ok := series["lineStyle"].(map[string]any); ok {
		if c, ok := ls["color"].(string); ok && c != "" {
			return c
		}
	}
	return palette[index%len(palette)]
}
