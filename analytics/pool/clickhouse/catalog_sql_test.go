package clickhouse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
	"otzvuk/analytics/store"
	"otzvuk/internal/pooltest"
)

var today = pooltest.Today

// pooledDemo pools the packages of two demo municipalities (the round trip's of analytics/pool)
// and opens the pooled database.
func pooledDemo(t *testing.T, cat *methodology.Catalog) *store.Store {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	var pkgDirs []string
	for i, name := range []string{"Община Север", "Община Юг"} {
		s := pooltest.Municipality(t, dir, uint64(100+i), name)
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
	return ps
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
	ps := pooledDemo(t, cat)
	_, got := pooltest.ByMunicipality(t, ps.DB, cat)
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
			if g.N != r.N || !pooltest.SameValue(g.Value, r.Value) {
				t.Errorf("%s %s: catalogue SQL n=%d value=%v, Compute n=%d value=%v", q.ID, r.Municipality+"|"+k, r.N, pooltest.Fmt(r.Value), g.N, pooltest.Fmt(g.Value))
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
