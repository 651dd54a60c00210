package methodology

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

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
	n := records / 10 // responses; ratings 4n, requests 4n, signals n/4, cards n/2 ≈ 10n records in all
	stmts := []string{
		`INSERT INTO departments (code, name) SELECT 'D' || i, 'Отдел ' || i FROM range(8) t(i)`,
		fmt.Sprintf(`INSERT INTO survey_responses (id, survey_id, response_date, department_code, channel, respondent_group, recommend_score, import_id)
		 SELECT 'r' || i, 's', DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, 'D' || (hash(i * 7) %% 8),
		   ['counter','portal','phone','email'][(1 + hash(i * 3) %% 4)::BIGINT], ['citizen','business','ngo'][(1 + hash(i * 5) %% 3)::BIGINT],
		   (hash(i * 11) %% 11)::INTEGER, 1 FROM range(%d) t(i)`, n),
		fmt.Sprintf(`INSERT INTO survey_ratings (response_id, item, rating, import_id)
		 SELECT 'r' || (i // 4), ['overall','courtesy','timeliness','outcome'][1 + i %% 4], 1 + hash(i * 17) %% 5, 1 FROM range(%d) t(i)`, 4*n),
		fmt.Sprintf(`INSERT INTO service_requests (id, department_code, channel, submitted_at, due_date, completed_at, status, waiting_minutes, import_id)
		 SELECT 'q' || i, 'D' || (hash(i * 7) %% 8), ['counter','portal','ssev','email'][(1 + hash(i * 3) %% 4)::BIGINT],
		   TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1095) DAY,
		   DATE '2023-01-08' + (hash(i) %% 1095)::INTEGER,
		   TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1095 + hash(i * 13) %% 12) DAY, 'completed',
		   (hash(i * 19) %% 45)::DOUBLE, 1 FROM range(%d) t(i)`, 4*n),
		fmt.Sprintf(`INSERT INTO signals (id, received_date, kind, department_code, decided_date, notified_date, outcome, implemented, import_id)
		 SELECT 'g' || i, DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, ['signal','complaint','proposal','praise'][(1 + hash(i * 3) %% 4)::BIGINT],
		   'D' || (hash(i * 7) %% 8), DATE '2023-01-01' + (hash(i) %% 1095 + hash(i * 5) %% 90)::INTEGER,
		   DATE '2023-01-01' + (hash(i) %% 1095 + hash(i * 5) %% 90 + 3)::INTEGER, 'upheld', hash(i) %% 2 = 0, 1 FROM range(%d) t(i)`, n/4),
		fmt.Sprintf(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
		 SELECT 'c' || i, DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, 'D' || (hash(i * 7) %% 8), 1 + hash(i * 3) %% 5, 1 FROM range(%d) t(i)`, n/2),
	}
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
