package pool

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/digest"
	"otzvuk/internal/pooltest"
)

// rewriteParquet replaces a package's file through DuckDB (select is the new rows over "f") and
// updates its manifest — the SHA-256 sums then hold, and only the values can tell.
func rewriteParquet(t *testing.T, dir, prefix, selectSQL string) {
	t.Helper()
	m, _, _ := ReadManifest(dir)
	c, err := duckdb.NewConnector("", nil)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(c)
	defer db.Close()
	done := 0
	for i, f := range m.Files {
		if !strings.HasPrefix(f.Path, prefix) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		lit, _ := pathLiteral(p)
		tmp := p + ".new"
		tlit, _ := pathLiteral(tmp)
		if _, err := db.Exec("COPY (SELECT " + selectSQL + " FROM read_parquet(" + lit + ") f) TO " + tlit + " (FORMAT parquet)"); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, p); err != nil {
			t.Fatal(err)
		}
		if m.Files[i].SHA256, err = digest.File(p); err != nil {
			t.Fatal(err)
		}
		done++
	}
	if done == 0 {
		t.Fatalf("no file under %s", prefix)
	}
	body, _ := json.Marshal(m)
	if err := os.WriteFile(filepath.Join(dir, ManifestName), body, 0o644); err != nil {
		t.Fatal(err)
	}
}

// A package whose values were rewritten with its manifest updated (checksums hold) is refused by
// its values, naming the package, the view, the column and an example; nothing is written.
func TestPoolRefusesValuesAnImportWouldNot(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := pooltest.Municipality(t, dir, 7, "Община Изток")
	cases := []struct {
		name, prefix, sel string
		want              []string
	}{
		{"card ratings of 1000", "records/v_feedback_cards/", "* REPLACE (1000 AS rating)", []string{"v_feedback_cards.rating", "outside 1…5", "e.g. 1000", "извън 1…5"}},
		{"survey ratings above the scale", "records/v_survey_ratings/", "* REPLACE (rating * 100 AS rating)", []string{"v_survey_ratings.rating", "outside the item's scale", "извън скалата"}},
		{"ratings as text", "records/v_feedback_cards/", "* REPLACE (rating::VARCHAR AS rating)", []string{"v_feedback_cards", "rating is not numeric", "не е числова"}},
		{"infinite points", "records/v_mystery_items/", "* REPLACE ('inf'::DOUBLE AS points)", []string{"v_mystery_items.points", "not finite"}},
		{"a date in 2999", "records/v_signals/", "* REPLACE (DATE '2999-01-01' AS date)", []string{"v_signals.date", "2999-01-01"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pkg := filepath.Join(t.TempDir(), "pkg")
			if _, err := Export(ctx, s, pkg, ExportOptions{Records: true}); err != nil {
				t.Fatal(err)
			}
			rewriteParquet(t, pkg, c.prefix, c.sel)
			out := filepath.Join(t.TempDir(), "p.duckdb")
			_, err := Pool(ctx, out, []string{pkg})
			var pe *PackageError
			if !errors.As(err, &pe) || pe.Dir != pkg {
				t.Fatalf("not refused naming the package: %v", err)
			}
			for _, w := range c.want {
				if !strings.Contains(pe.Error(), w) {
					t.Errorf("%q lacks %q", pe.Error(), w)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a pooled database was written")
			}
		})
	}
}

// A link inside a package is refused in both languages, naming it.
func TestPoolRefusesALinkInAPackage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := pooltest.Municipality(t, dir, 7, "Община Изток")
	pkg := filepath.Join(dir, "pkg")
	if _, err := Export(ctx, s, pkg, ExportOptions{Records: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(pkg, "records", "link")); err != nil {
		t.Skip(err)
	}
	_, err := Pool(ctx, filepath.Join(dir, "p.duckdb"), []string{pkg})
	var pe *PackageError
	if !errors.As(err, &pe) || !strings.Contains(pe.EN, "records/link is not a regular file") || !strings.Contains(pe.BG, "не е обикновен файл") {
		t.Fatalf("%v", err)
	}
}
