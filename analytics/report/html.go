package report

import (
	_ "embed"
	"html/template"
	"io"
	"otzvuk/analytics/format"
	"strings"
	"time"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// htmlRow is an indicators table's row as the template prints it.
type htmlRow struct {
	ID    string
	Cells []string
	Class string        // worse, better or "" (no change or one that shows as zero)
	SPC   template.HTML // the process-control icons (spc.go)
}

// changeClass colours a change: a change that rounds to zero is neither better nor worse on paper.
func changeClass(x IndicatorRow, lang string) string {
	switch {
	case x.Delta == nil || format.Signed(*x.Delta, lang, format.Decimals(x.Unit)) == format.F(0, lang, format.Decimals(x.Unit)):
		return ""
	case x.Worse:
		return "worse"
	}
	return "better"
}

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
	num := func(v float64) string { return format.F(v, lang, 1) }
	nump := func(v *float64) string { return format.Number(v, lang, 1) }
	funcs := template.FuncMap{
		"w":    func(k string) string { return word(lang, k) },
		"add":  func(a, b int) int { return a + b },
		"num":  num,
		"nump": nump,
		"num0": func(v float64) string { return format.F(v, lang, 0) },
		"pct":  func(v float64) string { return format.F(100*v, lang, 0) },
		"int":  func(v int64) string { return format.F(float64(v), lang, 0) },
		"intp": func(v *float64) string { return format.Number(v, lang, 0) },
		"unit": func(v *float64, unit string) string { return format.Value(v, unit, lang) },
		"val":  func(v float64, unit string) string { return format.Value(&v, unit, lang) },
		"cov": func(c string) string { // "10/12" → "10 от 12" (or "10 of 12")
			return strings.Replace(c, "/", format.In(lang, " от ", " of "), 1)
		},
		"delta":  func(d float64, unit string) string { return format.Change(&d, unit, lang) },
		"deltap": func(d *float64, unit string) string { return format.Change(d, unit, lang) },
		"deref":  func(b *bool) bool { return b != nil && *b },
		"arrow":  arrow,
		// the coat of arms' data: URI, checked image bytes (the CSP allows data: images only)
		"coatURI":      func(c *store.CoatOfArms) template.URL { return template.URL(c.DataURI()) },
		"date":         func(t time.Time) string { return format.Date(t, lang) },
		"short":        func(s string) string { return s[:min(len(s), 12)] },
		"blank":        orBlank,
		"todo":         r.ToDo,
		"source":       func(f string) string { return sourceName(f, lang) },
		"kind":         func(k string) string { return kindWord(k, lang) },
		"change":       r.changeLine,
		"indHead":      func() []string { return indicatorHead(lang) },
		"sigHead":      func() []string { return signalHead(lang) },
		"sigCells":     func(s SignalRow) []string { return signalCells(s, lang) },
		"backlogHead":  func() []string { return backlogHead(lang) },
		"backlogCells": func(b BacklogRow) []string { return backlogCells(b, lang) },
		"themeHead":    func() []string { return themeHead(lang) },
		"themeCells":   func(t ThemeRow) []string { return themeCells(t, lang) },
		"drvHead":      func() []string { return driverHead(lang) },
		"drvCells":     func(m *drivers.Matrix) [][]string { return driverCells(m, lang) },
		// table: an indicators table's rows, its caption (the annex's department) and its kind
		// (municipal, key or annex: data-rows, for the tests and the print CSS)
		"table": func(rows []IndicatorRow, caption, kind string) map[string]any {
			out := make([]htmlRow, len(rows))
			for i, x := range rows {
				out[i] = htmlRow{ID: x.ID, Cells: r.indicatorCells(x), Class: changeClass(x, lang), SPC: spcHTML(x.SPC, lang)}
			}
			return map[string]any{"Rows": out, "Caption": caption, "Kind": kind}
		},
		"iname": func(t methodology.Text) string { return format.In(lang, t.BG, t.EN) },
	}
	t, err := template.New("report").Funcs(funcs).Parse(reportTemplate)
	if err != nil {
		return err
	}
	return t.Execute(w, map[string]any{
		"Lang": lang, "R": r, "Prev": r.Year - 1, "CSP": export.CSP, "CSS": export.PageCSS(), "Scripts": scripts,
		"Annex": withAnnex, "Outline": r.Outline(), "Draft": r.Draft(),
	})
}
