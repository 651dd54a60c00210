package dashboard

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/compare"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/voice"
)

// KeyIndicators are the scorecard's tiles, in order.
var KeyIndicators = []string{"SAT_IDX", "SVC_ONTIME", "SPC_ONTIME", "DIG_UPTAKE", "MS_SCORE", "WAIT_OK"}

// OverviewRequest: the UI language, the tiles' grain and the indicator of the yearly comparison.
type OverviewRequest struct {
	Lang      string  `json:"lang"`
	Grain     string  `json:"grain"`
	Indicator string  `json:"indicator"`
	Filters   Filters `json:"filters"`
}

// Tile is one scorecard: a whole period's value against the same period a year earlier and the target.
type Tile struct {
	Indicator   string        `json:"indicator"`
	Name        string        `json:"name"`
	Unit        string        `json:"unit"`
	Direction   string        `json:"direction"`
	Period      string        `json:"period"`
	Complete    bool          `json:"complete"` // false only when no whole period has data yet
	Coverage    string        `json:"coverage"` // months covered, for a partial period
	Own         bool          `json:"own"`      // the tile's own latest period, not the overview's: it has no data then
	Value       *float64      `json:"value"`
	N           int64         `json:"n"`
	SmallSample bool          `json:"smallSample"`
	ComparedTo  string        `json:"comparedTo"` // the period compared with (a year earlier)
	Previous    *float64      `json:"previous"`
	Delta       *float64      `json:"delta"`
	Significant *bool         `json:"significant"`
	P           *float64      `json:"p"` // the year-ago test's p and its q among the tiles
	Q           *float64      `json:"q"`
	Target      *float64      `json:"target"`
	Status      string        `json:"status"`
	Spark       *charts.Chart `json:"spark"`
	// Making Data Count's icons of the municipality's monthly series (analytics/spc): is the
	// latest month a special cause (improving or concerning by the indicator's direction), and
	// will the process meet its target. They replace the red-amber-green status, which read one
	// value against a target as if every month's noise were news.
	Variation string `json:"variation"`
	Assurance string `json:"assurance"`
	SPCMonths int    `json:"spcMonths"` // the months the chart rests on (trial limits below 12)
}

// MethodUse says whether a feedback method has records in the year.
type MethodUse struct {
	Method    string `json:"method"`
	Mandatory bool   `json:"mandatory"`
	Records   int64  `json:"records"`
}

// Overview is everything the mayor's office view shows: scorecard tiles, the year against the
// year before, the feedback methods applied, and the departments that moved most. Period is the last whole quarter (the mayor's
// question: what changed since the same quarter a year earlier, ComparedTo); Year is its year,
// covered so far for YearCoverage months.
type Overview struct {
	Period       string               `json:"period"`
	ComparedTo   string               `json:"comparedTo"`
	Year         int                  `json:"year"`
	YearCoverage string               `json:"yearCoverage"`
	Tiles        []Tile               `json:"tiles"`
	Trend        *charts.Chart        `json:"trend"`
	Methods      []MethodUse          `json:"methods"`
	Worse        []methodology.Change `json:"worse"`
	Better       []methodology.Change `json:"better"`
	// The changes' family (docs/statistics.md): Tests department × indicator comparisons with
	// ComparedTo were made; without a correction about ExpectedByChance (Tests × Level) of them would
	// come out significant by chance alone, and Uncorrected did (p ≤ Level); Significant survive the
	// Benjamini–Hochberg correction at Level (q ≤ Level) and are listed, one row per department.
	Tests            int     `json:"tests"`
	ExpectedByChance float64 `json:"expectedByChance"`
	Uncorrected      int     `json:"uncorrected"`
	Significant      int     `json:"significant"`
	Level            float64 `json:"level"`
	// ComparedHasData is false when ComparedTo has no data at all: there is nothing to compare, which
	// is not "no significant change".
	ComparedHasData bool `json:"comparedHasData"`
	// ThemesGrew: the themes whose share among complaints grew significantly against a year earlier, most first.
	ThemesGrew []ThemeGrowth `json:"themesGrew"`
	// ThemesHaveData: complaints (signals, ratings 1–2) in Period; ThemesComparedHasData: in ComparedTo.
	ThemesHaveData        bool `json:"themesHaveData"`
	ThemesComparedHasData bool `json:"themesComparedHasData"`
}

