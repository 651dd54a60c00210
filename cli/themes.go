package cli

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
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
	// A partial period is never compared with a whole one (methodology.Value): the previous
	// period's comparison is withheld; a year earlier is the same days of that year, or withheld.
	PrevWithheld    bool   `json:"previous_withheld"`
	YearAgoSameSpan bool   `json:"year_ago_same_span"`
	YearAgoFrom     string `json:"year_ago_from,omitempty"`
	YearAgoTo       string `json:"year_ago_to,omitempty"`
	YearAgoWithheld bool   `json:"year_ago_withheld"`
}

func runThemes(c *run, args []string) int {
	fs := c.flags()
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
		return c.badArgs(err)
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if s.Pooled(ctx) {
		return c.fail(1, errors.New(say("themesPooled")))
	}
	if err := checkDepartment(ctx, s.DB, *dept); err != nil {
		return c.badArgs(err)
	}
	empty, err := clipRange(ctx, s.DB, &q, "themes", c.stderr)
	if err != nil {
		return c.fail(1, err)
	}
	ts, problems := text.LoadThemes(text.UserThemeDir(s.Path))
	cat, more := voice.Catalog(ts)
	for _, p := range append(problems, more...) {
		fmt.Fprintf(c.stderr, "otzvuk themes: %s: %v\n", say("themes"), p)
	}
	if cat == nil {
		return 1
	}
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		return c.fail(1, err)
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
	if printPeriodsError(c.stderr, "themes", err) {
		return 2
	}
	if err != nil {
		return c.fail(1, err)
	}
	rows := themeRows(vals, ts, *dept)
	return c.emit(*format, output{json: rows,
		csv:   func(w io.Writer) error { return writeThemesCSV(w, rows) },
		table: func(w io.Writer) error { return writeThemesTable(w, rows, *wide) }})
}

// themeRows turns the theme indicators' values into rows, the themes most mentioned first, as the
// window lists them: a theme no comment mentions in any period shown is left out (the
// municipality's own themes stay, as in the window, so that a new one shows it found nothing). A
// partial last period keeps methodology's comparison with the same days a year earlier, said so
// (year_ago_same_span, year_ago_from, year_ago_to), or none (year_ago_withheld).
func themeRows(vals []methodology.Value, ts *text.Themes, dept string) []themeRow {
	rows := []themeRow{}
	for _, v := range vals {
		if dept != "" && v.DepartmentCode == nil {
			continue // the total of one department is that department
		}
		id, neg, _ := voice.ThemeOf(v.Indicator)
		th, _ := ts.Get(id)
		r := themeRow{Theme: id, Negative: neg, Period: v.Period, Complete: v.Complete, Share: v.Value, N: v.N,
			CILow: v.CILow, CIHigh: v.CIHigh, YearAgo: v.YearAgo, YearAgoDiff: v.YearAgoDelta, YearAgoSig: v.YearAgoSignificant,
			YearAgoP: v.YearAgoP, YearAgoQ: v.YearAgoQ, PrevDiff: v.PreviousDelta, PrevSig: v.PreviousSignificant, PrevP: v.PreviousP, PrevQ: v.PreviousQ,
			PrevWithheld: v.PreviousWithheld, YearAgoSameSpan: v.YearAgoSameSpan, YearAgoFrom: v.YearAgoFrom, YearAgoTo: v.YearAgoTo,
			YearAgoWithheld: v.YearAgoWithheld}
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
	mentions := map[string]int64{}
	for _, r := range rows {
		mentions[r.Theme] += r.Mentions
	}
	kept := rows[:0]
	for _, r := range rows {
		if th, _ := ts.Get(r.Theme); mentions[r.Theme] > 0 || (th != nil && th.User) {
			kept = append(kept, r)
		}
	}
	// stable: a theme's rows keep their order of periods (and departments)
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i].Theme, kept[j].Theme
		if mentions[a] != mentions[b] {
			return mentions[a] > mentions[b]
		}
		return a < b
	})
	return kept
}

var themeColumns = []string{"theme", "name_bg", "name_en", "period", "complete", "department", "share", "mentions", "n",
	"ci_low", "ci_high", "year_ago", "year_ago_delta", "year_ago_significant", "year_ago_p", "year_ago_q", "previous_delta", "previous_significant", "previous_p", "previous_q",
	"previous_withheld", "year_ago_same_span", "year_ago_from", "year_ago_to", "year_ago_withheld"}

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
		num(r.YearAgoDiff), b(r.YearAgoSig), pv(r.YearAgoP), pv(r.YearAgoQ), num(r.PrevDiff), b(r.PrevSig), pv(r.PrevP), pv(r.PrevQ),
		strconv.FormatBool(r.PrevWithheld), strconv.FormatBool(r.YearAgoSameSpan), r.YearAgoFrom, r.YearAgoTo, strconv.FormatBool(r.YearAgoWithheld)}
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
	var spans []string // the same-span comparisons' earlier days, each once
	for _, r := range rows {
		period := r.Period
		if !r.Complete {
			period += " (" + say("partial") + ")"
		}
		if r.Department == "" {
			r.Department = "(общо)"
		}
		sig := ""
		if r.YearAgoSig != nil && *r.YearAgoSig {
			sig = "yes"
		}
		delta := short(r.YearAgoDiff)
		if r.YearAgoSameSpan && r.YearAgoDiff != nil {
			delta += "*"
			if span := say("sameSpanNote", r.YearAgoFrom, r.YearAgoTo); !slices.Contains(spans, span) {
				spans = append(spans, span)
			}
		}
		t.Rows = append(t.Rows, []string{r.Theme, r.NameBG, period, r.Department, short(r.Share),
			strconv.FormatInt(r.Mentions, 10), strconv.FormatInt(r.N, 10), short(r.CILow) + "–" + short(r.CIHigh), delta, sig})
	}
	if err := t.Write(w, wide); err != nil {
		return err
	}
	for _, span := range spans {
		if _, err := fmt.Fprintln(w, "* "+span); err != nil {
			return err
		}
	}
	return nil
}
