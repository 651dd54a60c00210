package pool

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/internal/pooltest"
)

var today = pooltest.Today

// TestPackagesRoundTrip: database → package → pool gives every indicator the same value and n
// per municipality and year as the source database computes for itself.
func TestPackagesRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]*store.Store{}
	var pkgDirs []string
	for i, name := range []string{"Община Север", "Община Юг"} {
		s := pooltest.Municipality(t, dir, uint64(100+i), name)
		pd := filepath.Join(dir, "pkg", fmt.Sprint(i))
		os.MkdirAll(filepath.Dir(pd), 0o755)
		m, err := Export(ctx, s, pd, ExportOptions{Catalog: cat, Today: today})
		if err != nil {
			t.Fatal(err)
		}
		if m.Key == "" || len(m.Files) == 0 || m.RowCounts["v_survey_ratings"] == 0 {
			t.Fatalf("manifest %+v", m)
		}
		sources[m.Key] = s
		pkgDirs = append(pkgDirs, pd)
	}
	pooledPath := filepath.Join(dir, "pooled.duckdb")
	pkgs, err := Pool(ctx, pooledPath, pkgDirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 2 {
		t.Fatalf("%d packages", len(pkgs))
	}
	ps, err := store.Open(ctx, pooledPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ps.Close()
	pooled, got := pooltest.ByMunicipality(t, ps.DB, cat)
	compared := 0
	for key, s := range sources {
		want, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year, Today: today})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			g, ok := got[key][pooltest.CellKey(w)]
			if !ok {
				if w.N == 0 {
					continue // a zero-filled period the pool's own span does not start at
				}
				t.Errorf("%s %s: missing in the pool", key, pooltest.CellKey(w))
				continue
			}
			if g.N != w.N || !pooltest.SameValue(g.Value, w.Value) {
				t.Errorf("%s %s: pooled n=%d value=%v, source n=%d value=%v", key, pooltest.CellKey(w), g.N, pooltest.Fmt(g.Value), w.N, pooltest.Fmt(w.Value))
			}
			compared++
		}
	}
	t.Logf("%d values compared (indicators × years × municipalities)", compared)
	if compared < 2*len(cat.IDs())*3 {
		t.Fatalf("only %d values compared", compared)
	}
	// The catalogue's one SQL text per indicator gives the same on a pooled database: held in
	// analytics/pool/clickhouse (TestCatalogSQLEqualsCompute).
	// The municipality key and its name reach the CLI's JSON.
	for _, v := range pooled {
		if v.Municipality != nil && v.Indicator == "SAT_IDX" {
			b, _ := json.Marshal(v)
			if !strings.Contains(string(b), `"municipality":"`+*v.Municipality+`"`) || !strings.Contains(string(b), `"municipality_name":"Община`) {
				t.Fatalf("json %s", b)
			}
			break
		}
	}
	// A single municipality's database refuses the municipality dimension.
	for _, s := range sources {
		_, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: []string{"SAT_IDX"}, By: []methodology.Dimension{methodology.ByMunicipality}})
		if !errors.Is(err, methodology.ErrNotPooled) {
			t.Fatalf("single database by municipality: %v", err)
		}
		break
	}
}

// TestPoolRefuses: another schema version, a newer one, a municipality twice, a changed file,
// and an output that is not an earlier pooled database are refused, in both languages.
func TestPoolRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := pooltest.Municipality(t, dir, 7, "Община Изток")
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if _, err := Export(ctx, s, a, ExportOptions{Records: true}); err != nil {
		t.Fatal(err)
	}
	store.SetMunicipality(ctx, s.DB, store.Municipality{Name: "Община Запад", EKATTE: "12345"})
	if _, err := Export(ctx, s, b, ExportOptions{Records: true}); err != nil {
		t.Fatal(err)
	}
	refused := func(what string, dirs []string, want string) {
		t.Helper()
		_, err := Pool(ctx, filepath.Join(dir, "p.duckdb"), dirs)
		var pe *PackageError
		if !errors.As(err, &pe) || !strings.Contains(pe.EN, want) || pe.BG == "" {
			t.Fatalf("%s: %v", what, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "p.duckdb")); err == nil {
			t.Fatalf("%s: a pooled database was written", what)
		}
	}
	refused("twice", []string{a, a}, "already pooled")
	setSchema := func(d string, v int) {
		m, _, _ := ReadManifest(d)
		m.SchemaVersion = v
		body, _ := json.Marshal(m)
		os.WriteFile(filepath.Join(d, ManifestName), body, 0o644)
	}
	setSchema(b, store.LatestSchemaVersion()-1)
	refused("schema versions differ", []string{a, b}, "export the packages with the same Otzvuk version")
	setSchema(b, store.LatestSchemaVersion()+1)
	refused("newer schema", []string{b}, "newer Otzvuk")
	setSchema(b, store.LatestSchemaVersion())
	{
		m, _, _ := ReadManifest(b)
		saved := m.Files[0].Path
		m.Files[0].Path = "../a/" + saved
		body, _ := json.Marshal(m)
		os.WriteFile(filepath.Join(b, ManifestName), body, 0o644)
		refused("a path outside the package", []string{b}, "outside the package")
		m.Files[0].Path = saved
		body, _ = json.Marshal(m)
		os.WriteFile(filepath.Join(b, ManifestName), body, 0o644)
	}
	m, _, _ := ReadManifest(b)
	os.WriteFile(filepath.Join(b, filepath.FromSlash(m.Files[0].Path)), []byte("changed"), 0o644)
	refused("changed file", []string{a, b}, "was changed")
	// The output: a user's file is never replaced; a non-empty folder is no package target.
	own := filepath.Join(dir, "notes.duckdb")
	os.WriteFile(own, []byte("mine"), 0o644)
	if _, err := Pool(ctx, own, []string{a}); err == nil {
		t.Fatal("replaced a user's file")
	}
	if b, _ := os.ReadFile(own); string(b) != "mine" {
		t.Fatal("the user's file changed")
	}
	other := filepath.Join(dir, "docs")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "report.docx"), []byte("x"), 0o644)
	if _, err := Export(ctx, s, other, ExportOptions{Records: true}); err == nil {
		t.Fatal("exported into a non-empty folder")
	}
	if _, err := Export(ctx, s, filepath.Dir(s.Path), ExportOptions{Records: true}); err == nil {
		t.Fatal("exported into the database's folder")
	}
	// An earlier package is replaced whole.
	if _, err := Export(ctx, s, a, ExportOptions{Records: true}); err != nil {
		t.Fatalf("re-export over an earlier package: %v", err)
	}
}
