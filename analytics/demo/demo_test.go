package demo

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

func TestSameSeedSameRows(t *testing.T) {
	a, b := Generate(7), Generate(7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with seed 7 differ")
	}
	c := Generate(8)
	if reflect.DeepEqual(a.Table("survey_ratings").Rows, c.Table("survey_ratings").Rows) {
		t.Fatal("seeds 7 and 8 gave the same ratings")
	}
}

func TestShapeOfTheMunicipality(t *testing.T) {
	ds := Generate(DefaultSeed)
	if n := len(ds.Table("departments").Rows); n < 7 || n > 10 {
		t.Errorf("%d departments, want about 8", n)
	}
	if n := len(ds.Table("services").Rows); n < 20 || n > 30 {
		t.Errorf("%d services, want 20–30", n)
	}
	for _, name := range []string{"service_requests", "survey_responses", "survey_ratings", "feedback_cards",
		"signals", "mystery_visits", "mystery_items", "consultations"} {
		if len(ds.Table(name).Rows) == 0 {
			t.Errorf("table %s is empty", name)
		}
	}
	groups := map[any]int{}
	for _, r := range ds.Table("survey_responses").Rows {
		groups[r[6]]++
	}
	for _, g := range []string{"citizen", "ngo", "business"} {
		if groups[g] == 0 {
			t.Errorf("no survey responses from respondent group %s", g)
		}
	}
}

// The demo exists to show trends: one department improves, one worsens, visibly in SAT_IDX.
func TestWrittenDemoShowsImprovingAndWorseningDepartments(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ds := Generate(DefaultSeed)
	if err := Write(ctx, s, ds, nil); err != nil {
		t.Fatal(err)
	}
	for _, tab := range ds.Tables {
		var n int
		if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM "+tab.Name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(tab.Rows) {
			t.Errorf("%s: %d rows in the database, %d generated", tab.Name, n, len(tab.Rows))
		}
	}
	if isDemo, _ := IsDemo(ctx, s); !isDemo {
		t.Error("database not marked as demo")
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	vals, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: []string{"SAT_IDX"}, By: []methodology.Dimension{methodology.ByDepartment}, Grain: methodology.Year})
	if err != nil {
		t.Fatal(err)
	}
	byDeptYear := map[string]float64{}
	for _, v := range vals {
		if v.DepartmentCode != nil && v.Value != nil {
			byDeptYear[*v.DepartmentCode+v.Period] = *v.Value
		}
	}
	if ut0, ut1 := byDeptYear["UT2024"], byDeptYear["UT2026"]; ut1-ut0 < 15 {
		t.Errorf("УТ should clearly improve: 2024 %.1f → 2026 %.1f", ut0, ut1)
	}
	if m0, m1 := byDeptYear["MDT2024"], byDeptYear["MDT2026"]; m0-m1 < 15 {
		t.Errorf("МДТ should clearly worsen: 2024 %.1f → 2026 %.1f", m0, m1)
	}
}
