package clickhouse

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
	"otzvuk/analytics/store"
)

var today = time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)

// pooledDemo pools the packages of two demo municipalities (the round trip's of analytics/pool)
// and returns the pooled store and the package directories.
func pooledDemo(t *testing.T, cat *methodology.Catalog) (*store.Store, []string) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	var pkgDirs []string
	for i, name := range []string{"Община Север", "Община Юг"} {
		seed := uint64(100 + i)
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
		pd := filepath.Join(dir, "pkg", fmt.Sprint(i))
		os.MkdirAll(filepath.Dir(pd), 0o755)
		if _, err := pool.Export(ctx, s, pd, pool.ExportOptions{Catalog: cat, Today: today}); err != nil {
			t.Fatal(err)
		}
		pkgDirs = append(pkgDirs, pd)
	}
	pooledPath := filepath.Join(dir, "pooled.duckdb")
	if _, err := pool.Pool(ctx, pooledPath, pkgDirs); err != nil {
		t.Fatal(err)
	}
	ps, err := store.Open(ctx, pooledPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ps.Close() })
	return ps, pkgDirs
}

func cellKey(v methodology.Value) string {
	ch := ""
	if v.Channel != nil {
		ch = *v.Channel
	}
	return v.Indicator + "|" + v.Period + "|" + ch
}

func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
}

func fmtp(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// TestCatalogSQLEqualsCompute: the catalogue's one SQL text per indicator (what ClickHouse runs,
// translated) computes what Compute computes on the pooled database: every row it gives equals
// Compute's, and every value of Compute with records is among its rows. (It was the second half of
// analytics/pool's TestPackagesRoundTrip; chdb/ carries the same values on to ClickHouse.)
func TestCatalogSQLEqualsCompute(t *testing.T) {
	ctx := context.Background()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := pooledDemo(t, cat)
	pooled, err := methodology.Compute(ctx, ps.DB, cat, methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year,
		By: []methodology.Dimension{methodology.ByMunicipality}, Today: today})
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
		got[*v.Municipality][cellKey(v)] = v
	}
	list, err := CatalogSQL(cat, today)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, q := range list {
		rows, err := RunCatalogSQL(ctx, ps.DB, q.SQL)
		if err != nil {
			t.Fatalf("%s: %v\n%s", q.ID, err, q.SQL)
		}
		seen := map[string]bool{}
		for _, r := range rows {
			k := q.ID + "|" + fmt.Sprint(r.Year) + "|" + r.Key
			seen[r.Municipality+"|"+k] = true
			g, ok := got[r.Municipality][k]
			if !ok {
				if r.N == 0 {
					continue
				}
				t.Errorf("%s %s: catalogue SQL has n=%d, Compute has no value", q.ID, r.Municipality+"|"+k, r.N)
				continue
			}
			if g.N != r.N || !sameValue(g.Value, r.Value) {
				t.Errorf("%s %s: catalogue SQL n=%d value=%v, Compute n=%d value=%v", q.ID, r.Municipality+"|"+k, r.N, fmtp(r.Value), g.N, fmtp(g.Value))
			}
			checked++
		}
		for muni, cells := range got {
			for k, v := range cells {
				if strings.HasPrefix(k, q.ID+"|") && v.N > 0 && !seen[muni+"|"+k] {
					t.Errorf("%s %s: Compute has n=%d, the catalogue SQL no row", q.ID, muni+"|"+k, v.N)
				}
			}
		}
	}
	t.Logf("catalogue SQL: %d rows equal to Compute's", checked)
}
