package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// themeRow is one theme in one period (and department): the share of comments that mention it.
type themeRow struct {
	Theme       string   `json:"theme"`
	NameBG      string   `json:"name_bg"`
	NameEN      string   `json:"name_en"`
	Negative    bool     `json:"negative"` // among complaints, signals and ratings 1–2 only
	Period      string   `json:"period"`
	Complete    bool     `json:"complete"`
	Department  string   `json:"department,omitempty"`
	Share       *float64 `json:"share"`    // %
	Mentions    int64    `json:"mentions"` // comments that mention it
	N           int64    `json:"n"`        // comments
	CILow       *float64 `json:"ci_low"`
	CIHigh      *float64 `json:"ci_high"`
	YearAgo     *float64 `json:"year_ago"`
	YearAgoDiff *float64 `json:"year_ago_delta"`
	YearAgoSig  *bool    `json:"year_ago_significant"`
	YearAgoP    *float64 `json:"year_ago_p"`
	YearAgoQ    *float64 `json:"year_ago_q"`
	PrevDiff    *float64 `json:"previous_delta"`
	PrevSig     *bool    `json:"previous_significant"`
	PrevP       *float64 `json:"previous_p"`
	PrevQ       *float64 `json:"previous_q"`
}

func runThemes(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("themes", stderr)
	db := dbFlag(fs)
	dept := fs.String("department", "", "department code (default: the whole municipality)")
	fromFlag := fs.String("from", "", "first day, YYYY-MM-DD")
	toFlag := fs.String("to", "", "last day, YYYY-MM-DD")
	grainFlag := fs.String("grain", "year", "period length: month, quarter or year")
	negative := fs.Bool("complaints", false, "count among complaints, signals and ratings 1–2 only")
	format := fs.String("format", "table", "output: table, csv or json")
	wide := wideFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	q := methodology.Query{}
	var err error
	q.Grain, err = parseGrain(*grainFlag)
	if err == nil {
		q.From, err = parseDay("--from", *fromFlag)
	}
	if err == nil {
		q.To, err = parseDay("--to", *toFlag)
	}
	if err == nil {
		err = checkRange(q.From, q.To)
	}
	if err == nil {
		err = checkFormat(*format, "table", "csv", "json")
	}
	if err != nil {
		printArgError(stderr, "themes", err)
		return 2
	}
	cmd := newRun("themes", stdout, stderr)
	defer cmd.done()
	ctx := cmd.ctx
	s, ok := openDB(ctx, *db, mustExist, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	if s.Pooled(ctx) {
		fmt.Fprintln(stderr, "otzvuk themes: обединената база няма коментари (пакетите не носят текстове) / a pooled database has no comments (packages carry no texts)")
		return 1
	}
	if err := checkDepartment(ctx, s.DB, *dept); err != nil {
		printArgError(stderr, "themes", err)
		return 2
	}
	empty, err := clipRange(ctx, s.DB, &q, "themes", stderr)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk themes:", err)
		return 1
	}
	ts, problems := text.LoadThemes(text.UserThemeDir(s.Path))
	cat, more := voice.Catalog(ts)
	for _, p := range append(problems, more...) {
		fmt.Fprintln(stderr, "otzvuk themes: теми / themes:", p)
	}
	if cat == nil {
		return 1
	}
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		fmt.Fprintln(stderr, "otzvuk themes:", err)
		return 1
	}
	for _, t := range ts.All() {
		if _, ok := cat.Get(voice.IndicatorID(t.ID, *negative)); ok {
			q.Indicators = append(q.Indicators, voice.IndicatorID(t.ID, *negative))
		}
	}
	if *dept != "" {
		q.By = []methodology.Dimension{methodology.ByDepartment}
		q.Filters = map[methodology.Dimension][]string{methodology.ByDepartment: {*dept}}
	}
	var vals []methodology.Value
	if !empty {
		vals, err = methodology.Compute(ctx, s.DB, cat, q)
	}
	if printPeriodsError(stderr, "themes", err) {
		return 2
	}
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk themes:", err)
		return 1
	}
	rows := []themeRow{}
	for _, v := range vals {
		if *dept != "" && v.DepartmentCode == nil {
			continue // the total of one department is that department
		}
		id, neg, _ := voice.ThemeOf(v.Indicator)
		th, _ := ts.Get(id)
		r := themeRow{Theme: id, Negative: neg, Period: v.Period, Complete: v.Complete, Share: v.Value, N: v.N,
			CILow: v.CILow, CIHigh: v.CIHigh, YearAgo: v.YearAgo, YearAgoDiff: v.YearAgoDelta, YearAgoSig: v.YearAgoSignificant,
			YearAgoP: v.YearAgoP, YearAgoQ: v.YearAgoQ, PrevDiff: v.PreviousDelta, PrevSig: v.PreviousSignificant, PrevP: v.PreviousP, PrevQ: v.PreviousQ}
		if th != nil {
			r.NameBG, r.NameEN = th.Name.BG, th.Name.EN
		}
		if v.DepartmentCode != nil {
			r.Department = *v.DepartmentCode
		}
		if v.Value != nil {
			r.Mentions = int64(*v.Value*float64(v.N)/100 + 0.5)
		}
		rows = append(rows, r)
	}
	switch *format {
	case "json":
		err = cmd.json(rows)
	case "csv":
		err = writeThemesCSV(stdout, rows)
	default:
		err = writeThemesTable(stdout, rows, *wide)
	}
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk themes:", err)
		return 1
	}
	return 0
}

