package dashboard

import (
	"context"
	"reflect"
	"testing"
	"time"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// The period's family is computed over the few periods it needs (from the year-ago period to the
// period's end), not the whole history: the same changes, counts and q-values as over the whole
// history, for a whole quarter and for the running one (whose same-days-a-year-earlier comparison
// must survive the cut).
func TestPeriodChangesOverTheirOwnRangeEqualTheWholeHistorys(t *testing.T) {
	ctx := context.Background()
	s, src := demoSource(t)
	cat := src.Catalog
	today := time.Now().In(time.Local)
	running := compare.Label(today, "quarter")
	whole, _ := compare.Previous(running)
	significant := 0
	for _, period := range []string{whole, running} {
		got, err := periodChanges(ctx, src, methodology.Quarter, period, Filters{})
		if err != nil {
			t.Fatal(err)
		}
		// as before: every quarter of the history, the period's rows taken from it
		var directional []string
		for _, ind := range cat.All() {
			if ind.Direction != "none" && ind.Measure.Kind != methodology.KindMix {
				directional = append(directional, ind.ID)
			}
		}
		all, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: directional, Grain: methodology.Quarter, By: []methodology.Dimension{methodology.ByDepartment}})
		if err != nil {
			t.Fatal(err)
		}
		want := &PeriodChanges{Period: period}
		want.ComparedTo, _ = compare.YearAgo(period)
		want.family(all, cat)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: over its own range\n%+v\nover the whole history\n%+v", period, got, want)
		}
		if got.Tests == 0 {
			t.Fatalf("%s: no tests — the comparison proves nothing", period)
		}
		significant += len(got.Worse) + len(got.Better)
	}
	if significant == 0 {
		t.Fatal("no significant change in either period — the comparison proves nothing")
	}
}

// The comparison's side-by-side table reads only the span of its two periods: the same rows,
// values, tests and q-values as over the whole history — for whole quarters, the running one, the
// periods given in either order, and a year.
func TestPeriodTableOverItsPeriodsEqualsTheWholeHistorys(t *testing.T) {
	ctx := context.Background()
	_, src := demoSource(t)
	today := time.Now().In(time.Local)
	running := compare.Label(today, "quarter")
	whole, _ := compare.Previous(running)
	yearAgo, _ := compare.YearAgo(whole)
	year := compare.Label(today.AddDate(-1, 0, 0), "year")
	yearBefore := compare.Label(today.AddDate(-2, 0, 0), "year")
	significant := 0
	for _, c := range []PeriodsRequest{
		{Lang: "bg", Grain: "quarter", A: yearAgo, B: whole},
		{Lang: "en", Grain: "quarter", A: whole, B: running},
		{Lang: "bg", Grain: "quarter", A: running, B: yearAgo},
		{Lang: "bg", Grain: "year", A: yearBefore, B: year},
	} {
		narrow, p := periodTable(ctx, src, c, true)
		if p != nil {
			t.Fatal(p)
		}
		all, p := periodTable(ctx, src, c, false)
		if p != nil {
			t.Fatal(p)
		}
		if !reflect.DeepEqual(narrow, all) {
			t.Fatalf("%s against %s: over their span\n%+v\nover the whole history\n%+v", c.A, c.B, narrow, all)
		}
		for _, r := range narrow.Rows {
			if r.Significant != nil && *r.Significant {
				significant++
			}
		}
		if len(narrow.Rows) < 10 {
			t.Fatalf("%s against %s: %d rows", c.A, c.B, len(narrow.Rows))
		}
	}
	if significant == 0 {
		t.Fatal("no significant row in any table: the comparison tested nothing")
	}
}

// demoSource is a new database with the demo (seed 5) and the default catalogue, uncached.
func demoSource(t *testing.T) (*store.Store, Source) {
	t.Helper()
	s := demoStore(t, demo.Generate(5))
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	return s, Source{DB: s.DB, Catalog: cat}
}
