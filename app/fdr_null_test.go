package app

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
)

// nullSeeds: municipalities in which nothing changes from one year to the next (demo.Options.
// Stationary: 8 departments, every record kind, the same distributions every year).
var nullSeeds = []uint64{101, 202, 303, 404, 505}

// In a municipality where nothing changes, every "significant" change is a false one. Without a
// correction about 5 % of the tests come out significant; with Benjamini–Hochberg at 5 % a list
// holds a false change in at most 5 % of such municipalities (the false discovery rate when every
// change is false is the chance that any is listed), so over the seeds the lists hold on average
// at most the level's share of false ones.
func TestNothingChangesFewFalseChanges(t *testing.T) {
	if testing.Short() {
		t.Skip("generates several municipalities")
	}
	ctx := context.Background()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	var tests, uncorrected, listed, withAny, reportTests, reportUncorrected, reportListed, reportWithAny int
	for _, seed := range nullSeeds {
		s, err := store.Open(ctx, filepath.Join(t.TempDir(), fmt.Sprintf("null-%d.duckdb", seed)), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := demo.Write(ctx, s, demo.GenerateWith(seed, demo.Options{Stationary: true}), nil); err != nil {
			t.Fatal(err)
		}
		st := NewState(s, cat, "test")
		res := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
		if !res.OK || res.Tests == 0 || !res.ComparedHasData {
			t.Fatalf("seed %d: %+v", seed, res.Problem)
		}
		if res.ExpectedByChance != float64(res.Tests)*compare.DefaultFDR {
			t.Errorf("expected by chance %v for %d tests", res.ExpectedByChance, res.Tests)
		}
		tests += res.Tests
		uncorrected += res.Uncorrected
		listed += res.Significant
		if res.Significant > 0 {
			withAny++
		}
		r, err := report.Build(ctx, s.DB, cat, report.Options{Year: 2025})
		if err != nil {
			t.Fatal(err)
		}
		n := len(r.Worse) + len(r.Better)
		reportTests += r.FDR.Tests
		reportUncorrected += r.FDR.Uncorrected
		reportListed += n
		if n > 0 {
			reportWithAny++
		}
		t.Logf("seed %d: overview %d tests, %d with p ≤ 5 %%, %d listed; report %d tests, %d with p ≤ 5 %%, %d listed",
			seed, res.Tests, res.Uncorrected, res.Significant, r.FDR.Tests, r.FDR.Uncorrected, n)
		s.Close()
	}
	// The tests themselves hold their level where nothing changes: about 5 % of them, never a lot more.
	for _, c := range []struct {
		what               string
		tests, uncorrected int
	}{{"overview", tests, uncorrected}, {"report", reportTests, reportUncorrected}} {
		share := float64(c.uncorrected) / float64(c.tests)
		if c.uncorrected == 0 || share > 2*compare.DefaultFDR {
			t.Errorf("%s: %d of %d tests with p ≤ 5 %% where nothing changed (%.1f %%): the tests do not hold their level", c.what, c.uncorrected, c.tests, 100*share)
		}
	}
	// Every listed change is false: a list's false share is 1 when it lists any, else 0.
	seeds := float64(len(nullSeeds))
	if fdr := float64(withAny) / seeds; fdr > compare.DefaultFDR {
		t.Errorf("overview: false changes listed in %d of %d municipalities where nothing changed (%d in all)", withAny, len(nullSeeds), listed)
	}
	if fdr := float64(reportWithAny) / seeds; fdr > compare.DefaultFDR {
		t.Errorf("report: false changes listed in %d of %d municipalities where nothing changed (%d in all)", reportWithAny, len(nullSeeds), reportListed)
	}
}
