package app

import (
	"context"
	"path/filepath"
	"testing"

	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/demo"
	"otzvuk/analytics/store"
)

// The theme set loads, reloads after a theme is created, and the new theme is counted at once.
func TestCreateThemeFromTheWindow(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	st := &State{Store: s}
	for i := 0; i < 2; i++ { // twice: the second use finds them loaded
		if ts, cat, err := st.freshThemes(ctx); err != nil || ts == nil || cat == nil {
			t.Fatalf("themes %v, catalogue %v, %v", ts, cat, err)
		}
	}
	svc := NewThemeService(st, nil)
	r := svc.Create(CreateThemeRequest{NameBG: "Климатик", Words: []string{"климатикът", "климатик"}})
	if !r.OK || r.ID != "klimatik" {
		t.Fatalf("%+v", r)
	}
	if again := svc.Create(CreateThemeRequest{NameBG: "Климатик", Words: []string{"жега"}}); again.OK || again.Problem == nil || again.Problem.Key != "themes.exists" {
		t.Fatalf("a second theme of the same name: %+v", again)
	}
	if bad := svc.Create(CreateThemeRequest{NameBG: "", Words: []string{"жега"}}); bad.OK || bad.Problem.Key != "themes.invalid" {
		t.Fatalf("a theme without a name: %+v", bad)
	}
	var n int
	if err := s.DB.QueryRow(`SELECT count(*) FROM theme_matches WHERE theme_id = 'klimatik'`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("the new theme matched %d comments, %v", n, err)
	}
	sum, err := dashboard.Voices(ctx, st.source(), "CAO", 2026)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, th := range sum.Themes {
		found = found || th.ID == "klimatik" && th.User
	}
	if !found {
		t.Fatalf("the new theme is not shown: %+v", sum.Themes)
	}
}
