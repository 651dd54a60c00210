package voice

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "v.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func exec(t *testing.T, s *store.Store, q string, args ...any) {
	t.Helper()
	if _, err := s.DB.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// fiveComments: department A, March 2025 — two surveys, two cards, one signal.
//
//	survey 1, rated 1: "Чаках два часа на опашката."   waiting, negative
//	survey 2, rated 5: "Не чаках изобщо, благодаря."   (negated: no waiting), positive
//	card 1, complaint: "Огромна опашка, едно гише."     waiting, negative
//	card 2, praise:    "Любезна служителка, браво!"    courtesy, praise, positive
//	signal, complaint: "Таксата за скица е висока."     fees, negative
//
// By hand: waiting 2 of 5 = 40 % (Wilson 95 %: 11.76–76.93); among the 3 negative, 2 of 3 = 66.67 %.
func fiveComments(t *testing.T, s *store.Store) {
	exec(t, s, `INSERT INTO departments (code, name) VALUES ('A', 'Отдел А')`)
	exec(t, s, `INSERT INTO survey_responses (id, survey_id, response_date, department_code, comment, import_id) VALUES
		('s1', 'S', DATE '2025-03-03', 'A', 'Чаках два часа на опашката.', 1),
		('s2', 'S', DATE '2025-03-04', 'A', 'Не чаках изобщо, благодаря.', 1),
		('s3', 'S', DATE '2025-03-04', 'A', NULL, 1)`)
	exec(t, s, `INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id) VALUES
		('s1', 'overall', 1, 1, 5, 1), ('s2', 'overall', 5, 1, 5, 1), ('s3', 'overall', 3, 1, 5, 1)`)
	exec(t, s, `INSERT INTO feedback_cards (id, card_date, department_code, source, rating, kind, text, import_id) VALUES
		('c1', DATE '2025-03-10', 'A', 'box', NULL, 'complaint', 'Огромна опашка, едно гише.', 1),
		('c2', DATE '2025-03-11', 'A', 'box', 5, 'praise', 'Любезна служителка, браво!', 1)`)
	exec(t, s, `INSERT INTO signals (id, received_date, department_code, kind, channel, text, import_id) VALUES
		('g1', DATE '2025-03-12', 'A', 'complaint', 'email', 'Таксата за скица е висока.', 1)`)
}

func themeValue(t *testing.T, s *store.Store, ts *text.Themes, id string) methodology.Value {
	t.Helper()
	cat, problems := Catalog(ts)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	vals, err := methodology.Compute(context.Background(), s.DB, cat, methodology.Query{
		Indicators: []string{id}, Grain: methodology.Month,
		From: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC),
		Today: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		if v.Period == "2025-03" {
			return v
		}
	}
	t.Fatalf("%s: no value for 2025-03 in %+v", id, vals)
	return methodology.Value{}
}

func near(a *float64, b float64) bool { return a != nil && math.Abs(*a-b) < 0.005 }

func TestThemeIndicatorByHand(t *testing.T) {
	s := openStore(t)
	fiveComments(t, s)
	ts, err := text.DefaultThemes()
	if err != nil {
		t.Fatal(err)
	}
	n, err := Refresh(context.Background(), s, ts)
	if err != nil || n != 5 {
		t.Fatalf("read %d texts, %v; want 5", n, err)
	}
	v := themeValue(t, s, ts, "THEME_WAITING")
	if v.N != 5 || !near(v.Value, 40) || !near(v.CILow, 11.76) || !near(v.CIHigh, 76.93) {
		t.Fatalf("THEME_WAITING %+v (value %v, ci %v–%v)", v, deref(v.Value), deref(v.CILow), deref(v.CIHigh))
	}
	neg := themeValue(t, s, ts, "THEME_WAITING_NEG")
	if neg.N != 3 || !near(neg.Value, 66.67) {
		t.Fatalf("THEME_WAITING_NEG n=%d value=%v", neg.N, deref(neg.Value))
	}
	if fees := themeValue(t, s, ts, "THEME_FEES"); fees.N != 5 || !near(fees.Value, 20) {
		t.Fatalf("THEME_FEES n=%d value=%v", fees.N, deref(fees.Value))
	}
	// Nothing new: nothing is read again.
	if n, err := Refresh(context.Background(), s, ts); err != nil || n != 0 {
		t.Fatalf("second refresh read %d, %v", n, err)
	}
}

// A changed text is read again, a deleted record loses its themes, a changed theme set reads all.
func TestRefreshFollowsTheRecordsAndTheThemes(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	fiveComments(t, s)
	ts, _ := text.DefaultThemes()
	if _, err := Refresh(ctx, s, ts); err != nil {
		t.Fatal(err)
	}
	exec(t, s, `UPDATE survey_responses SET comment = 'Всичко беше наред.' WHERE id = 's1'`)
	exec(t, s, `DELETE FROM feedback_cards WHERE id = 'c1'`)
	if n, err := Refresh(ctx, s, ts); err != nil || n != 1 {
		t.Fatalf("read %d after one change, %v", n, err)
	}
	var waiting, orphans int
	s.DB.QueryRow(`SELECT count(*) FROM theme_matches WHERE theme_id = 'waiting'`).Scan(&waiting)
	s.DB.QueryRow(`SELECT count(*) FROM theme_scans WHERE record_id = 'c1'`).Scan(&orphans)
	if waiting != 0 || orphans != 0 {
		t.Fatalf("waiting matches %d (want 0), scans of the deleted card %d", waiting, orphans)
	}
	// The municipality adds a theme for "скица": every text is read again with the new set.
	dir := filepath.Join(t.TempDir(), "themes")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "maps.yaml"), []byte("- id: sketch\n  name: {bg: Скици, en: Sketches}\n  words: [скица]\n"), 0o644)
	more, problems := text.LoadThemes(dir)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if n, err := Refresh(ctx, s, more); err != nil || n != 4 {
		t.Fatalf("read %d after the themes changed, %v; want 4", n, err)
	}
	if v := themeValue(t, s, more, "THEME_SKETCH"); v.N != 4 || !near(v.Value, 25) {
		t.Fatalf("THEME_SKETCH n=%d value=%v", v.N, deref(v.Value))
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// The records' theme filter reads the stored matches: of the five texts, two are about waiting
// (one survey, one card); the survey list shows one, the card list one, the requests none.
func TestRecordsFilteredByTheme(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	fiveComments(t, s)
	ts, _ := text.DefaultThemes()
	if _, err := Refresh(ctx, s, ts); err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string]int{"survey": 1, "cards": 1, "signals": 0, "requests": 0} {
		page, err := methodology.Records(ctx, s.DB, methodology.RecordsQuery{Kind: kind, Theme: "waiting"})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != want {
			t.Errorf("%s about waiting: %d, want %d", kind, page.Total, want)
		}
	}
	page, _ := methodology.Records(ctx, s.DB, methodology.RecordsQuery{Kind: "signals", Theme: "fees"})
	if page.Total != 1 {
		t.Errorf("signals about fees: %d, want 1", page.Total)
	}
	// A theme id is a parameter, never SQL.
	page, err := methodology.Records(ctx, s.DB, methodology.RecordsQuery{Kind: "survey", Theme: "x' OR '1'='1"})
	if err != nil || page.Total != 0 {
		t.Errorf("a hostile theme id: %d rows, %v", page.Total, err)
	}
}
