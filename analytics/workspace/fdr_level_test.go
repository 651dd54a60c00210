package workspace

import (
	"context"
	"path/filepath"
	"testing"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// The false discovery rate level is the municipality's setting: stored in its database, applied
// when the database is opened, and every screen's families are tested at it — a laxer level
// calls at least as many changes significant; the overview states the level it used.
func TestTheFDRLevelIsTheMunicipalitySetting(t *testing.T) {
	ctx := context.Background()
	t.Cleanup(func() { compare.SetFDRLevel(compare.DefaultFDR) })
	path := filepath.Join(t.TempDir(), "fdr.duckdb")
	s, err := Open(ctx, path, MayCreate)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Write(ctx, s, demo.GenerateWith(5, demo.Options{}), nil); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []float64{0, 0.25, -1} {
		if err := store.SetFDRLevel(ctx, s.DB, bad); err == nil {
			t.Errorf("level %v accepted", bad)
		}
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	significant := func() (int, float64) {
		o, p := dashboard.ComputeOverview(ctx, dashboard.Source{DB: s.DB, Catalog: cat}, dashboard.OverviewRequest{Lang: "bg"})
		if p != nil {
			t.Fatal(p)
		}
		n := len(o.Worse) + len(o.Better)
		for _, c := range append(o.Worse, o.Better...) {
			n += c.More
		}
		return n, o.Level
	}
	strict, level := significant()
	if level != compare.DefaultFDR {
		t.Fatalf("level %v before any setting", level)
	}
	if err := store.SetFDRLevel(ctx, s.DB, 0.2); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path, MustExist); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if compare.FDRLevel() != 0.2 {
		t.Fatalf("opened at level %v", compare.FDRLevel())
	}
	lax, level := significant()
	if level != 0.2 || lax < strict {
		t.Fatalf("at 20 %%: %d significant changes (level %v), at 5 %%: %d", lax, level, strict)
	}
	t.Logf("significant changes: %d at 5 %%, %d at 20 %%", strict, lax)
}
