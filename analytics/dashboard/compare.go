package dashboard

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/compare"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// The comparison view: departments × key indicators for one period (the heatmap), a ranking of
// departments on one indicator with intervals, small-sample marks and the year-ago tests as one
// family, the municipality in period A beside period B, and one small year-over-year chart per
// department. Many municipalities pooled: the rows are municipalities.

// CompareRequest: the period (e.g. "2025"; empty = the last whole one with data) at a grain, and
// the indicator of the ranking (empty = the satisfaction index, or the first key indicator with
// data when it has none).
type CompareRequest struct {
	Lang      string  `json:"lang"`
	Grain     string  `json:"grain"`
	Period    string  `json:"period"`
	Indicator string  `json:"indicator"`
	Filters   Filters `json:"filters"`
}

// RankRow is one department in the ranking.
type RankRow struct {
	Department  string   `json:"department"`
	Code        string   `json:"code"`
	Value       *float64 `json:"value"`
	N           int64    `json:"n"`
	CILow       *float64 `json:"ciLow"`
	CIHigh      *float64 `json:"ciHigh"`
	SmallSample bool     `json:"smallSample"`
	Rank        *int     `json:"rank"`
	Status      string   `json:"status"`
	YearAgo     *float64 `json:"yearAgo"`
	Significant *bool    `json:"significant"`
	P           *float64 `json:"p"` // the year-ago test's p, and its q within the ranking
	Q           *float64 `json:"q"`
}

// PeriodOption is a period to pick, whole or not.
type PeriodOption struct {
	Period   string `json:"period"`
	Complete bool   `json:"complete"`
	Coverage string `json:"coverage"`
}

// heatmapWords are the heatmap's words in each language.
var heatmapWords = map[string]charts.HeatmapLabels{
	"bg": {Small: "малка извадка", TotalRow: "Общината (стойност)", Scale: [5]string{"много по-добре", "по-добре", "около общината", "по-зле", "много по-зле"},
		Themes: map[string]string{"satisfaction": "УДОВЛЕТВОРЕНОСТ", "deadlines": "СРОКОВЕ", "service": "ОБСЛУЖВАНЕ", "complaints": "ОПЛАКВАНИЯ"}},
	"en": {Small: "small sample", TotalRow: "Municipality (value)", Scale: [5]string{"much better", "better", "about the municipality", "worse", "much worse"},
		Themes: map[string]string{"satisfaction": "SATISFACTION", "deadlines": "DEADLINES", "service": "SERVICE", "complaints": "COMPLAINTS"}},
}

// Compare is the heatmap, the ranking and the periods the user can pick.
type Compare struct {
	Period  string        `json:"period"`
	Periods []string      `json:"periods"`
	Heatmap *charts.Chart `json:"heatmap"`
	// HeatmapRows is the number of rows — the departments and the municipal values on top (the view gives each row its height and scrolls).
	HeatmapRows int            `json:"heatmapRows"`
	PeriodInfo  []PeriodOption `json:"periodInfo"`
	Total       *RankRow       `json:"total"`
	Ranking     []RankRow      `json:"ranking"`
	Unit        string         `json:"unit"`
	// Entity is what the rows are: "department", or "municipality" in a pooled database of several.
	Entity string `json:"entity"`
	// Indicator is the indicator ranked; Requested, when not "", the one asked for, which has no
	// data (a register-only database ranked by the satisfaction index drew a ranking of dashes).
	Indicator string `json:"indicator"`
	Requested string `json:"requested,omitempty"`
	// Backlog: each department's requests filed in the period and what became of them, as of
	// BacklogAsOf (the register's last date); none without requests.
	Backlog     []CompareBacklog `json:"backlog"`
	BacklogAsOf string           `json:"backlogAsOf"`
}

// asDepartments: a pooled database's municipalities stand where a municipality's departments stand.
func asDepartments(vals []methodology.Value) {
	for i := range vals {
		v := &vals[i]
		if v.Municipality != nil {
			v.Department, v.DepartmentCode = v.MunicipalityName, v.Municipality
			v.Municipality, v.MunicipalityName = nil, nil
		}
	}
}

