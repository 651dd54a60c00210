package app

import (
	"context"
	"path/filepath"
	"testing"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
	"otzvuk/analytics/store"
)

// TestCompareRanksMunicipalitiesInAPool: on a pooled database of three municipalities the
// comparison ranks municipalities (names, intervals, ranks 1–3) and the pool is the total.
func TestCompareRanksMunicipalitiesInAPool(t *testing.T) {
	ctx := context.Background()
	cat, _ := methodology.DefaultCatalog()
	path, _, err := pool.DemoPooled(ctx, filepath.Join(t.TempDir(), "demo"), cat, "test")
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	svc := NewCompareService(NewState(s, cat, "test"))
	if st := NewStatusService(svc.st).Status(); st.Municipalities != 3 || st.Municipality != "" {
		t.Fatalf("status on a pool: %+v", st)
	}
	r := svc.Compare(CompareRequest{Lang: "bg", Grain: "year", Indicator: "SAT_IDX"})
	if !r.OK || r.Entity != "municipality" || len(r.Ranking) != 3 || r.Total == nil || r.Heatmap == nil || r.HeatmapRows != 4 { // three municipalities and the values of all
		t.Fatalf("ok=%v entity=%q ranking=%d total=%v rows=%d problem=%+v", r.OK, r.Entity, len(r.Ranking), r.Total, r.HeatmapRows, r.Problem)
	}
	var n int64
	for i, row := range r.Ranking {
		if row.Rank == nil || *row.Rank != i+1 || row.CILow == nil || row.Department == "" || row.Code == "" {
			t.Fatalf("row %d %+v", i, row)
		}
		n += row.N
	}
	if n != r.Total.N {
		t.Fatalf("the municipalities' n %d, the pool's %d", n, r.Total.N)
	}
	st := svc.st
	if r := NewRecordsService(st).Records(RecordsRequest{Kind: "survey"}); r.Problem == nil || r.Problem.Key != "errors.pooledNoRecords" {
		t.Fatalf("records on a pool: %+v", r.Problem)
	}
	if r := NewDepartmentService(st).Department(DepartmentRequest{Lang: "bg"}); r.Problem == nil || r.Problem.Key != "errors.pooledNoDepartment" {
		t.Fatalf("department on a pool: %+v", r.Problem)
	}
	m := svc.Multiples(MultiplesRequest{Lang: "bg", Indicator: "SAT_IDX"})
	if !m.OK || len(m.Charts) != 3 {
		t.Fatalf("multiples %+v", m.Problem)
	}
}

// TestStatusNamesTheMunicipality: the window's title is the name set with otzvuk settings.
func TestStatusNamesTheMunicipality(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cat, _ := methodology.DefaultCatalog()
	st := NewState(s, cat, "test")
	if got := NewStatusService(st).Status(); got.Municipality != "" || got.Municipalities != 0 {
		t.Fatalf("default: %+v", got)
	}
	if err := store.SetMunicipality(ctx, s.DB, store.Municipality{Name: "Община Брезово"}); err != nil {
		t.Fatal(err)
	}
	if got := NewStatusService(st).Status(); got.Municipality != "Община Брезово" {
		t.Fatalf("set: %+v", got)
	}
}
