package backlog

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from what the queries return now")

func openFixture(t *testing.T, fixture string) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "backlog.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	body, err := os.ReadFile(filepath.Join("testdata", fixture))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, string(body)); err != nil {
		t.Fatalf("fixture %s: %v", fixture, err)
	}
	return s
}

// golden compares the items a query read with testdata/NAME.golden, one line per item.
func golden(t *testing.T, name string, items []Item) {
	t.Helper()
	day := func(p *time.Time) string {
		if p == nil {
			return "-"
		}
		return p.Format("2006-01-02")
	}
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "%s %s filed=%s due=%s done=%s withdrawn=%t undated=%t\n", it.ID, it.Department, it.Filed.Format("2006-01-02"),
			day(it.Due), day(it.Done), it.Withdrawn, it.Undated)
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		os.WriteFile(path, []byte(b.String()), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Fatalf("%s:\n%s\nwant:\n%s", path, b.String(), want)
	}
}

// The ten requests read from DuckDB give what tenRequests gives on paper (cohort_test.go).
func TestLoadRequestsGivesTheCohortOnPaper(t *testing.T) {
	s := openFixture(t, "ten_requests.sql")
	ctx := context.Background()
	items, err := Load(ctx, s.DB, Query{Register: Requests, Department: "A", From: d("2025-01-01"), To: d("2025-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "ten_requests", items)
	c := CohortOf(items, d("2025-03-31"))
	if c.Filed != 10 || c.Withdrawn != 1 || c.OnTime != 3 || c.Late != 2 || c.Overdue != 2 || c.Pending != 2 {
		t.Fatalf("%+v", c)
	}
	approx(t, "rate", c.Rate, 300.0/7)
	m := KaplanMeier(items, d("2025-03-31"), LogLog)
	approx(t, "median", m.Days, 24)
	// Every department: K (refused) is withdrawn too.
	all, _ := Load(ctx, s.DB, Query{Register: Requests, From: d("2025-01-01"), To: d("2025-03-31")})
	if c := CohortOf(all, d("2025-03-31")); c.Filed != 11 || c.Withdrawn != 2 {
		t.Fatalf("%+v", c)
	}
	last, ok, err := LastDate(ctx, s.DB, Requests)
	if err != nil || !ok || last.Format("2006-01-02") != "2025-04-02" {
		t.Fatalf("last date %v %v %v", last, ok, err)
	}
	// A department code is a parameter, never SQL text.
	if items, err := Load(ctx, s.DB, Query{Register: Requests, Department: "A' OR '1'='1"}); err != nil || len(items) != 0 {
		t.Fatalf("%d items, %v", len(items), err)
	}
}

// Signals, as of the register's last date (20 August 2025): on time S1 (28 days), S2 (60 of 60),
// S6 (87 of 120); late S3 (61 of 60); overdue S4 (due 9 June); pending S8 (due 25 September);
// withdrawn S5; praise S7 is not an item. Rate 3 / (3 + 1 + 1) = 60 %. Kaplan–Meier over S1, S2,
// S3, S4 (censored at 102 days), S6, S8 (censored at 84 days): 28✓ 60✓ 61✓ 84c 87✓ 102c —
// day 28: S = 5/6; day 60: 5/6 · 4/5 = 4/6; day 61: 4/6 · 3/4 = 1/2 exactly, so R's rule takes the
// midpoint to the next drop (day 87): median (61 + 87) / 2 = 74 days.
func TestLoadSignals(t *testing.T) {
	s := openFixture(t, "signals.sql")
	ctx := context.Background()
	last, ok, err := LastDate(ctx, s.DB, Signals)
	if err != nil || !ok || last.Format("2006-01-02") != "2025-08-20" {
		t.Fatalf("last date %v %v %v", last, ok, err)
	}
	items, err := Load(ctx, s.DB, Query{Register: Signals, Department: "A", From: d("2025-05-01"), To: d("2025-05-31")})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "signals", items)
	c := CohortOf(items, last)
	if c.Filed != 7 || c.Withdrawn != 1 || c.OnTime != 3 || c.Late != 1 || c.Overdue != 1 || c.Pending != 1 {
		t.Fatalf("%+v", c)
	}
	approx(t, "rate", c.Rate, 60)
	m := KaplanMeier(items, last, LogLog)
	if m.N != 6 || m.Events != 4 || m.Censored != 2 {
		t.Fatalf("%+v", m)
	}
	approx(t, "median", m.Days, 74)
}