// ComputeCompare computes the comparison view; manyMunicipalities: a database pooling several.
func ComputeCompare(ctx context.Context, src Source, req CompareRequest, manyMunicipalities bool) (*Compare, *Problem) {
	ctx = src.request(ctx)
	grain, err := methodology.ParseGrain(req.Grain)
	if err != nil {
		return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Grain})
	}
	if req.Grain == "" {
		grain = methodology.Year
	}
	cat := src.Catalog
	asked := req.Indicator
	if asked == "" {
		asked = "SAT_IDX"
	}
	rankInd, ok := cat.Get(asked)
	if !ok {
		return nil, problem("errors.unknownIndicator", ErrInvalid, map[string]string{"id": asked})
	}
	// The heatmap's key indicators, and the ranked one.
	ids := []string{rankInd.ID}
	names := map[string]string{rankInd.ID: rankInd.Name.In(req.Lang)}
	for _, c := range charts.KeyHeatmapColumns {
		if ind, ok := cat.Get(c.ID); ok && c.ID != rankInd.ID {
			ids = append(ids, c.ID)
			names[c.ID] = ind.Name.In(req.Lang)
		}
	}
	entity, by := "department", methodology.ByDepartment
	if manyMunicipalities {
		entity, by = "municipality", methodology.ByMunicipality
	}
	q, p := req.Filters.Apply(methodology.Query{Indicators: ids, Grain: grain, By: []methodology.Dimension{by}})
	if p != nil {
		return nil, p
	}
	vals, err := src.compute(ctx, cat, q)
	if err != nil {
		return nil, queryProblem(err)
	}
	asDepartments(vals)
	out := &Compare{Unit: rankInd.Unit, Ranking: []RankRow{}, Periods: []string{}, PeriodInfo: []PeriodOption{}, Entity: entity, Indicator: rankInd.ID}
	// The ranked indicator has no data at all while a key indicator has: rank by the first of those.
	if !anyValue(vals, rankInd.ID) {
		for _, id := range ids[1:] {
			if anyValue(vals, id) {
				out.Requested, out.Indicator = rankInd.ID, id
				rankInd = cat.Must(id)
				out.Unit = rankInd.Unit
				break
			}
		}
	}
	// The periods to pick from, whole ones named as such; the view opens on the last whole one.
	seen := map[string]bool{}
	lastWhole := ""
	for _, v := range vals {
		if v.Value == nil || !v.IsTotal() || seen[v.Period] || strings.HasPrefix(v.Coverage, "0/") {
			continue // a period the data do not cover at all (closures years later) is no period to compare
		}
		seen[v.Period] = true
		out.Periods = append(out.Periods, v.Period)
		out.PeriodInfo = append(out.PeriodInfo, PeriodOption{Period: v.Period, Complete: v.Complete, Coverage: v.Coverage})
		if v.Complete && v.Period > lastWhole {
			lastWhole = v.Period
		}
	}
	sort.Strings(out.Periods)
	sort.Slice(out.PeriodInfo, func(i, j int) bool { return out.PeriodInfo[i].Period < out.PeriodInfo[j].Period })
	out.Period = req.Period
	if !seen[out.Period] {
		out.Period = lastWhole
		if out.Period == "" && len(out.Periods) > 0 {
			out.Period = out.Periods[len(out.Periods)-1]
		}
	}
	var cur []methodology.Value
	for _, v := range vals {
		if v.Period == out.Period {
			cur = append(cur, v)
		}
	}
	lang := format.Lang(req.Lang)
	w := heatmapWords[lang]
	w.Names, w.Lang = names, lang
	if entity == "municipality" {
		w.TotalRow = map[string]string{"bg": "Всички (стойност)", "en": "All (value)"}[w.Lang]
	}
	if out.Heatmap, out.HeatmapRows, err = charts.DepartmentHeatmap(cur, cat, charts.KeyHeatmapColumns, w); err != nil {
		return nil, problem("errors.chartFailed", err, nil)
	}
	out.Heatmap.Of(ids[1:]...) // nil-safe
	// The ranking's year-ago tests (its departments and the total, small samples aside) are one family.
	methodology.AdjustFamily(cur, methodology.YearAgoTest, FDRLevel(), func(v methodology.Value) bool {
		return v.Indicator == rankInd.ID && !v.SmallSample
	})
	for _, v := range cur {
		if v.Indicator != rankInd.ID {
			continue
		}
		row := RankRow{Value: v.Value, N: v.N, CILow: v.CILow, CIHigh: v.CIHigh, SmallSample: v.SmallSample, Rank: v.Rank,
			Status: v.Status, YearAgo: v.YearAgo, Significant: v.Shown(v.YearAgoSignificant), P: v.YearAgoP, Q: v.YearAgoQ}
		if v.IsTotal() {
			out.Total = &row
			continue
		}
		row.Department, row.Code = *v.Department, *v.DepartmentCode
		out.Ranking = append(out.Ranking, row)
	}
	if !manyMunicipalities && out.Period != "" {
		names := map[string]string{}
		for _, v := range vals {
			if v.DepartmentCode != nil && v.Department != nil {
				names[*v.DepartmentCode] = *v.Department
			}
		}
		if out.Backlog, out.BacklogAsOf, err = compareBacklog(ctx, src, out.Period, names); err != nil {
			return nil, queryProblem(err)
		}
	}
	sort.SliceStable(out.Ranking, func(i, j int) bool {
		a, b := out.Ranking[i], out.Ranking[j]
		if (a.Rank == nil) != (b.Rank == nil) {
			return a.Rank != nil
		}
		if a.Rank != nil && *a.Rank != *b.Rank {
			return *a.Rank < *b.Rank
		}
		return a.Department < b.Department
	})
	return out, nil
}

