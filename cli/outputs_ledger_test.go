package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 26.2, each reproduction: a file of the right format that Otzvuk did not write is never
// replaced (publish over the user's site, catalog-sql over the user's JSON, forms over a filled
// template or the user's own karta.html), and Otzvuk's own outputs are (the report's XLSX annex
// on a second run).
func TestOutputsReplaceOnlyWhatOtzvukWrote(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	run := func(args ...string) (int, string) {
		out.Reset()
		errOut.Reset()
		code := Run(args, &out, &errOut)
		return code, out.String() + errOut.String()
	}
	untouched := func(path, body string) {
		t.Helper()
		if b, err := os.ReadFile(path); err != nil || string(b) != body {
			t.Errorf("%s was replaced (%q)", path, b)
		}
	}

	site := filepath.Join(dir, "site")
	os.Mkdir(site, 0o755)
	page := filepath.Join(site, "index.html")
	os.WriteFile(page, []byte("<html>my site</html>"), 0o644)
	if code, text := run("publish", "--db", db, "--year", "2025", "--out", site); code == 0 ||
		!strings.Contains(text, "choose an empty or a new folder") || !strings.Contains(text, "изберете празна или нова папка") {
		t.Errorf("publish into the user's site: rc %d\n%s", code, text)
	}
	untouched(page, "<html>my site</html>")
	// into a new folder it writes, and again into the same folder (its own files)
	fresh := filepath.Join(dir, "site2")
	for i := 0; i < 2; i++ {
		if code, text := run("publish", "--db", db, "--year", "2025", "--out", fresh); code != 0 {
			t.Fatalf("publish #%d: %s", i+1, text)
		}
	}

	mine := filepath.Join(dir, "my.json")
	os.WriteFile(mine, []byte(`{"x":1}`), 0o644)
	if code, text := run("catalog-sql", "--out", mine); code == 0 || !strings.Contains(text, "was not written by Otzvuk") {
		t.Errorf("catalog-sql over the user's JSON: rc %d\n%s", code, text)
	}
	untouched(mine, `{"x":1}`)

	formsDir := filepath.Join(dir, "f")
	if code, text := run("forms", "--db", db, "--out", formsDir); code != 0 {
		t.Fatalf("forms: %s", text)
	}
	tpl := filepath.Join(formsDir, "karta-shablon.xlsx")
	fillCards(t, tpl, 1, 50, "напечатано")
	typed, _ := os.ReadFile(tpl)
	if code, text := run("forms", "--db", db, "--out", formsDir); code == 0 || !strings.Contains(text, "karta-shablon.xlsx") {
		t.Errorf("forms over a filled template: rc %d\n%s", code, text)
	}
	untouched(tpl, string(typed))
	own := filepath.Join(dir, "own")
	os.Mkdir(own, 0o755)
	os.WriteFile(filepath.Join(own, "karta.html"), []byte("<!DOCTYPE html><p>моята карта"), 0o644)
	if code, text := run("forms", "--db", db, "--out", own); code == 0 {
		t.Errorf("forms into a folder of the user's files: rc 0\n%s", text)
	}
	untouched(filepath.Join(own, "karta.html"), "<!DOCTYPE html><p>моята карта")

	html, annex := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.xlsx")
	for i := 0; i < 2; i++ {
		if code, text := run("report", "--db", db, "--year", "2025", "--out", html, "--xlsx", annex); code != 0 {
			t.Fatalf("report #%d: %s", i+1, text)
		}
	}
}
