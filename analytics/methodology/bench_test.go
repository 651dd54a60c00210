package methodology

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"otzvuk/internal/benchdata"
	"otzvuk/analytics/store"
)

// benchStore fills a database with about `records` generated records across the record kinds, with
// DuckDB's own bulk SQL (range + hash), three years of dates, 8 departments.
func benchStore(b *testing.B, records int) *store.Store {
	b.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.duckdb"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	stmts := benchdata.DashboardSQL(records)
	for _, q := range stmts {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// benchDashboard: the whole dashboard (every indicator, every department, current and previous
// period, monthly grain over 3 years) against a baseline measured in the same run — one plain
// GROUP BY over the survey ratings, the least any dashboard could cost. Reports p95 and the ratio.
func benchDashboard(b *testing.B, records int) {
	s := benchStore(b, records)
	ctx := context.Background()
	cat, err := DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	q := Query{Indicators: cat.IDs(), By: []Dimension{ByDepartment}, Grain: Month}
	baseline := func() {
		rows, err := s.DB.QueryContext(ctx, `SELECT department_code, strftime(date, '%Y-%m'), avg(rating) FROM v_survey_ratings WHERE item = 'overall' GROUP BY ALL`)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
		}
		rows.Close()
	}
	dashboard := func() {
		if _, err := Compute(ctx, s.DB, cat, q); err != nil {
			b.Fatal(err)
		}
	}
	baseline()
	dashboard() // warm caches once, as the app does at start
	var dash, base []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		dashboard()
		dash = append(dash, time.Since(t0))
		b.StopTimer()
		t1 := time.Now()
		baseline()
		base = append(base, time.Since(t1))
		b.StartTimer()
	}
	p95 := func(d []time.Duration) time.Duration {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return d[(len(d)*95+99)/100-1]
	}
	pd, pb := p95(dash), p95(base)
	b.ReportMetric(float64(pd.Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(pb.Microseconds())/1000, "baseline-p95-ms")
	b.ReportMetric(float64(pd)/float64(pb), "x-baseline")
}

func BenchmarkDashboard1M(b *testing.B)  { benchDashboard(b, 1_000_000) }
func BenchmarkDashboard10M(b *testing.B) { benchDashboard(b, 10_000_000) }