// ThemeGrowth is a theme's share among the period's complaints (and signals, ratings 1–2) against
// the same period a year earlier.
type ThemeGrowth struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Value       float64  `json:"value"`
	N           int64    `json:"n"`
	YearAgo     float64  `json:"yearAgo"`
	Delta       float64  `json:"delta"`
	Significant *bool    `json:"significant"`
	SmallSample bool     `json:"smallSample"`
	P           *float64 `json:"p"`
	Q           *float64 `json:"q"`
}

// ComputeOverview computes the mayor's office view.
func ComputeOverview(ctx context.Context, src Source, req OverviewRequest) (*Overview, *Problem) {
	ctx = src.request(ctx)
	if req.Grain == "" {
		req.Grain = "quarter"
	}
	if req.Indicator == "" {
		req.Indicator = "SAT_IDX"
	}
	lang := req.Lang
	if lang != "en" {
		lang = "bg"
	}
	grain, err := methodology.ParseGrain(req.Grain)
	if err != nil {
		return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Grain})
	}
	trendInd, ok := src.Catalog.Get(req.Indicator)
	if !ok {
		return nil, problem("errors.unknownIndicator", ErrInvalid, map[string]string{"id": req.Indicator})
	}
	db, cat := src.DB, src.Catalog
	compute := func(q methodology.Query) ([]methodology.Value, error) {
		q, p := req.Filters.Apply(q)
		if p != nil {
			return nil, p
		}
		return src.compute(ctx, cat, q)
	}
	var ids []string
	for _, id := range KeyIndicators {
		if _, ok := cat.Get(id); ok {
			ids = append(ids, id)
		}
	}
	totals, err := compute(methodology.Query{Indicators: ids, Grain: grain})
	if err != nil {
		return nil, queryProblem(err)
	}
	out := &Overview{}
	byInd := map[string][]methodology.Value{}
	for _, v := range totals {
		byInd[v.Indicator] = append(byInd[v.Indicator], v)
	}
	// The overview's period: the last whole period of the satisfaction index, else of any tile.
	lastWhole := func(vals []methodology.Value) *methodology.Value {
		for i := len(vals) - 1; i >= 0; i-- {
			if vals[i].Value != nil && vals[i].Complete {
				return &vals[i]
			}
		}
		return nil
	}
	if v := lastWhole(byInd["SAT_IDX"]); v != nil {
		out.Period = v.Period
	}
	for _, id := range ids {
		if v := lastWhole(byInd[id]); out.Period == "" && v != nil && v.Period > out.Period {
			out.Period = v.Period
		}
	}
	out.ComparedTo, _ = compare.YearAgo(out.Period)
	out.Level = FDRLevel()
	for _, v := range totals {
		out.ComparedHasData = out.ComparedHasData || (v.Period == out.ComparedTo && v.Value != nil && v.N > 0)
	}
	picks := make([]methodology.Value, len(ids)) // the tiles' values: one family of tests
	for ti, id := range ids {
		ind, _ := cat.Get(id)
		tile := Tile{Indicator: id, Name: ind.Name.BG, Unit: ind.Unit, Direction: ind.Direction, Target: ind.Target}
		if lang == "en" {
			tile.Name = ind.Name.EN
		}
		vals := byInd[id]
		// The overview's period; where the tile has no value then (visits twice a year), its own
		// last whole period, said so; where it has no whole period at all, its latest, said partial.
		var pick *methodology.Value
		for i := range vals {
			if vals[i].Period == out.Period && vals[i].Value != nil {
				pick = &vals[i]
			}
		}
		if pick == nil {
			if pick = lastWhole(vals); pick == nil {
				for i := len(vals) - 1; i >= 0 && pick == nil; i-- {
					if vals[i].Value != nil {
						pick = &vals[i]
					}
				}
			}
			tile.Own = pick != nil && out.Period != ""
		}
		if v := pick; v != nil {
			picks[ti] = *v
			tile.Period, tile.Complete, tile.Coverage, tile.Value, tile.N, tile.SmallSample = v.Period, v.Complete, v.Coverage, v.Value, v.N, v.SmallSample
			tile.ComparedTo, _ = compare.YearAgo(v.Period)
			tile.Previous, tile.Delta, tile.Status = v.YearAgo, v.YearAgoDelta, v.Status
		}
		if tile.Spark, err = charts.Sparkline(vals, tile.Name); err != nil {
			return nil, problem("errors.chartFailed", err, nil)
		}
		out.Tiles = append(out.Tiles, tile)
	}
	// The tiles are read together: their year-ago tests are one family (small samples are not compared).
	methodology.AdjustFamily(picks, methodology.YearAgoTest, FDRLevel(), func(v methodology.Value) bool { return !v.SmallSample })
	for i := range out.Tiles {
		out.Tiles[i].Significant, out.Tiles[i].P, out.Tiles[i].Q = picks[i].Shown(picks[i].YearAgoSignificant), picks[i].YearAgoP, picks[i].YearAgoQ
	}
	// The year: the overview period's, else the latest with data in any tile.
	if len(out.Period) >= 4 {
		out.Year, _ = strconv.Atoi(out.Period[:4])
	}
	for _, t := range out.Tiles {
		if len(t.Period) >= 4 {
			if y, err := strconv.Atoi(t.Period[:4]); err == nil && y > out.Year && out.Period == "" {
				out.Year = y
			}
		}
	}
	if out.Year == 0 {
		return out, nil // no data (an empty database, or filters that match nothing): tiles without values
	}
	allMonthly, err := compute(methodology.Query{Indicators: append([]string{trendInd.ID}, ids...), Grain: methodology.Month})
	if err != nil {
		return nil, queryProblem(err)
	}
	monthlyOf := map[string][]methodology.Value{}
	for _, v := range allMonthly {
		monthlyOf[v.Indicator] = append(monthlyOf[v.Indicator], v)
	}
	monthly := monthlyOf[trendInd.ID]
	for i := range out.Tiles {
		setIcons(&out.Tiles[i], monthlyOf[out.Tiles[i].Indicator])
	}
	// How much of the year the data cover: the best-covered key indicator's months, from its quarters.
	whole := 0
	for _, vals := range byInd {
		months := 0
		for _, v := range vals {
			if strings.HasPrefix(v.Period, strconv.Itoa(out.Year)+"-") && v.Coverage != "" {
				var n, total int
				fmt.Sscanf(v.Coverage, "%d/%d", &n, &total)
				months += n
			}
		}
		whole = max(whole, months)
	}
	out.YearCoverage = fmt.Sprintf("%d/12", whole)

	title := trendInd.Name.BG
	axis := ""
	if lang == "en" {
		title = trendInd.Name.EN
	}
	if out.Trend, err = charts.YearOverlay(monthly, out.Year, charts.YearLabels{Title: title, ValueAxis: axis, Months: charts.ShortMonths(lang), Unit: trendInd.Unit}); err != nil {
		return nil, problem("errors.chartFailed", err, nil)
	}
	out.Trend.Of(trendInd.ID).By(trendInd.DateBasis)
	if !hasValue(monthly) {
		out.Trend = nil // no data for the trend's indicator: no chart of empty axes
	}
	used, err := methodology.MethodsWithData(ctx, db, out.Year)
	if err != nil {
		return nil, queryProblem(err)
	}
	mandatory := map[string]bool{}
	for _, m := range methodology.MandatoryMethods {
		mandatory[m] = true
		out.Methods = append(out.Methods, MethodUse{Method: m, Mandatory: true, Records: used[m]})
	}
	for _, m := range methodology.OptionalMethods {
		out.Methods = append(out.Methods, MethodUse{Method: m, Records: used[m]})
	}
	if out.Period == "" {
		return out, nil
	}
	pc, err := periodChanges(ctx, src, grain, out.Period, req.Filters)
	if err != nil {
		return nil, queryProblem(err)
	}
	out.ComparedHasData = out.ComparedHasData || pc.ComparedHasData
	out.Tests, out.Uncorrected, out.Significant = pc.Tests, pc.Uncorrected, len(pc.Worse)+len(pc.Better)
	out.ExpectedByChance = float64(out.Tests) * FDRLevel()
	out.Worse, out.Better = methodology.OnePerDepartment(pc.Worse, 5), methodology.OnePerDepartment(pc.Better, 5)
	if out.ThemesGrew, out.ThemesHaveData, out.ThemesComparedHasData, err = themesGrew(ctx, src, grain, out.Period, out.ComparedTo, lang, req.Filters); err != nil {
		return nil, queryProblem(err)
	}
	return out, nil
}

