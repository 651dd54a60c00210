package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "import.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО'), ('MDT', 'Местни данъци и такси')`); err != nil {
		t.Fatal(err)
	}
	return s
}

func mustProfile(t testing.TB, path string) *Profile {
	t.Helper()
	p, err := LoadProfile(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func count(t testing.TB, s *store.Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.DB.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestWindows1251SemicolonBulgarianDates(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "testdata/signals_bg.yaml")
	sum, err := Import(context.Background(), s, p, "testdata/signals_1251.csv", Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Source.Encoding != "windows-1251" || sum.Source.Delimiter != ";" {
		t.Errorf("read as %+v", sum.Source)
	}
	if sum.Read != 4 || sum.Accepted != 4 || sum.New != 4 || sum.Rejected != 0 || sum.PIIMasked != 2 {
		t.Fatalf("summary %+v", sum)
	}
	var kind, channel, dept, action string
	var received time.Time
	s.DB.QueryRow(`SELECT kind, channel, department_code, received_date, action FROM signals WHERE id = 'С-1'`).Scan(&kind, &channel, &dept, &received, &action)
	if kind != "complaint" || channel != "counter" || dept != "GRAO" || !received.Equal(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("С-1 = %s %s %s %v", kind, channel, dept, received)
	}
	if action != "Обадете се на [телефон]; ЕГН [ЕГН]" {
		t.Errorf("PII not masked: %q", action)
	}
	var formula string
	s.DB.QueryRow(`SELECT action FROM signals WHERE id = 'С-3'`).Scan(&formula)
	if formula != "=1+1" {
		t.Errorf("a formula-looking cell must stay text: %q", formula)
	}
	var anon bool
	s.DB.QueryRow(`SELECT anonymous FROM signals WHERE id = 'С-4'`).Scan(&anon)
	if !anon {
		t.Error("да → anonymous")
	}
}

func TestReimportAddsNothingAndCorrectionsReplace(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "testdata/signals_bg.yaml")
	ctx := context.Background()
	if _, err := Import(ctx, s, p, "testdata/signals_1251.csv", Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	again, err := Import(ctx, s, p, "testdata/signals_1251.csv", Options{Now: testNow})
	if err != nil || again.Status != "unchanged" {
		t.Fatalf("re-import: %+v %v", again, err)
	}
	if n := count(t, s, "SELECT count(*) FROM signals"); n != 4 {
		t.Fatalf("%d signals after re-import", n)
	}
	_ = errors.New
}
