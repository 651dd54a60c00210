package report

import (
	"io"
	"strconv"
	"strings"

	"otzvuk/analytics/export"
	"otzvuk/analytics/spc"
)

// WriteAnnex writes the report's tables as an XLSX workbook: a description sheet (the year,
// when it was produced, the indicator definitions), then indicators, departments, the signals
// register, methods, actions taken and source files.
func WriteAnnex(w io.Writer, r *Report) error {
	l := r.Lang
	wd := func(k string) string { return plain(l, k) }
	yesNo := func(b *bool) any {
		if b == nil {
			return nil
		}
		if *b {
			return wd("yes")
		}
		return wd("no")
	}
	status := func(s string) any {
		if s == "" {
			return nil
		}
		return wd(s)
	}
	small := func(b bool) any {
		if b {
			return wd("small")
		}
		return nil
	}
	indCols := []export.Column{txt(wd("code")), txt(wd("indicator")), txt(wd("unit")),
		num(wd("value")), num(wd("low")), num(wd("high")), integer(wd("n")),
		txt(wd("small")), num(wd("prevValue")), num(wd("change")), txt(wd("significant")), txt("p"), txt("q"),
		txt(wd("status")), num(wd("target")), txt(wd("spcVariation")), txt(wd("spcAssurance"))}
	// the process-control icons in words (the documents print their glyphs)
	icons := func(s *SPC) (any, any) {
		if s == nil || s.Variation == spc.VariationNone {
			return nil, nil
		}
		var a any
		if s.Assurance != spc.AssuranceNone {
			a = spc.AssuranceWord(s.Assurance, l)
		}
		return spc.VariationWord(s.Variation, l), a
	}
	indRow := func(x IndicatorRow) []any {
		v, a := icons(x.SPC)
		return []any{x.ID, x.Name, unitWord(x.Unit, r.Lang), x.Value, x.Low, x.High, x.N, small(x.Small), x.Previous, x.Delta, yesNo(x.Significant), pText(x.P, r.Lang), pText(x.Q, r.Lang), status(x.Status), x.Target, v, a}
	}
	ind := export.Table{Name: wd("sheetInd"), Title: wd("indicators") + " — " + strconv.Itoa(r.Year), Columns: indCols}
	for _, x := range r.Indicators {
		ind.Rows = append(ind.Rows, indRow(x))
	}
	dept := export.Table{Name: wd("sheetDept"), Title: wd("departments") + " — " + strconv.Itoa(r.Year),
		Columns: append([]export.Column{txt(wd("department"))}, indCols...)}
	for _, d := range r.Departments {
		for _, x := range d.Rows {
			dept.Rows = append(dept.Rows, append([]any{d.Name}, indRow(x)...))
		}
	}
	sig := export.Table{Name: wd("sheetSignals"), Title: wd("signals") + " — " + strconv.Itoa(r.Year), Columns: []export.Column{
		txt(wd("department")), integer(wd("kSignal")), integer(wd("kProposal")), integer(wd("kComplaint")),
		integer(wd("kPraise")), num(wd("onTime")), num(wd("notify")), num(wd("ttr")),
		num(wd("upheld")), integer(wd("overdue"))}}
	for _, s := range r.Signals {
		sig.Rows = append(sig.Rows, []any{s.Department, s.Signals, s.Proposals, s.Complaints, s.Praise, s.OnTime, s.Notified, s.MedianDays, s.Upheld, s.OpenOverdue})
	}
	// the requests filed in the year (the timeliness part)
	blog := export.Table{Name: wd("sheetBacklog"), Title: wd("backlog") + " — " + strconv.Itoa(r.Year), Columns: []export.Column{
		txt(wd("department")), integer(wd("bFiled")), integer(wd("bOnTime")), integer(wd("bLate")), integer(wd("bOverdue")), integer(wd("bPending")),
		num(wd("bRate")), num(wd("bMedian")), num(wd("low")), num(wd("high")), num(wd("bCompleted"))}}
	for _, b := range r.Backlog {
		c := b.Cohort
		blog.Rows = append(blog.Rows, []any{b.Department, c.Filed, c.OnTime, c.Late, c.Overdue, c.Pending, c.Rate, b.Median.Days, b.Median.Low, b.Median.High, b.CompletedOnTime})
	}
	meth := export.Table{Name: wd("sheetMethods"), Title: wd("methods") + " — " + strconv.Itoa(r.Year), Columns: []export.Column{
		txt(wd("method")), txt(wd("mandatory")), integer(wd("records"))}}
	for _, m := range r.Methods {
		mand := any(nil)
		if m.Mandatory {
			mand = wd("yes")
		}
		meth.Rows = append(meth.Rows, []any{m.Name, mand, m.Records})
	}
	act := export.Table{Name: wd("sheetActions"), Title: wd("actions") + " — " + strconv.Itoa(r.Year), Columns: []export.Column{
		txt(wd("department")), txt(wd("text")), date(wd("updated"))}}
	for _, d := range r.Departments {
		a, ok := r.Actions[d.Code]
		if !ok {
			act.Rows = append(act.Rows, []any{d.Name, nil, nil})
			continue
		}
		act.Rows = append(act.Rows, []any{d.Name, a.Text, a.UpdatedAt.In(r.Now.Location())})
	}
	src := export.Table{Name: wd("sheetSources"), Title: wd("sources"), Columns: []export.Column{
		txt(wd("file")), txt(wd("kind")), integer(wd("read")), integer(wd("accepted")),
		integer(wd("rejected")), date(wd("imported")), txt("SHA-256")}}
	for _, s := range r.Sources {
		src.Rows = append(src.Rows, []any{sourceName(s.File, l), kindWord(s.Kind, l), s.Read, s.Accepted, s.Rejected, s.Finished.In(r.Now.Location()), s.SHA256})
	}
	defs := export.Table{Title: wd("sheetDefs"), Columns: []export.Column{txt(wd("code")), txt(wd("indicator")),
		txt(wd("description")), txt(wd("unit")), txt(wd("direction")), num(wd("target")), txt(wd("method"))}}
	for _, x := range r.Indicators {
		dir := map[string]string{"higher": wd("higher"), "lower": wd("lower")}[x.Direction]
		defs.Rows = append(defs.Rows, []any{x.ID, x.Name, x.Description, unitWord(x.Unit, l), dir, x.Target, methodName(l, x.Method)})
	}
	about := export.About{Sheet: wd("aboutSheet"), Title: wd("title") + " — " + r.Municipality + " — " + strconv.Itoa(r.Year),
		Facts: [][2]string{{wd("municipality"), r.Municipality}, {wd("year"), strconv.Itoa(r.Year)},
			{wd("generated"), r.Now.Format("02.01.2006 15:04")}, {wd("version"), r.Version}},
		Tables: []export.Table{defs}}
	if r.Demo {
		about.Facts = append(about.Facts, [2]string{"", wd("demo")})
	}
	tables := []export.Table{ind, dept, sig}
	if len(r.Backlog) > 0 {
		tables = append(tables, blog)
	}
	return export.WriteXLSX(w, about, append(tables, meth, act, src))
}

func txt(title string) export.Column     { return export.Column{Title: title, Type: export.Text} }
func num(title string) export.Column     { return export.Column{Title: title, Type: export.Number} }
func integer(title string) export.Column { return export.Column{Title: title, Type: export.Integer} }
func date(title string) export.Column    { return export.Column{Title: title, Type: export.Date} }

// pText writes a p- or q-value to two significant digits (0.00026, 2.6e-05): the annex's number
// format has one decimal, which would show it as 0,0.
func pText(p *float64, lang string) any {
	if p == nil {
		return nil
	}
	s := strconv.FormatFloat(*p, 'g', 2, 64)
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
