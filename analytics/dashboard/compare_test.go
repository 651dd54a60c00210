package dashboard

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// A register-only database (one year of service requests, as a first real export): the comparison
// ranked by the satisfaction index, which has no data, and listed every indicator as "— (n = 0)"
// in period A against B. It now ranks by the first key indicator with data and says which was
// asked, and the A/B table lists only indicators with data, naming the others.
func TestCompareOnARegisterOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, demo.GenerateWith(3, demo.Options{Stationary: true}))
	for _, q := range []string{
		"DELETE FROM service_requests WHERE submitted_at < DATE '2025-01-01' OR submitted_at >= DATE '2026-01-01'",
		"DELETE FROM survey_ratings", "DELETE FROM survey_responses", "DELETE FROM feedback_cards", "DELETE FROM signals",
		"DELETE FROM mystery_items", "DELETE FROM mystery_visits", "DELETE FROM consultations",
	} {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	src := Source{DB: s.DB, Catalog: cat}
	for _, asked := range []string{"", "SAT_IDX"} {
		c, p := ComputeCompare(ctx, src, CompareRequest{Lang: "bg", Grain: "year", Indicator: asked}, false)
		if p != nil {
			t.Fatal(p)
		}
		if c.Indicator == "SAT_IDX" || c.Requested != "SAT_IDX" || c.Period != "2025" {
			t.Fatalf("asked %q: ranked %q (requested %q) in %q", asked, c.Indicator, c.Requested, c.Period)
		}
		ranked := 0
		for _, r := range c.Ranking {
			if r.Value != nil {
				ranked++
			}
		}
		if ranked == 0 {
			t.Fatalf("asked %q: no department ranked by %s", asked, c.Indicator)
		}
	}
	// beside the ranking, what became of the requests filed in 2025, per department: the cohort
	// counts add up to what was filed, and the register's own count agrees
	c, _ := ComputeCompare(ctx, src, CompareRequest{Grain: "year", Period: "2025"}, false)
	filed := 0
	for _, b := range c.Backlog {
		k := b.Cohort
		if k.OnTime+k.Late+k.Overdue+k.Pending+k.Withdrawn+k.NoDeadline+k.BadDates != k.Filed {
			t.Errorf("%s: the cohort does not add up: %+v", b.Code, k)
		}
		filed += k.Filed
	}
	var want int
	s.DB.QueryRow("SELECT count(*) FROM service_requests WHERE submitted_at >= DATE '2025-01-01' AND submitted_at < DATE '2026-01-01'").Scan(&want)
	if len(c.Backlog) == 0 || filed != want || c.BacklogAsOf == "" {
		t.Fatalf("backlog of %d departments, %d filed (want %d), as of %q", len(c.Backlog), filed, want, c.BacklogAsOf)
	}
	// asked for an indicator with data: ranked by it, nothing said
	if c, _ := ComputeCompare(ctx, src, CompareRequest{Grain: "year", Indicator: "SVC_ONTIME"}, false); c.Indicator != "SVC_ONTIME" || c.Requested != "" {
		t.Fatalf("ranked %q requested %q", c.Indicator, c.Requested)
	}
	// the small multiples are drawn for the comparison's year, not the last year a closure fell in
	if m, p := ComputeMultiples(ctx, src, MultiplesRequest{Lang: "bg", Indicator: "SVC_ONTIME", Year: 2025}, false); p != nil || m.Year != 2025 || len(m.Charts) == 0 {
		t.Fatalf("multiples %+v %v", m, p)
	}
	// a year and the one before without data: no empty panels
	if m, _ := ComputeMultiples(ctx, src, MultiplesRequest{Lang: "bg", Indicator: "SVC_ONTIME", Year: 2030}, false); len(m.Charts) != 0 {
		t.Fatalf("%d empty panels drawn", len(m.Charts))
	}
	tab, p := ComputePeriods(ctx, src, PeriodsRequest{Lang: "bg", Grain: "year", A: "2025", B: "2024"})
	if p != nil {
		t.Fatal(p)
	}
	if len(tab.Rows) == 0 || !slices.Contains(tab.NoData, "Индекс на удовлетвореност") {
		t.Fatalf("rows %d, no data %v", len(tab.Rows), tab.NoData)
	}
	for _, r := range tab.Rows {
		if r.A == nil && r.B == nil {
			t.Errorf("%s has no data in either period and is listed", r.Indicator)
		}
	}
}

// demoStore is a new database in the test's directory holding the demo data d, closed with the test.
func demoStore(t *testing.T, d *demo.Dataset) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Write(ctx, s, d, nil); err != nil {
		t.Fatal(err)
	}
	return s
}
