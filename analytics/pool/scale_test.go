package pool

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/internal/pooltest"
)

// TestScaleGrowth measures how query time grows with the records of a pooled database: one demo
// municipality's package replicated as k municipalities (OTZVUK_SCALE=1,2,13,130 — the numbers
// of copies; unset: skipped). It prints one line per size for docs/scale.md.
func TestScaleGrowth(t *testing.T) {
	spec := os.Getenv("OTZVUK_SCALE")
	if spec == "" {
		t.Skip("OTZVUK_SCALE unset (e.g. OTZVUK_SCALE=1,13,130)")
	}
	ctx := context.Background()
	dir := t.TempDir()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	s := pooltest.Municipality(t, dir, 2025, "Община Мащаб")
	pkg := filepath.Join(dir, "pkg")
	if _, err := Export(ctx, s, pkg, ExportOptions{Records: true}); err != nil {
		t.Fatal(err)
	}
	for _, part := range strings.Split(spec, ",") {
		k, err := strconv.Atoi(part)
		if err != nil || k < 1 {
			t.Fatalf("OTZVUK_SCALE: %q", part)
		}
		path := filepath.Join(dir, fmt.Sprintf("pooled-%d.duckdb", k))
		if _, err := Pool(ctx, path, []string{pkg}); err != nil {
			t.Fatal(err)
		}
		ps, err := store.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		records := replicate(t, ps.DB, k)
		time1 := func(q methodology.Query) time.Duration {
			best := time.Duration(1 << 62)
			for i := 0; i < 3; i++ {
				start := time.Now()
				if _, err := methodology.Compute(ctx, ps.DB, cat, q); err != nil {
					t.Fatal(err)
				}
				best = min(best, time.Since(start))
			}
			return best
		}
		all := time1(methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year, Today: today})
		byMuni := time1(methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year, Today: today, By: []methodology.Dimension{methodology.ByMunicipality}})
		one := time1(methodology.Query{Indicators: []string{"SAT_IDX"}, Grain: methodology.Month, Today: today, By: []methodology.Dimension{methodology.ByMunicipality}})
		st, _ := os.Stat(path)
		fmt.Printf("SCALE k=%d records=%d file=%.0fMB catalogue-year=%v catalogue-year-by-municipality=%v SAT_IDX-month-by-municipality=%v\n",
			k, records, float64(st.Size())/1e6, all.Round(time.Millisecond), byMuni.Round(time.Millisecond), one.Round(time.Millisecond))
		if keep := os.Getenv("OTZVUK_SCALE_KEEP"); keep != "" {
			// Keep the pool and its records as Parquet (the package layout) for the engines' timing:
			// otzvuk catalog-sql --engine clickhouse --db KEEP/k/pooled.duckdb KEEP/k/package.
			kdir := filepath.Join(keep, strconv.Itoa(k))
			for _, v := range RecordViews {
				stmt, err := copyStatement(filepath.Join(kdir, "package"), "SELECT * FROM "+v.Name, "records/"+v.Name, true)
				if err == nil {
					_, err = ps.DB.Exec(stmt)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			ps.Close()
			if err := os.Rename(path, filepath.Join(kdir, "pooled.duckdb")); err != nil {
				t.Fatal(err)
			}
			continue
		}
		ps.Close()
		os.Remove(path)
	}
}

// replicate turns the pool's one municipality into k (keys KEY-0 … KEY-(k-1)); returns the records.
func replicate(t *testing.T, db *sql.DB, k int) int64 {
	var total int64
	for _, v := range RecordViews {
		for _, q := range []string{
			fmt.Sprintf("CREATE TABLE r AS SELECT %s.* REPLACE (municipality || '-' || r.range::VARCHAR AS municipality) FROM %s, range(%d) r", v.Name, v.Name, k),
			"DROP TABLE " + v.Name,
			"ALTER TABLE r RENAME TO " + v.Name,
		} {
			if _, err := db.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		var n int64
		db.QueryRow("SELECT count(*) FROM " + v.Name).Scan(&n)
		total += n
	}
	db.Exec("CHECKPOINT")
	return total
}
