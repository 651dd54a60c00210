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
	s := demoStore(t)
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

// A view asked again on the same data skips the scan of every text for unread ones, but a text
// that arrives after it (a new card, here written as an import would) is read by the next view.
func TestFreshThemesReadTextsThatArriveAfterAScan(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	st := &State{Store: s}
	scanned := func(id string) bool {
		var n int
		if err := s.DB.QueryRow(`SELECT count(*) FROM theme_scans WHERE source = 'card' AND record_id = ?`, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n > 0
	}
	for i := 0; i < 2; i++ {
		if _, _, err := st.freshThemes(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.DB.Exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, text, import_id)
		SELECT 'late-card', DATE '2026-01-15', min(code), 1, 'Чакахме на опашка цял час, грубо отношение', 1 FROM departments`); err != nil {
		t.Fatal(err)
	}
	if scanned("late-card") {
		t.Fatal("the card was scanned before any view asked")
	}
	if _, _, err := st.freshThemes(ctx); err != nil {
		t.Fatal(err)
	}
	if !scanned("late-card") {
		t.Fatal("a text that arrived after a scan was not read by the next view")
	}
}

// demoStore is a new database with the demo written (no catalogue, no window state).
func demoStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	return s
}
