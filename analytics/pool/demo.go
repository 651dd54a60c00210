package pool

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"time"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// DemoMunicipalities are the pooled demo's three generated municipalities, each with its own seed
// and size (Scale: the share of the demo's requests, survey responses, cards and signals kept — a
// smaller population; the mystery-shopper rounds and consultations are each municipality's own
// programme and stay whole). Their names say they are made up; they have no EKATTE code (a made-up
// code could be taken for a real one).
var DemoMunicipalities = []struct {
	Name  string
	Seed  uint64
	Scale float64
}{
	{"Демо община Север", demo.DefaultSeed, 1},
	{"Демо община Юг", demo.DefaultSeed + 1, 0.6},
	{"Демо община Запад", demo.DefaultSeed + 2, 0.3},
}

// scaled keeps a share of the dataset's citizen-driven records, chosen by their id (the same rows
// for the same seed and scale); a survey response keeps its ratings.
func scaled(ds *demo.Dataset, share float64) *demo.Dataset {
	if share >= 1 {
		return ds
	}
	keep := func(id any) bool {
		h := fnv.New64a()
		fmt.Fprint(h, id)
		return float64(h.Sum64()%10000) < share*10000
	}
	kept := map[any]bool{}
	for _, t := range ds.Tables {
		switch t.Name {
		case "service_requests", "survey_responses", "feedback_cards", "signals":
			var rows [][]any
			for _, r := range t.Rows {
				if keep(r[0]) {
					rows = append(rows, r)
					if t.Name == "survey_responses" {
						kept[r[0]] = true
					}
				}
			}
			t.Rows = rows
		}
	}
	if t := ds.Table("survey_ratings"); t != nil {
		var rows [][]any
		for _, r := range t.Rows {
			if kept[r[0]] {
				rows = append(rows, r)
			}
		}
		t.Rows = rows
	}
	return ds
}

// DemoPooled writes the pooled demo under dir: one database per demo municipality
// (dir/municipalities/KEY.duckdb), its package (dir/packages/KEY/) and the pool (dir/pooled.duckdb).
// dir must be new or empty.
func DemoPooled(ctx context.Context, dir string, cat *methodology.Catalog, version string) (string, []Pooled, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return "", nil, &PackageError{Dir: dir, BG: "папката не е празна; демото се записва в нова или празна папка",
			EN: "the folder is not empty; the demo is written into a new or empty folder"}
	}
	for _, sub := range []string{"municipalities", "packages"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return "", nil, err
		}
	}
	var pkgDirs []string
	for _, dm := range DemoMunicipalities {
		m := store.Municipality{Name: dm.Name}
		s, err := store.Open(ctx, filepath.Join(dir, "municipalities", m.Key()+".duckdb"), store.Options{})
		if err != nil {
			return "", nil, err
		}
		err = demo.Write(ctx, s, scaled(demo.Generate(dm.Seed), dm.Scale), nil)
		if err == nil {
			err = store.SetMunicipality(ctx, s.DB, m)
		}
		pd := filepath.Join(dir, "packages", m.Key())
		if err == nil {
			_, err = Export(ctx, s, pd, ExportOptions{Catalog: cat, Version: version, Today: time.Time{}})
		}
		s.Close()
		if err != nil {
			return "", nil, fmt.Errorf("%s: %w", dm.Name, err)
		}
		pkgDirs = append(pkgDirs, pd)
	}
	out := filepath.Join(dir, "pooled.duckdb")
	pkgs, err := Pool(ctx, out, pkgDirs)
	return out, pkgs, err
}
