// Package pooltest is what the tests of analytics/pool and analytics/pool/clickhouse share: a demo
// municipality in its own database, and a pooled database's values by municipality and cell.
// Only tests import it.
package pooltest

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"testing"
	"time"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// Today is the day the pool's tests count open items at.
var Today = time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)

// Municipality writes a demo municipality (seed, name) into a new database under dir.
func Municipality(t *testing.T, dir string, seed uint64, name string) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, fmt.Sprintf("m%d.duckdb", seed)), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Write(ctx, s, demo.Generate(seed), nil); err != nil {
		t.Fatal(err)
	}
	if err := store.SetMunicipality(ctx, s.DB, store.Municipality{Name: name}); err != nil {
		t.Fatal(err)
	}
	return s
}

// CellKey names a value's cell: indicator, period and channel.
func CellKey(v methodology.Value) string {
	ch := ""
	if v.Channel != nil {
		ch = *v.Channel
	}
	return v.Indicator + "|" + v.Period + "|" + ch
}

// SameValue: both absent, or equal to 1e-9 relative.
func SameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
}

// Fmt prints a value that may be absent.
func Fmt(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// ByMunicipality computes every indicator of the catalogue on a pooled database by municipality
// and year (no indicator may be skipped) and returns the values and, per municipality key, its
// cells (CellKey).
func ByMunicipality(t *testing.T, db *sql.DB, cat *methodology.Catalog) ([]methodology.Value, map[string]map[string]methodology.Value) {
	t.Helper()
	pooled, err := methodology.Compute(context.Background(), db, cat, methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year,
		By: []methodology.Dimension{methodology.ByMunicipality}, Today: Today})
	if _, err := methodology.SplitSkipped(err); err != nil {
		t.Fatal(err)
	}
	if sk, _ := methodology.SplitSkipped(err); len(sk) > 0 {
		t.Fatalf("skipped in the pool: %v", sk)
	}
	got := map[string]map[string]methodology.Value{}
	for _, v := range pooled {
		if v.Municipality == nil {
			continue
		}
		if got[*v.Municipality] == nil {
			got[*v.Municipality] = map[string]methodology.Value{}
		}
		got[*v.Municipality][CellKey(v)] = v
	}
	return pooled, got
}