var themeColumns = []string{"theme", "name_bg", "name_en", "period", "complete", "department", "share", "mentions", "n",
	"ci_low", "ci_high", "year_ago", "year_ago_delta", "year_ago_significant", "year_ago_p", "year_ago_q", "previous_delta", "previous_significant", "previous_p", "previous_q"}

func themeCells(r themeRow, num func(*float64) string) []string {
	b := func(p *bool) string {
		if p == nil {
			return ""
		}
		return strconv.FormatBool(*p)
	}
	// p- and q-values to three significant digits in every format (0.0004 is not 0.0)
	pv := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'g', 3, 64)
	}
	return []string{r.Theme, r.NameBG, r.NameEN, r.Period, strconv.FormatBool(r.Complete), r.Department, num(r.Share),
		strconv.FormatInt(r.Mentions, 10), strconv.FormatInt(r.N, 10), num(r.CILow), num(r.CIHigh), num(r.YearAgo),
		num(r.YearAgoDiff), b(r.YearAgoSig), pv(r.YearAgoP), pv(r.YearAgoQ), num(r.PrevDiff), b(r.PrevSig), pv(r.PrevP), pv(r.PrevQ)}
}

// writeThemesCSV: names come from YAML files a municipality edits, so cells are neutralised.
func writeThemesCSV(w io.Writer, rows []themeRow) error {
	cw := csv.NewWriter(w)
	cw.Write(themeColumns)
	full := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	for _, r := range rows {
		cells := themeCells(r, full)
		for _, i := range []int{0, 1, 2, 5} { // the text cells; numbers stay numbers
			cells[i] = export.SafeCell(cells[i])
		}
		cw.Write(cells)
	}
	cw.Flush()
	return cw.Error()
}

func writeThemesTable(w io.Writer, rows []themeRow, wide bool) error {
	t := Table{Head: []string{"theme", "тема", "period", "department", "share %", "mentions", "n", "95 % CI", "year ago Δ", "significant"},
		Right: []bool{false, false, false, false, true, true, true, true, true, false}, Optional: []bool{true, false, false, false, false, false, false, true, false, false}}
	short := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return strconv.FormatFloat(*p, 'f', 1, 64)
	}
	for _, r := range rows {
		period := r.Period
		if !r.Complete {
			period += " (непълен / partial)"
		}
		if r.Department == "" {
			r.Department = "(общо)"
		}
		sig := ""
		if r.YearAgoSig != nil && *r.YearAgoSig {
			sig = "yes"
		}
		t.Rows = append(t.Rows, []string{r.Theme, r.NameBG, period, r.Department, short(r.Share),
			strconv.FormatInt(r.Mentions, 10), strconv.FormatInt(r.N, 10), short(r.CILow) + "–" + short(r.CIHigh), short(r.YearAgoDiff), sig})
	}
	return t.Write(w, wide)
}
