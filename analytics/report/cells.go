package report

import (
	"otzvuk/analytics/drivers"
	"otzvuk/analytics/format"
)

// The report's smaller tables, header and cells, shared by the HTML and the DOCX so both print
// the same text.

func signalHead(lang string) []string {
	w := func(k string) string { return word(lang, k) }
	return []string{w("department"), w("sSignal"), w("sProposal"), w("sComplaint"), w("sPraise"), w("sOnTime"), w("sNotify"), w("sTTR"), w("sUpheld"), w("sOverdue")}
}

func signalCells(s SignalRow, lang string) []string {
	n0 := func(v *float64) string { return format.Number(v, lang, 0) }
	n1 := func(v *float64) string { return format.Number(v, lang, 1) }
	return []string{s.Department, n0(s.Signals), n0(s.Proposals), n0(s.Complaints), n0(s.Praise), n1(s.OnTime), n1(s.Notified), n1(s.MedianDays), n1(s.Upheld), n0(s.OpenOverdue)}
}

func themeHead(lang string) []string {
	w := func(k string) string { return word(lang, k) }
	return []string{w("theme"), w("mentions"), w("share"), w("change"), w("sigShort")}
}

func themeCells(t ThemeRow, lang string) []string {
	sig := "—"
	if t.Significant != nil {
		sig = word(lang, map[bool]string{true: "yes", false: "no"}[*t.Significant])
	}
	return []string{t.Name, format.F(float64(t.Mentions), lang, 0) + " / " + format.F(float64(t.N), lang, 0),
		format.F(t.Share, lang, 1) + nbsp + "%", format.Change(t.Change, "share", lang), sig}
}

func driverHead(lang string) []string {
	w := func(k string) string { return word(lang, k) }
	return []string{w("driver"), w("weight"), w("interval"), w("performance"), w("quadrant")}
}

func driverCells(m *drivers.Matrix, lang string) [][]string {
	var out [][]string
	for _, x := range m.Drivers {
		name, quad := x.NameBG, x.Quadrant.BG
		if lang == "en" {
			name, quad = x.NameEN, x.Quadrant.EN
		}
		lo, hi := x.PctLo, x.PctHi
		out = append(out, []string{name, format.F(x.Percent, lang, 0) + nbsp + "%", format.F(lo, lang, 0) + nbsp + "…" + nbsp + format.F(hi, lang, 0),
			format.F(x.Performance, lang, 1), quad})
	}
	return out
}