// changesFamily makes the overview's changes one family: every department's year-ago test of a
// directional indicator in the period, small samples left out (they are never listed). It returns
// the family's size and how many of its tests have p ≤ level (what an uncorrected list would show).
func changesFamily(latest []methodology.Value, level float64) (tests, uncorrected int) {
	member := func(v methodology.Value) bool { return v.DepartmentCode != nil && v.Value != nil && !v.SmallSample }
	tests = methodology.AdjustFamily(latest, methodology.YearAgoTest, level, member)
	for _, v := range latest {
		if v.YearAgoP != nil && member(v) && *v.YearAgoP <= level {
			uncorrected++
		}
	}
	return tests, uncorrected
}

// themesGrownShown: the overview names this many themes.
const themesGrownShown = 3

// themesGrew also says whether any complaint (signal, rating 1–2) is there in the period and a
// year earlier: "no theme grew" is not said when there is nothing to compare.
func themesGrew(ctx context.Context, src Source, grain methodology.Grain, period, yearAgo, lang string, f Filters) (grew []ThemeGrowth, has, hasYearAgo bool, err error) {
	ts, cat, err := src.themes(ctx)
	if err != nil || ts == nil || cat == nil {
		return nil, false, false, err
	}
	var ids []string
	for _, th := range ts.All() {
		if _, ok := cat.Get(voice.IndicatorID(th.ID, true)); ok {
			ids = append(ids, voice.IndicatorID(th.ID, true))
		}
	}
	q, p := f.Apply(methodology.Query{Indicators: ids, Grain: grain})
	if p != nil {
		return nil, false, false, p
	}
	vals, err := src.compute(ctx, cat, q)
	if err != nil {
		return nil, false, false, err
	}
	for _, v := range vals {
		has = has || (v.Period == period && v.N > 0)
		hasYearAgo = hasYearAgo || (v.Period == yearAgo && v.N > 0)
	}
	// The section's family: every theme's year-ago test in the period.
	methodology.AdjustFamily(vals, methodology.YearAgoTest, FDRLevel(), func(v methodology.Value) bool { return v.Period == period })
	out := []ThemeGrowth{}
	for _, v := range vals {
		if v.Period != period || v.Value == nil || v.YearAgo == nil || v.YearAgoDelta == nil || *v.YearAgoDelta <= 0 || v.YearAgoWithheld ||
			v.YearAgoSignificant == nil || !*v.YearAgoSignificant { // a rise within chance is not news for the mayor
			continue
		}
		id, _, _ := voice.ThemeOf(v.Indicator)
		th, _ := ts.Get(id)
		name := th.Name.BG
		if lang == "en" {
			name = th.Name.EN
		}
		out = append(out, ThemeGrowth{ID: id, Name: name, Value: *v.Value, N: v.N, YearAgo: *v.YearAgo, Delta: *v.YearAgoDelta,
			Significant: v.YearAgoSignificant, SmallSample: v.SmallSample, P: v.YearAgoP, Q: v.YearAgoQ})
	}
	// One unit (п.п.): by size, small samples never first.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].SmallSample != out[j].SmallSample {
			return !out[i].SmallSample
		}
		return out[i].Delta > out[j].Delta
	})
	if len(out) > themesGrownShown {
		out = out[:themesGrownShown]
	}
	return out, has, hasYearAgo, nil
}

// hasValue tells whether any value is there to draw.
func hasValue(vals []methodology.Value) bool {
	for _, v := range vals {
		if v.Value != nil {
			return true
		}
	}
	return false
}
