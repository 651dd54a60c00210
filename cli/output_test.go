package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/store"
)

func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "x.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut.String())
	}
	return db
}

// Issue 15, item 1: `report --out x.duckdb` turned the database into HTML and exited 0.
func TestNoOutputReplacesTheDatabase(t *testing.T) {
	db := demoDB(t)
	dir := filepath.Dir(db)
	html := filepath.Join(dir, "ok.html")
	src := filepath.Join(dir, "source.csv")
	os.WriteFile(src, []byte("id,date\n1,2025-01-01\n"), 0o644)
	for _, args := range [][]string{
		{"report", "--db", db, "--year", "2025", "--out", db},
		{"report", "--db", db, "--year", "2025", "--out", html, "--xlsx", db},
		{"report", "--db", db, "--year", "2025", "--out", db + ".wal"},
		{"report", "--db", db, "--year", "2025", "--out", dir},
		{"report", "--db", db, "--year", "2025", "--out", src},
		{"quarantine", "--db", db, "--out", db},
		{"quarantine", "--db", db, "--out", src},
	} {
		var out, errOut bytes.Buffer
		code := Run(args, &out, &errOut)
		if code == 0 || !strings.Contains(errOut.String(), "изберете друго име") && !strings.Contains(errOut.String(), "папка") {
			t.Errorf("%v: exit %d, %q", args, code, errOut.String())
		}
		if strings.Contains(errOut.String(), ".otzvuk-") {
			t.Errorf("%v names the temporary file: %s", args, errOut.String())
		}
	}
	if b, _ := os.ReadFile(src); string(b) != "id,date\n1,2025-01-01\n" {
		t.Fatal("the source CSV was replaced")
	}
	if _, err := os.Stat(html); err == nil {
		t.Fatal("the HTML was written although its annex was refused")
	}
	// The database is intact and still opens with its data.
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatalf("database damaged: %v", err)
	}
	var n int
	s.DB.QueryRow("SELECT count(*) FROM departments").Scan(&n)
	s.Close()
	if n != 8 {
		t.Fatalf("%d departments after the refused exports", n)
	}
	// An earlier export is still replaced.
	var out, errOut bytes.Buffer
	for i := 0; i < 2; i++ {
		if code := Run([]string{"report", "--db", db, "--year", "2025", "--out", html}, &out, &errOut); code != 0 {
			t.Fatalf("report %d: %s", i, errOut.String())
		}
	}
}

// Issue 15, item 6: a mistyped --db created an empty database and its folders, and exited 0.
func TestAMissingDatabaseIsNotCreated(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo", "otzuvk.duckdb")
	for _, args := range [][]string{
		{"indicators", "--db", missing},
		{"report", "--db", missing, "--year", "2025", "--out", filepath.Join(dir, "r.html")},
		{"quarantine", "--db", missing},
	} {
		var out, errOut bytes.Buffer
		if code := Run(args, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "не съществува") || !strings.Contains(errOut.String(), "does not exist") {
			t.Errorf("%v: exit %d, %q", args, code, errOut.String())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("created: %v", entries)
	}
}

// Issue 15, item 7: names from the data reached the indicators CSV as formulas.
func TestIndicatorsCSVNeutralisesFormulas(t *testing.T) {
	db := demoDB(t)
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.Exec(`UPDATE departments SET name = '=HYPERLINK("http://x","a")' WHERE code = (SELECT min(code) FROM departments)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var out, errOut bytes.Buffer
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SAT_IDX", "--grain", "year", "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("%d %s", code, errOut.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range recs[1:] {
		if strings.Contains(r[2], "HYPERLINK") {
			found = true
			if !strings.HasPrefix(r[2], "'=") {
				t.Fatalf("formula written raw: %q", r[2])
			}
		}
		for _, c := range r {
			if strings.HasPrefix(c, "=") {
				t.Fatalf("cell %q", c)
			}
		}
	}
	if !found {
		t.Fatal("the renamed department is missing")
	}
}

// One broken user indicator never breaks the others: exit 0, the problem on stderr naming its
// own file and id; a NaN target is refused at load with its field.
func TestABrokenUserIndicatorDoesNotBreakTheCLI(t *testing.T) {
	db := demoDB(t)
	dir := filepath.Join(filepath.Dir(db), "indicators")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(`
- id: CARD_LOG
  name: {bg: "Логаритъм"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: 1
  measure: {kind: mean, value: "ln(rating - rating)"}
- id: NAN_TARGET
  name: {bg: "x"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: share
  direction: higher
  target: .nan
  measure: {kind: share, numerator: "rating >= 4"}
`), 0o644)
	var out, errOut bytes.Buffer
	if code := Run([]string{"indicators", "--db", db, "--grain", "year", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"CARD_LOG (x.yaml)", "NAN_TARGET", "target", "finite"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, errOut.String())
		}
	}
	if strings.Contains(errOut.String(), "CARD_NEG") {
		t.Errorf("another indicator is blamed: %s", errOut.String())
	}
	if !strings.Contains(out.String(), `"CARD_NEG"`) || !strings.Contains(out.String(), `"SAT_IDX"`) || strings.Contains(out.String(), "NaN") {
		t.Fatal("the other indicators are missing")
	}
	out.Reset()
	if code := Run([]string{"catalog", "--db", db, "--format", "json"}, &out, &errOut); code != 0 || !strings.Contains(out.String(), `"date_basis": "completed"`) {
		t.Fatalf("catalog: exit %d", code)
	}
}

func TestDemoRemove(t *testing.T) {
	db := demoDB(t)
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db, "--remove"}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "removed") {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"demo", "--db", db, "--remove"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "no demo data") {
		t.Fatalf("second removal: exit %d, %s", code, errOut.String())
	}
}

// The version answers as `otzvuk --version`, `-version` and the `version` subcommand.
func TestVersionFlags(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-version"}, {"version"}} {
		if !IsCommand(args[0]) {
			t.Fatalf("%v is not a command", args)
		}
		var out, errOut bytes.Buffer
		if code := Run(args, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "otzvuk ") {
			t.Fatalf("%v: exit %d, %q %q", args, code, out.String(), errOut.String())
		}
	}
}
