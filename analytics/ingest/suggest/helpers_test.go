package suggest

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/store"
)

// What the drafts' tests share with the import's (analytics/ingest's import_test.go and
// shared_data_test.go): the same clock, the same two departments, the same shared exports.

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// The real public exports in ../shared/data are read from there, never copied.
const sharedData = "../../../../shared/data"

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

func mustProfile(t testing.TB, path string) *ingest.Profile {
	t.Helper()
	p, err := ingest.LoadProfile(path)
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

func sharedFile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(sharedData, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared exports live beside the checkout in shared/data): %v", p, err)
	}
	return p
}

func readAll(t *testing.T, path string) ([]string, [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs[0], recs[1:]
}

// inList: a value of a profile's missing list, as the mapper compares them.
func inList(list []string, l string) bool {
	for _, x := range list {
		if strings.ToLower(strings.TrimSpace(x)) == l {
			return true
		}
	}
	return false
}

// itemName is an item column's name in the profile, else the column itself.
func itemName(it *ingest.ItemsMap, col string) string {
	if n, ok := it.Names[col]; ok {
		return n
	}
	return col
}
