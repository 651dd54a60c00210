package demo

import (
	"context"
	"path/filepath"
	"testing"

	"otzvuk/analytics/store"
)

// Removing the demo takes out every demo record, its log and mark, and leaves imported data —
// including a demo department that imported records refer to.
func TestRemoveLeavesImportedData(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "d.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if need, err := NeedsChoice(ctx, s); err != nil || !need {
		t.Fatalf("an empty database asks how to start: %v %v", need, err)
	}
	if err := Write(ctx, s, Generate(DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	// An import of real data: one request to the demo's GRAO, one department of its own.
	if _, err := s.DB.Exec(`INSERT INTO import_log (import_id, file_name, sha256, profile, record_kind, rows_read, rows_accepted, started_at, finished_at)
		VALUES (9001, 'real.csv', 'x', 'p', 'service_requests', 2, 2, now(), now());
		INSERT INTO departments (code, name, import_id) VALUES ('REAL', 'Истински отдел', 9001);
		INSERT INTO service_requests (id, department_code, submitted_at, import_id) VALUES
		  ('R1', 'GRAO', TIMESTAMP '2026-11-02 10:00', 9001), ('R2', 'REAL', TIMESTAMP '2026-11-03 10:00', 9001)`); err != nil {
		t.Fatal(err)
	}
	got, err := Remove(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	q := func(sql string) (n int64) {
		t.Helper()
		if err := s.DB.QueryRow(sql).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := q("SELECT count(*) FROM service_requests"); n != 2 {
		t.Fatalf("%d requests left, want the 2 imported", n)
	}
	if n := q("SELECT count(*) FROM departments"); n != 2 || got.Kept != 1 {
		t.Fatalf("%d departments (kept %d), want REAL and the referenced GRAO", n, got.Kept)
	}
	for _, sql := range []string{"SELECT count(*) FROM survey_responses", "SELECT count(*) FROM survey_ratings", "SELECT count(*) FROM signals",
		"SELECT count(*) FROM import_log WHERE is_demo", "SELECT count(*) FROM data_coverage", "SELECT count(*) FROM app_meta WHERE key = 'demo_seed'"} {
		if n := q(sql); n != 0 {
			t.Errorf("%s = %d after removing the demo", sql, n)
		}
	}
	if isDemo, _ := IsDemo(ctx, s); isDemo || got.Records < 10000 {
		t.Fatalf("still demo %v, %d records removed", isDemo, got.Records)
	}
	if need, _ := NeedsChoice(ctx, s); need {
		t.Fatal("a database with imported data asks how to start")
	}
}
