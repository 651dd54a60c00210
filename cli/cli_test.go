package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
)

func TestDemoThenIndicatorsJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db, "--seed", "3"}, &out, &errOut); code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SAT_IDX", "--format", "json", "--grain", "year"}, &out, &errOut); code != 0 {
		t.Fatalf("indicators exit %d: %s", code, errOut.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out.String())
	}
	depts, totals := map[any]bool{}, 0
	for _, r := range rows {
		for _, k := range []string{"indicator", "period", "department", "value", "n"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("row lacks %q: %v", k, r)
			}
		}
		if r["indicator"] != "SAT_IDX" {
			t.Fatalf("indicator %v", r["indicator"])
		}
		if r["department"] == nil {
			totals++
		} else {
			depts[r["department"]] = true
		}
	}
	if len(depts) != 8 || totals != 4 { // 2023 (Nov–Dec) … 2026
		t.Fatalf("%d departments and %d municipal totals, want 8 and 4", len(depts), totals)
	}
}

func TestIndicatorsCSVHasTheJSONColumns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "csv.duckdb")
	var out, errOut bytes.Buffer
	Run([]string{"demo", "--db", db}, &out, &errOut)
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SAT_IDX", "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); !strings.HasPrefix(got, "indicator,period,department,value,n,ci_low,ci_high,small_sample,previous") {
		t.Fatalf("header %q", got)
	}
	if len(recs) < 36*9 {
		t.Fatalf("only %d rows for 36 months × (8 departments + total)", len(recs))
	}
}

func TestDemoRefusesADatabaseWithData(t *testing.T) {
	db := filepath.Join(t.TempDir(), "twice.duckdb")
	var out, errOut bytes.Buffer
	Run([]string{"demo", "--db", db}, &out, &errOut)
	errOut.Reset()
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code == 0 || !strings.Contains(errOut.String(), "вече съдържа данни") {
		t.Fatalf("second demo: exit %d, %q", code, errOut.String())
	}
}

func TestBadArgumentsAreClear(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Run([]string{"indicators", "--format", "xml"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown format") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := Run([]string{"indicators", "--grain", "week"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown grain") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := Run([]string{"frobnicate"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown command") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
}

func TestHelpListsSubcommands(t *testing.T) {
	var out, errOut bytes.Buffer
	Run([]string{"--help"}, &out, &errOut)
	for _, c := range []string{"demo", "indicators", "--db"} {
		if !strings.Contains(out.String(), c) {
			t.Errorf("help lacks %q", c)
		}
	}
}

// Done-when of the methodology: every default indicator returns values on the demo municipality.
func TestEveryDefaultIndicatorHasValuesOnTheDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "all.duckdb")
	var out, errOut bytes.Buffer
	Run([]string{"demo", "--db", db}, &out, &errOut)
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--grain", "year", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	withValue := map[string]int{}
	for _, r := range rows {
		if r["value"] != nil {
			withValue[r["indicator"].(string)]++
		}
	}
	cat, _ := methodology.DefaultCatalog()
	for _, id := range cat.IDs() {
		if withValue[id] == 0 {
			t.Errorf("%s: no values on the demo", id)
		}
	}
}

// A user-added YAML indicator appears without rebuilding; a broken file is named with its field,
// and the rest of the catalogue still works.
func TestUserIndicatorsFromYAMLNextToTheDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "user.duckdb")
	var out, errOut bytes.Buffer
	Run([]string{"demo", "--db", db}, &out, &errOut)
	os.MkdirAll(filepath.Join(dir, "indicators"), 0o755)
	os.WriteFile(filepath.Join(dir, "indicators", "phone.yaml"), []byte(`
- id: PHONE_SHARE
  name: {bg: "Дял анкети по телефона", en: "Share of phone surveys"}
  method: survey
  group: indirect
  source: v_survey_responses
  unit: share
  direction: none
  min_n: 30
  measure: {kind: share, numerator: "channel = 'phone'"}
`), 0o644)
	os.WriteFile(filepath.Join(dir, "indicators", "broken.yaml"), []byte(`
- id: SNEAKY
  name: {bg: "x"}
  method: survey
  group: indirect
  source: v_survey_responses
  unit: share
  direction: none
  measure: {kind: share, numerator: "(SELECT 1 FROM import_log) = 1"}
`), 0o644)
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"catalog", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("catalog exit %d", code)
	}
	if !strings.Contains(out.String(), "PHONE_SHARE") || !strings.Contains(out.String(), "SAT_IDX") {
		t.Fatalf("catalogue lacks the user or shipped indicators:\n%s", out.String())
	}
	if strings.Contains(out.String(), "SNEAKY") {
		t.Fatal("a rejected indicator was listed")
	}
	for _, want := range []string{"broken.yaml", "SNEAKY", "measure.numerator"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("problem report lacks %q: %s", want, errOut.String())
		}
	}
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--indicator", "PHONE_SHARE", "--by", "", "--grain", "year", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rows []map[string]any
	json.Unmarshal(out.Bytes(), &rows)
	if len(rows) != 4 || rows[1]["value"] == nil {
		t.Fatalf("user indicator rows: %v", rows)
	}
}

func TestReportCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cli.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut.String())
	}
	html, xlsx := filepath.Join(dir, "доклад.html"), filepath.Join(dir, "приложение.xlsx")
	out.Reset()
	if code := Run([]string{"report", "--db", db, "--year", "2025", "--out", html, "--xlsx", xlsx, "--lang", "en"}, &out, &errOut); code != 0 {
		t.Fatalf("report exit %d: %s", code, errOut.String())
	}
	page, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(page), "Perushtitsa Municipality") || !strings.Contains(out.String(), "8 отдела / departments") {
		t.Fatalf("%v; stdout %s", err, out.String())
	}
	if st, err := os.Stat(xlsx); err != nil || st.Size() == 0 {
		t.Fatalf("annex: %v", err)
	}
	for _, args := range [][]string{{"report", "--db", db}, {"report", "--db", db, "--out", html, "--lang", "fr"}} {
		errOut.Reset()
		if code := Run(args, &out, &errOut); code != 2 || errOut.Len() == 0 {
			t.Errorf("%v: exit %d, %q", args, code, errOut.String())
		}
	}
	errOut.Reset()
	if code := Run([]string{"report", "--db", db, "--year", "1999", "--out", html}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "--year 1999: give a year from 2000") {
		t.Errorf("a year out of range: exit %d, %q", code, errOut.String())
	}
}
