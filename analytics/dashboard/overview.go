package dashboard

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/compare"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/voice"

	"golang.org/x/sync/errgroup"
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

// ComputeOverview computes the mayor's office view: the tiles (which fix the period and the
// year), then — at once, for they are independent — the year's trend with the tiles' SPC icons,
// the methods used, the period's changes and the themes that grew.
func ComputeOverview(ctx context.Context, src Source, req OverviewRequest) (*Overview, *Problem) {
	ctx = src.requestWithThemes(ctx)
	if req.Grain == "" {
		req.Grain = "quarter"
	}
	if req.Indicator == "" {
		req.Indicator = "SAT_IDX"
	}
	grain, err := methodology.ParseGrain(req.Grain)
	if err != nil {
		return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Grain})
	}
	trendInd, ok := src.Catalog.Get(req.Indicator)
	if !ok {
		return nil, problem("errors.unknownIndicator", ErrInvalid, map[string]string{"id": req.Indicator})
	}
	r := &overviewRun{ctx: ctx, src: src, req: req, lang: format.Lang(req.Lang), grain: grain, trendInd: trendInd, out: &Overview{}}
	for _, id := range KeyIndicators {
		if _, ok := src.Catalog.Get(id); ok {
			r.ids = append(r.ids, id)
		}
	}
	if p := r.tiles(); p != nil {
		return nil, p
	}
	if r.out.Year == 0 {
		return r.out, nil // no data (an empty database, or filters that match nothing): tiles without values
	}
	steps := []func(ctx context.Context) *Problem{r.trend, r.methods}
	if r.out.Period != "" {
		steps = append(steps, r.changes, r.themes)
	}
	// No shared cancellation: a failing step must not cancel the others into "cancelled"
	// problems that would hide its own (the first step's problem is returned, by order).
	problems := make([]*Problem, len(steps))
	var g errgroup.Group
	for i, step := range steps {
		g.Go(func() error {
			problems[i] = step(ctx)
			return nil
		})
	}
	g.Wait()
	for _, p := range problems { // the first step's problem, as when they ran one after another
		if p != nil {
			return nil, p
		}
	}
	return r.out, nil
}

// overviewRun is one overview being computed: what every step shares. The steps after tiles
// write disjoint fields of out.
type overviewRun struct {
	ctx      context.Context
	src      Source
	req      OverviewRequest
	lang     string
	grain    methodology.Grain
	trendInd *methodology.Indicator
	ids      []string // the key indicators the catalogue has
	out      *Overview
	byInd    map[string][]methodology.Value // the key indicators' values at the tiles' grain
}

// compute runs a query of the view with the global filters applied, through the result cache.
func (r *overviewRun) compute(ctx context.Context, q methodology.Query) ([]methodology.Value, error) {
	q, p := r.req.Filters.Apply(q)
	if p != nil {
		return nil, p
	}
	return r.src.compute(ctx, r.src.Catalog, q)
}

