package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// An import records what its file covers: its records' first and last dates, or the span its
// profile states (for sparse kinds whose last months may have no records at all).
func TestImportRecordsItsCoverage(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "testdata/signals_bg.yaml")
	sum, err := Import(context.Background(), s, p, "testdata/signals_1251.csv", Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var kind string
	var from, to, first, last time.Time
	var stated bool
	if err := s.DB.QueryRow(`SELECT record_kind, date_from, date_to, stated FROM data_coverage WHERE import_id = ?`, sum.ImportID).Scan(&kind, &from, &to, &stated); err != nil {
		t.Fatal(err)
	}
	s.DB.QueryRow(`SELECT min(received_date), max(received_date) FROM signals`).Scan(&first, &last)
	if kind != "signals" || !from.Equal(first) || !to.Equal(last) || stated {
		t.Fatalf("coverage %s %v–%v (stated %v), records %v–%v", kind, from, to, stated, first, last)
	}

	body, _ := os.ReadFile("testdata/signals_bg.yaml")
	stateDir := t.TempDir()
	prof := filepath.Join(stateDir, "p.yaml")
	os.WriteFile(prof, append(body, []byte("\ncoverage: {from: \"2026-01-01\", to: \"2026-03-31\"}\n")...), 0o644)
	p2 := mustProfile(t, prof)
	s2 := openStore(t)
	sum, err = Import(context.Background(), s2, p2, "testdata/signals_1251.csv", Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.DB.QueryRow(`SELECT date_from, date_to, stated FROM data_coverage WHERE import_id = ?`, sum.ImportID).Scan(&from, &to, &stated); err != nil {
		t.Fatal(err)
	}
	if !from.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) || !to.Equal(time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)) || !stated {
		t.Fatalf("stated coverage %v–%v %v", from, to, stated)
	}
	for _, bad := range []string{`{from: "2026-03-31", to: "2026-01-01"}`, `{from: "1.1.2026", to: "2026-03-31"}`} {
		os.WriteFile(prof, append(body, []byte("\ncoverage: "+bad+"\n")...), 0o644)
		if _, err := LoadProfile(prof); err == nil {
			t.Errorf("coverage %s accepted", bad)
		}
	}
}
