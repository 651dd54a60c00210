package report

import (
	_ "embed"
	"html/template"
	"io"
	"time"

	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
)

//go:embed assets/report.html.tmpl
var reportTemplate string

// WriteHTML writes the report as one printable, self-contained HTML document (A4 print CSS,
// page breaks, a table of contents, charts drawn by the inlined ECharts).
func WriteHTML(w io.Writer, r *Report, withAnnex bool) error {
	lang := r.Lang
	list := []export.HTMLChart{{Title: "overview", Option: r.Overview.Option, Points: r.Overview.Points, Height: 300}}
	for _, d := range r.Departments {
		list = append(list, export.HTMLChart{Title: d.Name, Option: d.Chart.Option, Points: d.Chart.Points, Height: 280})
	}
	scripts, err := export.NewChartScripts(list, lang, "chart-")
	if err != nil {
		return err
	}
	num := func(v float64) string { return export.F(v, lang, 1) }
	nump := func(v *float64) string { return export.FormatNumber(v, lang, 1) }
	funcs := template.FuncMap{
		"w":    func(k string) string { return word(lang, k) },
		"add":  func(a, b int) int { return a + b },
		"num":  num,
		"nump": nump,
		"int":  func(v int64) string { return export.F(float64(v), lang, 0) },
		"intp": func(v *float64) string { return export.FormatNumber(v, lang, 0) },
		"unit": func(v *float64, unit string) string {
			if v != nil && unit == "share" {
				return nump(v) + "\u00a0%"
			}
			return nump(v)
		},
		"delta": func(d float64) string { return signed(d, lang) },
		"deltap": func(d *float64) string {
			if d == nil {
				return "—"
			}
			return signed(*d, lang)
		},
		"deref": func(b *bool) bool { return b != nil && *b },
		// a change that rounds to zero is neither better nor worse on paper
		"cls": func(x IndicatorRow) string {
			switch {
			case x.Delta == nil || signed(*x.Delta, lang) == export.F(0, lang, 1):
				return ""
			case x.Worse:
				return "worse"
			}
			return "better"
		},
		"iname": func(t methodology.Text) string {
			if lang == "en" {
				return t.EN
			}
			return t.BG
		},
		"date":  func(t time.Time) string { return export.FormatDate(t, lang) },
		"short": func(s string) string { return s[:min(len(s), 12)] },
	}
	t, err := template.New("report").Funcs(funcs).Parse(reportTemplate)
	if err != nil {
		return err
	}
	return t.Execute(w, map[string]any{
		"Lang": lang, "R": r, "Prev": r.Year - 1, "CSP": export.CSP, "CSS": export.PageCSS(), "Scripts": scripts,
		"Generated": export.GeneratedLine(r.Now, r.Version, lang), "Annex": withAnnex,
	})
}

// signed writes a change with its sign: +3,2 or −1,5.
func signed(d float64, lang string) string {
	s := export.F(d, lang, 1)
	if d > 0 && s != export.F(0, lang, 1) {
		return "+" + s
	}
	return s
}
