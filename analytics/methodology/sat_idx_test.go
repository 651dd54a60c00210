package methodology

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

func openFixture(t *testing.T, fixtures ...string) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "fixture.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, fixture := range fixtures {
		body, err := os.ReadFile(filepath.Join("testdata", fixture))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB.ExecContext(ctx, string(body)); err != nil {
			t.Fatalf("fixture %s: %v", fixture, err)
		}
	}
	return s
}

func key(v Value) string {
	d := "TOTAL"
	if v.DepartmentCode != nil {
		d = *v.DepartmentCode
	}
	return v.Period + "/" + d
}

// Values computed by hand from testdata/sat_idx.sql; SAT_IDX = (mean − min) / (max − min) × 100.
func TestSatIdxByHand(t *testing.T) {
	s := openFixture(t, "sat_idx.sql")
	cat, err := DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	vals, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, By: []Dimension{ByDepartment}, Grain: Month})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		value float64
		n     int64
	}{
		"2025-01/A":     {75, 3},   // 5,4,3 → mean 4 → 3/4
		"2025-01/B":     {12.5, 2}, // 2,1 → mean 1.5 → 0.5/4
		"2025-01/TOTAL": {50, 5},   // pooled 5,4,3,2,1 → mean 3; not the mean of 75 and 12.5 (43.75)
		"2025-02/A":     {75, 1},   // 4; B's "don't know" counts nowhere
		"2025-02/TOTAL": {75, 1},
		"2025-03/B":     {100, 1}, // 10 on 1–10
		"2025-03/TOTAL": {100, 1},
	}
	got := map[string]Value{}
	for _, v := range vals {
		got[key(v)] = v
	}
	if len(got) != len(want) {
		t.Errorf("got %d values, want %d: %v", len(got), len(want), got)
	}
	for k, w := range want {
		g, ok := got[k]
		if !ok || g.Value == nil {
			t.Errorf("%s: missing", k)
			continue
		}
		if diff := *g.Value - w.value; diff > 1e-9 || diff < -1e-9 || g.N != w.n {
			t.Errorf("%s: value %.4f n %d, want %.4f n %d", k, *g.Value, g.N, w.value, w.n)
		}
	}
	if a := got["2025-01/A"]; a.Department == nil || *a.Department != "Отдел А" {
		t.Errorf("department name not carried: %+v", a)
	}
}

func TestSatIdxQuarterAndDateRange(t *testing.T) {
	s := openFixture(t, "sat_idx.sql")
	cat, _ := DefaultCatalog()
	vals, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, By: []Dimension{ByDepartment}, Grain: Quarter,
		From: time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	// In range: r2 4, r3 3, r4 2, r5 1, r6 4 → mean 2.8 → 45; r1 (5 Jan) and r8 (March) are outside.
	for _, v := range vals {
		if key(v) == "2025-Q1/TOTAL" {
			if v.N != 5 || *v.Value < 44.999 || *v.Value > 45.001 {
				t.Fatalf("2025-Q1 total %v n %d, want 45 n 5", *v.Value, v.N)
			}
			return
		}
	}
	t.Fatalf("no 2025-Q1 total in %v", vals)
}

func TestUnknownIndicatorIsAnError(t *testing.T) {
	s := openFixture(t, "sat_idx.sql")
	cat, _ := DefaultCatalog()
	if _, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"NOPE"}}); err == nil {
		t.Fatal("unknown indicator accepted")
	}
}