// anyValue: the indicator has a value somewhere in vals.
func anyValue(vals []methodology.Value, id string) bool {
	for _, v := range vals {
		if v.Indicator == id && v.Value != nil {
			return true
		}
	}
	return false
}

// PeriodsRequest compares the municipality in two periods of one grain.
type PeriodsRequest struct {
	Lang    string  `json:"lang"`
	Grain   string  `json:"grain"`
	A       string  `json:"a"`
	B       string  `json:"b"`
	Filters Filters `json:"filters"`
}

// PeriodRow is one indicator in period A against period B.
type PeriodRow struct {
	Indicator   string   `json:"indicator"`
	Name        string   `json:"name"`
	Unit        string   `json:"unit"`
	Direction   string   `json:"direction"`
	A           *float64 `json:"a"`
	NA          int64    `json:"nA"`
	B           *float64 `json:"b"`
	NB          int64    `json:"nB"`
	Delta       *float64 `json:"delta"`
	Significant *bool    `json:"significant"`
	P           *float64 `json:"p"` // the test of A against B, and its q within the table
	Q           *float64 `json:"q"`
}

// PeriodTable is the side-by-side table: the indicators with data in A or B, and the names of
// those with data in neither (a register-only database listed a dozen rows of "— (n = 0)").
type PeriodTable struct {
	Rows   []PeriodRow `json:"rows"`
	NoData []string    `json:"noData"`
}

// ComputePeriods puts every directional indicator's municipal value in period A beside period B.
func ComputePeriods(ctx context.Context, src Source, req PeriodsRequest) (*PeriodTable, *Problem) {
	return periodTable(ctx, src, req, true)
}

// periodTable is ComputePeriods; narrow reads only the span from the earlier period's start to
// the later one's end (their values are the whole history's: Compute reads what a period's own
// comparisons need) — the comparison's table asked every quarter since the first record.
func periodTable(ctx context.Context, src Source, req PeriodsRequest, narrow bool) (*PeriodTable, *Problem) {
	ctx = src.request(ctx)
	grain, err := methodology.ParseGrain(req.Grain)
	if err != nil {
		return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Grain})
	}
	cat := src.Catalog
	var ids []string
	for _, ind := range cat.All() {
		if ind.Direction != "none" && ind.Measure.Kind != methodology.KindMix {
			ids = append(ids, ind.ID)
		}
	}
	q, p := req.Filters.Apply(methodology.Query{Indicators: ids, Grain: grain})
	if p != nil {
		return nil, p
	}
	if narrow && q.From.IsZero() && q.To.IsZero() {
		q.From, q.To = spanOfPeriods(req.A, req.B)
	}
	vals, err := src.compute(ctx, cat, q)
	if err != nil {
		return nil, queryProblem(err)
	}
	at := map[string]methodology.Value{}
	for _, v := range vals {
		at[v.Indicator+"|"+v.Period] = v
	}
	out := &PeriodTable{Rows: []PeriodRow{}, NoData: []string{}}
	for _, id := range ids {
		ind := cat.Must(id)
		row := PeriodRow{Indicator: id, Name: ind.Name.In(req.Lang), Unit: ind.Unit, Direction: ind.Direction}
		a, okA := at[id+"|"+req.A]
		b, okB := at[id+"|"+req.B]
		if (!okA || a.Value == nil) && (!okB || b.Value == nil) {
			out.NoData = append(out.NoData, row.Name)
			continue
		}
		if okA {
			row.A, row.NA = a.Value, a.N
		}
		if okB {
			row.B, row.NB = b.Value, b.N
		}
		if okA && okB {
			row.Delta, row.P = methodology.Contrast(a, b)
		}
		out.Rows = append(out.Rows, row)
	}
	// The table's contrasts are one family.
	ps := make([]*float64, len(out.Rows))
	for i := range out.Rows {
		ps[i] = out.Rows[i].P
	}
	qs, sig := methodology.AdjustP(ps, FDRLevel())
	for i := range out.Rows {
		out.Rows[i].Q, out.Rows[i].Significant = qs[i], sig[i]
	}
	return out, nil
}

