package cli

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/digest"
	"otzvuk/analytics/pool"
)

// Every subcommand on a pooled database either works or refuses in both languages naming what a
// pool lacks — never DuckDB's own text — and a refusal writes nothing.
func TestEverySubcommandOnAPooledDatabase(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".config"))
	single, pkg, pooled := filepath.Join(dir, "m.duckdb"), filepath.Join(dir, "pkg"), filepath.Join(dir, "pooled.duckdb")
	for _, args := range [][]string{{"demo", "--db", single}, {"export-parquet", "--db", single, "--out", pkg, "--records"}, {"pool", "--out", pooled, pkg}} {
		var out, errOut bytes.Buffer
		if code := Run(args, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, errOut.String())
		}
	}
	must(t, os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(hProfile), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "c.csv"), []byte(hH+hR1+hR2), 0o644))
	refused := func(what ...string) []string {
		return append([]string{"обединена база", "is a pooled database"}, what...)
	}
	cases := []struct {
		cmd    string
		args   []string
		code   int
		want   []string
		absent string // a path that must not exist afterwards
	}{
		{"demo", []string{"demo", "--db", pooled}, 1, refused("otzvuk demo --pooled"), ""},
		{"demo", []string{"demo", "--db", pooled, "--remove"}, 1, refused("no demo to remove"), ""},
		{"indicators", []string{"indicators", "--db", pooled, "--indicator", "SAT_IDX", "--grain", "year", "--by", "municipality"}, 0, []string{"Индекс на удовлетвореност", "Община Перущица"}, ""},
		{"import", []string{"import", "--db", pooled, "--profile", filepath.Join(dir, "p.yaml"), filepath.Join(dir, "c.csv")}, 1, refused("takes no import"), ""},
		{"quarantine", []string{"quarantine", "--db", pooled, "--out", filepath.Join(dir, "q.csv")}, 1, refused("no rejected rows"), filepath.Join(dir, "q.csv")},
		{"report", []string{"report", "--db", pooled, "--year", "2025", "--out", filepath.Join(dir, "r.html"), "--xlsx", filepath.Join(dir, "r.xlsx")}, 0, []string{"Annual report for 2025"}, ""},
		{"drivers", []string{"drivers", "--db", pooled}, 1, refused("single survey responses"), ""},
		{"themes", []string{"themes", "--db", pooled}, 1, []string{"обединената база няма коментари", "a pooled database has no comments"}, ""},
		{"forms", []string{"forms", "--db", pooled, "--out", filepath.Join(dir, "forms")}, 0, []string{"karta.html"}, ""},
		{"spc", []string{"spc", "--db", pooled, "--indicator", "SAT_IDX"}, 0, nil, ""},
		{"backlog", []string{"backlog", "--db", pooled}, 1, refused("single register entries"), ""},
		{"publish", []string{"publish", "--db", pooled, "--year", "2025", "--out", filepath.Join(dir, "site")}, 1, refused("one municipality's database"), filepath.Join(dir, "site")},
		{"catalog", []string{"catalog", "--db", pooled}, 0, []string{"SAT_IDX"}, ""},
		{"reference", []string{"reference"}, 0, []string{"feedback_cards"}, ""},
		{"settings", []string{"settings", "--db", pooled}, 0, []string{"pooled database: 1 общини / municipalities"}, ""},
		{"settings", []string{"settings", "--db", pooled, "--municipality-name", "Х"}, 1, refused("no settings of its own"), ""},
		{"export-parquet", []string{"export-parquet", "--db", pooled, "--out", filepath.Join(dir, "pkg2")}, 1, refused("no source of a package"), filepath.Join(dir, "pkg2")},
		{"catalog-sql", []string{"catalog-sql", "--db", pooled, "--out", filepath.Join(dir, "sql.json")}, 0, nil, ""},
		{"pool", []string{"pool", "--out", pooled, pkg}, 0, []string{"pooled database"}, ""},
		{"maintenance", []string{"maintenance", "--db", pooled, "--rebuild", "--check"}, 0, []string{"No summary statistics to build", "checked: 0"}, ""},
		{"version", []string{"version"}, 0, []string{"otzvuk"}, ""},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.cmd] = true
		t.Run(strings.Join(c.args[:min(len(c.args), 4)], " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Run(c.args, &out, &errOut)
			text := out.String() + errOut.String()
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, text)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
			for _, raw := range []string{"Catalog Error", "Binder Error", "does not exist!"} {
				if strings.Contains(text, raw) {
					t.Errorf("DuckDB's own text %q:\n%s", raw, text)
				}
			}
			if c.absent != "" {
				if _, err := os.Stat(c.absent); err == nil {
					t.Errorf("%s was written", c.absent)
				}
			}
		})
	}
	for _, c := range commands() {
		if !covered[c.name] {
			t.Errorf("subcommand %s is not tried on a pooled database", c.name)
		}
	}
	// The package: survey ratings rewritten to 1000 and the manifest updated (its checksums
	// hold), which pooled with exit 0 and gave a SAT_IDX of 24,975; now refused naming the package.
	t.Run("pool refuses ratings of 1000", func(t *testing.T) {
		bad := filepath.Join(dir, "bad-pkg")
		var out, errOut bytes.Buffer
		if code := Run([]string{"export-parquet", "--db", single, "--out", bad, "--records"}, &out, &errOut); code != 0 {
			t.Fatalf("export: %s", errOut.String())
		}
		rewriteRatings(t, bad, "records/v_survey_ratings/", "* REPLACE (1000 AS rating)")
		target := filepath.Join(dir, "bad.duckdb")
		out.Reset()
		errOut.Reset()
		code := Run([]string{"pool", "--out", target, bad}, &out, &errOut)
		text := errOut.String()
		if code != 1 {
			t.Errorf("exit %d: %s", code, text)
		}
		for _, w := range []string{"package " + bad, "пакет " + bad, "v_survey_ratings.rating", "ratings outside the item's scale", "e.g. 1000", "оценки извън скалата"} {
			if !strings.Contains(text, w) {
				t.Errorf("output lacks %q:\n%s", w, text)
			}
		}
		if _, err := os.Stat(target); err == nil {
			t.Error("a pooled database was written")
		}
	})
}

// rewriteRatings rewrites a package's Parquet files under prefix through DuckDB and updates the
// manifest's checksums, as someone editing a package by hand would.
func rewriteRatings(t *testing.T, dir, prefix, selectSQL string) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join(dir, pool.ManifestName))
	must(t, err)
	var m pool.Manifest
	must(t, json.Unmarshal(body, &m))
	c, err := duckdb.NewConnector("", nil)
	must(t, err)
	db := sql.OpenDB(c)
	defer db.Close()
	for i, f := range m.Files {
		if !strings.HasPrefix(f.Path, prefix) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
		if _, err := db.Exec("COPY (SELECT " + selectSQL + " FROM read_parquet(" + q(p) + ")) TO " + q(p+".new") + " (FORMAT parquet)"); err != nil {
			t.Fatal(err)
		}
		must(t, os.Rename(p+".new", p))
		m.Files[i].SHA256, err = digest.File(p)
		must(t, err)
	}
	body, _ = json.Marshal(m)
	must(t, os.WriteFile(filepath.Join(dir, pool.ManifestName), body, 0o644))
}