// tiles computes the key indicators and fixes the overview's period (the last whole period of
// the satisfaction index, else of any tile) and year; the tiles' year-ago tests are one family.
func (r *overviewRun) tiles() *Problem {
	out, cat := r.out, r.src.Catalog
	totals, err := r.compute(r.ctx, methodology.Query{Indicators: r.ids, Grain: r.grain})
	if err != nil {
		return queryProblem(err)
	}
	r.byInd = map[string][]methodology.Value{}
	for _, v := range totals {
		r.byInd[v.Indicator] = append(r.byInd[v.Indicator], v)
	}
	lastWhole := func(vals []methodology.Value) *methodology.Value {
		for i := len(vals) - 1; i >= 0; i-- {
			if vals[i].Value != nil && vals[i].Complete {
				return &vals[i]
			}
		}
		return nil
	}
	if v := lastWhole(r.byInd["SAT_IDX"]); v != nil {
		out.Period = v.Period
	}
	for _, id := range r.ids {
		if v := lastWhole(r.byInd[id]); out.Period == "" && v != nil && v.Period > out.Period {
			out.Period = v.Period
		}
	}
	out.ComparedTo, _ = compare.YearAgo(out.Period)
	out.Level = FDRLevel()
	for _, v := range totals {
		out.ComparedHasData = out.ComparedHasData || (v.Period == out.ComparedTo && v.Value != nil && v.N > 0)
	}
	picks := make([]methodology.Value, len(r.ids)) // the tiles' values: one family of tests
	for ti, id := range r.ids {
		ind, _ := cat.Get(id)
		tile := Tile{Indicator: id, Name: format.In(r.lang, ind.Name.BG, ind.Name.EN), Unit: ind.Unit, Direction: ind.Direction, Target: ind.Target}
		vals := r.byInd[id]
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
			return problem("errors.chartFailed", err, nil)
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
	return nil
}

// trend draws the year's monthly course of the trend's indicator over the years before, sets
// the tiles' SPC icons from their monthly values, and says how much of the year the data cover.
func (r *overviewRun) trend(ctx context.Context) *Problem {
	out, ind := r.out, r.trendInd
	allMonthly, err := r.compute(ctx, methodology.Query{Indicators: append([]string{ind.ID}, r.ids...), Grain: methodology.Month})
	if err != nil {
		return queryProblem(err)
	}
	monthlyOf := map[string][]methodology.Value{}
	for _, v := range allMonthly {
		monthlyOf[v.Indicator] = append(monthlyOf[v.Indicator], v)
	}
	monthly := monthlyOf[ind.ID]
	for i := range out.Tiles {
		setIcons(&out.Tiles[i], monthlyOf[out.Tiles[i].Indicator])
	}
	// How much of the year the data cover: the best-covered key indicator's months, from its quarters.
	whole := 0
	for _, vals := range r.byInd {
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
	title := format.In(r.lang, ind.Name.BG, ind.Name.EN)
	if out.Trend, err = charts.YearOverlay(monthly, out.Year, charts.YearLabels{Title: title, Months: charts.ShortMonths(r.lang), Unit: ind.Unit}); err != nil {
		return problem("errors.chartFailed", err, nil)
	}
	out.Trend.Of(ind.ID).By(ind.DateBasis)
	if !hasValue(monthly) {
		out.Trend = nil // no data for the trend's indicator: no chart of empty axes
	}
	return nil
}

// methods lists the feedback methods, mandatory first, with the records each has in the year.
func (r *overviewRun) methods(ctx context.Context) *Problem {
	used, err := methodology.MethodsWithData(ctx, r.src.DB, r.out.Year)
	if err != nil {
		return queryProblem(err)
	}
	for _, m := range methodology.MandatoryMethods {
		r.out.Methods = append(r.out.Methods, MethodUse{Method: m, Mandatory: true, Records: used[m]})
	}
	for _, m := range methodology.OptionalMethods {
		r.out.Methods = append(r.out.Methods, MethodUse{Method: m, Records: used[m]})
	}
	return nil
}

// changes: the period's significant changes of every department, one family, one row per department.
func (r *overviewRun) changes(ctx context.Context) *Problem {
	out := r.out
	pc, err := periodChanges(ctx, r.src, r.grain, out.Period, r.req.Filters)
	if err != nil {
		return queryProblem(err)
	}
	out.ComparedHasData = out.ComparedHasData || pc.ComparedHasData
	out.Tests, out.Uncorrected, out.Significant = pc.Tests, pc.Uncorrected, len(pc.Worse)+len(pc.Better)
	out.ExpectedByChance = float64(out.Tests) * FDRLevel()
	out.Worse, out.Better = methodology.OnePerDepartment(pc.Worse, 5), methodology.OnePerDepartment(pc.Better, 5)
	return nil
}

// themes: the themes of complaints that grew against a year earlier.
func (r *overviewRun) themes(ctx context.Context) *Problem {
	out := r.out
	var err error
	if out.ThemesGrew, out.ThemesHaveData, out.ThemesComparedHasData, err = themesGrew(ctx, r.src, r.grain, out.Period, out.ComparedTo, r.lang, r.req.Filters); err != nil {
		return queryProblem(err)
	}
	return nil
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
		name := th.Name.In(lang)
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
