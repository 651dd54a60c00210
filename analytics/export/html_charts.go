package export

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"otzvuk/analytics/format"
	"strings"

	"otzvuk/analytics/charts"
)

// The ECharts build the frontend bundles (the same version: a test compares them), and the script
// that draws charts in exported pages — built from the window's chart code
// (frontend/src/charts/offline, make; a Vitest fails when this copy is not a fresh build). Both are
// inlined: an exported page never loads anything from the network.
var (
	//go:embed assets/echarts.min.js
	echartsJS string
	//go:embed assets/offline.js
	offlineJS string
)

// CSP forbids every request but the page's own inline code and data: images.
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:"

// HTMLChart is one chart of an exported page: the option built in Go and the points it draws.
type HTMLChart struct {
	Title  string
	Option json.RawMessage
	Points []charts.Point
	Height int // pixels; 0 = 360
}

// TooltipWords label the n, the interval and small samples in tooltips.
type TooltipWords struct{ N, CI, Small string }

// TooltipWordsFor gives the tooltip words in Bulgarian or English.
func TooltipWordsFor(lang string) TooltipWords {
	if lang == "en" {
		return TooltipWords{"n = ", "95% interval", "small sample"}
	}
	return TooltipWords{"n = ", "95% интервал", "малка извадка"}
}

type payloadChart struct {
	ID     string                    `json:"id"`
	Option json.RawMessage           `json:"option"`
	Tips   map[string]string         `json:"tips"`  // series \x00 period → formatted value
	Cells  map[string]map[string]any `json:"cells"` // heatmap cell name → series, period, text
}

// ChartScripts are what a page needs to draw its charts: the data (JSON, safe inside a script
// element: json.Marshal escapes < > &), ECharts and the drawing script.
type ChartScripts struct {
	Data, ECharts, Runtime template.JS
	IDs                    []string // the element id of each chart, in order
	Heights                []int
}

// NewChartScripts prepares charts for a page; idPrefix keeps ids unique when a page has groups.
func NewChartScripts(list []HTMLChart, lang, idPrefix string) (ChartScripts, error) {
	w := TooltipWordsFor(lang)
	out := ChartScripts{ECharts: template.JS(echartsJS), Runtime: template.JS(offlineJS)}
	// Period names and numbers on axes are the script's, as in the window (format.ts).
	payload := struct {
		Charts []payloadChart `json:"charts"`
		Lang   string         `json:"lang"`
	}{Lang: lang}
	for i, c := range list {
		id := fmt.Sprintf("%s%d", idPrefix, i+1)
		pc := payloadChart{ID: id, Option: c.Option, Tips: map[string]string{}, Cells: map[string]map[string]any{}}
		if !json.Valid(c.Option) {
			return out, fmt.Errorf("chart %q: the option is not JSON", c.Title)
		}
		for _, p := range c.Points {
			text := tooltipText(p, lang, w)
			if p.Key != "" {
				pc.Cells[p.Key] = map[string]any{"series": p.Series, "period": p.Period, "text": text}
			} else {
				pc.Tips[p.Series+"\x00"+p.Period] = text
			}
		}
		payload.Charts = append(payload.Charts, pc)
		out.IDs = append(out.IDs, id)
		h := c.Height
		if h <= 0 {
			h = 360
		}
		out.Heights = append(out.Heights, h)
	}
	if payload.Charts == nil {
		payload.Charts = []payloadChart{}
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		return out, err
	}
	out.Data = template.JS(raw)
	return out, nil
}

// tooltipText is a point's value as the UI's tooltip shows it: 70,0 (n = 40; 95% интервал 61,0–79,0).
func tooltipText(p charts.Point, lang string, w TooltipWords) string {
	var b strings.Builder
	b.WriteString(format.Number(p.Value, lang, 1))
	b.WriteString(" (" + w.N + format.F(float64(p.N), lang, 0))
	if p.Low != nil && p.High != nil {
		b.WriteString("; " + w.CI + " " + format.Number(p.Low, lang, 1) + "–" + format.Number(p.High, lang, 1))
	}
	b.WriteString(")")
	if p.Small {
		b.WriteString(" — " + w.Small)
	}
	return b.String()
}
