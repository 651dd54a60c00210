package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// municipalityDB: a database of 30 survey responses in 2025 (enough to publish at k = 10), named
// with otzvuk settings.
func municipalityDB(t *testing.T, dir, name string) string {
	t.Helper()
	db := filepath.Join(dir, "m.duckdb")
	var b strings.Builder
	b.WriteString("id,date,dept,svc,rating,comment\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "R%d,%02d.03.2025,A,S1,%d,\n", i, 1+i%28, 1+i%5)
	}
	var out, errOut bytes.Buffer
	prof := writeTemp(t, dir, "s.yaml", smallSurveyProfile)
	in := writeTemp(t, dir, "s.csv", b.String())
	if code := Run([]string{"import", "--db", db, "--profile", prof, in}, &out, &errOut); code != 0 {
		t.Fatalf("import: %s %s", errOut.String(), out.String())
	}
	if code := Run([]string{"settings", "--db", db, "--municipality-name", name}, &out, &errOut); code != 0 {
		t.Fatalf("settings: %s", errOut.String())
	}
	return db
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// xlsxText is every cell's text of every sheet of a workbook.
func xlsxText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

// The name set with otzvuk settings is the one every output prints — the public site's titles,
// its README, the DCAT publisher, creator and contact, the forms and their templates, the
// package's manifest — and --municipality overrides it for one command.
func TestMunicipalityFromSettingsInEveryOutput(t *testing.T) {
	dir := t.TempDir()
	const set, other = "Община Тестово", "Община Другово"
	db := municipalityDB(t, dir, set)
	run := func(args ...string) {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := Run(args, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
	}
	type dcat struct {
		Title     any `json:"dct:title"`
		Publisher struct {
			Name string `json:"foaf:name"`
		} `json:"dct:publisher"`
		Creator struct {
			Name string `json:"foaf:name"`
		} `json:"dct:creator"`
		Contact struct {
			FN string `json:"vcard:fn"`
		} `json:"dcat:contactPoint"`
	}
	checkSite := func(site, want, not string) {
		t.Helper()
		index := readText(t, filepath.Join(site, "index.html"))
		if !strings.Contains(index, "<title>"+want+" — ") || !strings.Contains(index, "<h1>"+want+"</h1>") {
			t.Errorf("%s: the page's title and heading do not name %s", site, want)
		}
		readme := readText(t, filepath.Join(site, "data", "README.md"))
		if !strings.HasPrefix(readme, "# "+want+" — ") {
			t.Errorf("%s: README starts %q, want %q", site, strings.SplitN(readme, "\n", 2)[0], "# "+want+" — …")
		}
		var d dcat
		if err := json.Unmarshal([]byte(readText(t, filepath.Join(site, "data", "dcat.jsonld"))), &d); err != nil {
			t.Fatal(err)
		}
		if d.Publisher.Name != want || d.Creator.Name != want || d.Contact.FN != want {
			t.Errorf("%s: DCAT publisher %q, creator %q, contact %q; want %q", site, d.Publisher.Name, d.Creator.Name, d.Contact.FN, want)
		}
		if title, _ := json.Marshal(d.Title); !strings.Contains(string(title), want+": удовлетвореност") {
			t.Errorf("%s: DCAT title %s", site, title)
		}
		for _, f := range []string{"index.html", "data/README.md", "data/dcat.jsonld"} {
			if strings.Contains(readText(t, filepath.Join(site, f)), not) {
				t.Errorf("%s/%s still names %s", site, f, not)
			}
		}
	}
	checkForms := func(out, want, not string) {
		t.Helper()
		for _, f := range []string{"anketa.html", "karta.html", "anketa-shablon.xlsx", "karta-shablon.xlsx"} {
			p := filepath.Join(out, f)
			text := ""
			if strings.HasSuffix(f, ".xlsx") {
				text = xlsxText(t, p)
			} else {
				text = readText(t, p)
			}
			if !strings.Contains(text, want) || strings.Contains(text, not) {
				t.Errorf("%s: names %s: %v, %s: %v", p, want, strings.Contains(text, want), not, strings.Contains(text, not))
			}
		}
	}
	manifest := func(pkg string) (name, key string) {
		var m struct {
			Municipality struct {
				Name string `json:"name"`
			} `json:"municipality"`
			Key string `json:"key"`
		}
		if err := json.Unmarshal([]byte(readText(t, filepath.Join(pkg, "manifest.json"))), &m); err != nil {
			t.Fatal(err)
		}
		return m.Municipality.Name, m.Key
	}

	// From settings.
	run("publish", "--db", db, "--year", "2025", "--out", filepath.Join(dir, "site"))
	checkSite(filepath.Join(dir, "site"), set, "Перущица")
	run("forms", "--db", db, "--out", filepath.Join(dir, "forms"))
	checkForms(filepath.Join(dir, "forms"), set, "Перущица")
	run("export-parquet", "--db", db, "--out", filepath.Join(dir, "pkg"))
	name, key := manifest(filepath.Join(dir, "pkg"))
	if name != set {
		t.Errorf("package names %q, want %q", name, set)
	}

	// Overridden for one command; the settings are untouched.
	run("publish", "--db", db, "--year", "2025", "--out", filepath.Join(dir, "site2"), "--municipality", other)
	checkSite(filepath.Join(dir, "site2"), other, set)
	run("forms", "--db", db, "--out", filepath.Join(dir, "forms2"), "--municipality", other)
	checkForms(filepath.Join(dir, "forms2"), other, set)
	run("export-parquet", "--db", db, "--out", filepath.Join(dir, "pkg2"), "--municipality", other)
	if name2, key2 := manifest(filepath.Join(dir, "pkg2")); name2 != other || key2 != key {
		t.Errorf("overridden package: %q key %q; want %q key %q (the key stays)", name2, key2, other, key)
	}
	var out, errOut bytes.Buffer
	Run([]string{"settings", "--db", db, "--format", "json"}, &out, &errOut)
	var shown struct {
		Municipality struct{ Name string } `json:"municipality"`
	}
	if json.Unmarshal(out.Bytes(), &shown) != nil || shown.Municipality.Name != set {
		t.Errorf("settings changed by an override: %s", out.String())
	}
}
