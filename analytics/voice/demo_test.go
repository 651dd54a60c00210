package voice

import (
	"context"
	"testing"
	"time"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
)

// The demo's comments follow its story (analytics/demo/comments.go): MDT's complaints turn to
// waiting and fees, UT's praise grows, and the heat in the hall (2026) is found as a new theme.
func TestDemoThemesFollowTheStory(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	ts, _ := text.DefaultThemes()
	n, err := Refresh(ctx, s, ts)
	if err != nil || n < 1000 {
		t.Fatalf("read %d texts, %v", n, err)
	}
	cat, _ := Catalog(ts)
	vals, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{
		Indicators: []string{"THEME_WAITING", "THEME_FEES", "THEME_PRAISE"},
		By:         []methodology.Dimension{methodology.ByDepartment}, Grain: methodology.Year,
		From: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	get := func(id, dept, year string) methodology.Value {
		for _, v := range vals {
			if v.Indicator == id && v.Period == year && v.DepartmentCode != nil && *v.DepartmentCode == dept {
				return v
			}
		}
		t.Fatalf("no %s for %s in %s", id, dept, year)
		return methodology.Value{}
	}
	for _, id := range []string{"THEME_WAITING", "THEME_FEES"} {
		a, b := get(id, "MDT", "2024"), get(id, "MDT", "2025")
		t.Logf("%s MDT: 2024 %.1f %% of %d, 2025 %.1f %% of %d", id, *a.Value, a.N, *b.Value, b.N)
		if *b.Value <= *a.Value || b.YearAgoSignificant == nil {
			t.Errorf("%s in MDT should grow from 2024 to 2025: %.1f → %.1f", id, *a.Value, *b.Value)
		}
	}
	a, b := get("THEME_PRAISE", "UT", "2024"), get("THEME_PRAISE", "UT", "2025")
	t.Logf("THEME_PRAISE UT: 2024 %.1f %% of %d, 2025 %.1f %% of %d", *a.Value, a.N, *b.Value, b.N)
	if *b.Value <= *a.Value {
		t.Errorf("UT's praise should grow: %.1f → %.1f", *a.Value, *b.Value)
	}
	comments, depts, err := Load(ctx, s.DB, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	props := Discover(comments, depts, "", ts)
	t.Logf("2026 proposals: %+v", props)
	found := false
	for _, p := range props {
		if p.Term == text.Stem("климатик") || p.Term == text.Stem("задушно") {
			found = true
		}
	}
	if !found {
		t.Errorf("the heat in the hall is not proposed as a new theme: %+v", props)
	}
}