// spanOfPeriods is the days from the earlier period's first to the later one's last; zero times
// (the whole history) when either is not a period.
func spanOfPeriods(a, b string) (from, to time.Time) {
	startA, nextA, errA := compare.PeriodBounds(a)
	startB, nextB, errB := compare.PeriodBounds(b)
	if errA != nil || errB != nil {
		return time.Time{}, time.Time{}
	}
	if startB.Before(startA) {
		startA = startB
	}
	if nextB.After(nextA) {
		nextA = nextB
	}
	return startA, nextA.AddDate(0, 0, -1)
}

// MultiplesRequest asks for one small year-over-year chart per department.
type MultiplesRequest struct {
	Lang      string  `json:"lang"`
	Indicator string  `json:"indicator"`
	Filters   Filters `json:"filters"`
	// Year: the year drawn against the one before (the comparison's period); 0 = the last with a
	// value — which for a date basis of closures can be years after the register's own year.
	Year int `json:"year"`
}

// DepartmentChart is one small multiple.
type DepartmentChart struct {
	Department string        `json:"department"`
	Code       string        `json:"code"`
	Chart      *charts.Chart `json:"chart"`
}

// Multiples: the year shown and one chart per department.
type Multiples struct {
	Year   int               `json:"year"`
	Charts []DepartmentChart `json:"charts"`
}

// ComputeMultiples draws, per department, the indicator month by month this year against last year.
func ComputeMultiples(ctx context.Context, src Source, req MultiplesRequest, manyMunicipalities bool) (*Multiples, *Problem) {
	ctx = src.request(ctx)
	if req.Indicator == "" {
		req.Indicator = "SAT_IDX"
	}
	ind, ok := src.Catalog.Get(req.Indicator)
	if !ok {
		return nil, problem("errors.unknownIndicator", ErrInvalid, map[string]string{"id": req.Indicator})
	}
	by := methodology.ByDepartment
	if manyMunicipalities {
		by = methodology.ByMunicipality
	}
	q, p := req.Filters.Apply(methodology.Query{Indicators: []string{req.Indicator}, Grain: methodology.Month,
		By: []methodology.Dimension{by}})
	if p != nil {
		return nil, p
	}
	vals, err := src.compute(ctx, src.Catalog, q)
	if err != nil {
		return nil, queryProblem(err)
	}
	asDepartments(vals)
	out := &Multiples{Charts: []DepartmentChart{}}
	byDept := map[string][]methodology.Value{}
	names := map[string]string{}
	for _, v := range vals {
		if v.DepartmentCode == nil {
			continue
		}
		if v.Value != nil && len(v.Period) >= 4 {
			if y := atoi(v.Period[:4]); y > out.Year {
				out.Year = y
			}
		}
		// YearOverlay draws municipal totals: present each department's values as the total of its chart.
		d := v
		d.Department, d.DepartmentCode = nil, nil
		byDept[*v.DepartmentCode] = append(byDept[*v.DepartmentCode], d)
		names[*v.DepartmentCode] = *v.Department
	}
	if req.Year > 0 {
		out.Year = req.Year
	}
	lang := format.Lang(req.Lang)
	var codes []string
	for c := range byDept {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return names[codes[i]] < names[codes[j]] })
	for _, c := range codes {
		if !valueIn(byDept[c], out.Year) && !valueIn(byDept[c], out.Year-1) {
			continue // nothing to draw in either year: no empty panel
		}
		ch, err := charts.YearOverlay(byDept[c], out.Year, charts.YearLabels{Title: names[c], Months: charts.ShortMonths(lang), Small: true, Unit: ind.Unit})
		if err != nil {
			return nil, problem("errors.chartFailed", err, nil)
		}
		out.Charts = append(out.Charts, DepartmentChart{Department: names[c], Code: c, Chart: ch.Of(req.Indicator)})
	}
	return out, nil
}

// valueIn: some month of the year has a value.
func valueIn(vals []methodology.Value, year int) bool {
	y := strconv.Itoa(year)
	for _, v := range vals {
		if v.Value != nil && strings.HasPrefix(v.Period, y) {
			return true
		}
	}
	return false
}

// atoi reads a year's digits; 0 for anything else.
func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
