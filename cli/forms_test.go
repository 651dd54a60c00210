package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/forms"
)

const deptsProfileYAML = `name: Отдели
record_kind: departments
fields:
  code: {column: "Код"}
  name: {column: "Име"}
`

// formsDB is a database with two departments and a service, and nothing else.
func formsDB(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "f.duckdb")
	var out, errOut bytes.Buffer
	prof := writeTemp(t, dir, "d.yaml", deptsProfileYAML)
	in := writeTemp(t, dir, "d.csv", "Код,Име\nGRAO,ГРАО\nTSU,Технически служби\n")
	if code := Run([]string{"import", "--db", db, "--profile", prof, in}, &out, &errOut); code != 0 {
		t.Fatalf("departments: %s %s", errOut.String(), out.String())
	}
	return db
}

// fillSurvey types responses into a template's responses sheet as a clerk would (excelize).
func fillSurvey(t *testing.T, path string, rows [][]any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow("Отговори", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func satIdx2026(t *testing.T, db, dept string) (float64, int64) {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SAT_IDX", "--grain", "year", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("indicators: %s", errOut.String())
	}
	var vals []map[string]any
	if err := json.Unmarshal(out.Bytes(), &vals); err != nil {
		t.Fatalf("indicators json: %v\n%s", err, out.String())
	}
	for _, v := range vals {
		if v["period"] == "2026" && v["department_code"] == nilIfEmpty(dept) && v["value"] != nil {
			return v["value"].(float64), int64(v["n"].(float64))
		}
	}
	t.Fatalf("no SAT_IDX for %q in %s", dept, out.String())
	return 0, 0
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// A filled template — written with excelize, one row invalid — imports with no profile: the bad
// row goes to the quarantine with its column and reason, the others reach the indicators.
func TestFormsTemplateImportsWithoutProfile(t *testing.T) {
	dir := t.TempDir()
	db := formsDB(t, dir)
	outDir := filepath.Join(dir, "forms")
	var out, errOut bytes.Buffer
	if code := Run([]string{"forms", "--db", db, "--out", outDir}, &out, &errOut); code != 0 {
		t.Fatalf("forms exit %d: %s", code, errOut.String())
	}
	for _, name := range []string{"anketa.html", "anketa-shablon.xlsx", "karta.html", "karta-shablon.xlsx"} {
		if _, err := os.Stat(filepath.Join(outDir, name)); err != nil {
			t.Fatalf("forms did not write %s", name)
		}
	}
	html, _ := os.ReadFile(filepath.Join(outDir, "anketa.html"))
	for _, want := range []string{"Община Перущица", "Технически служби", "@page", "Не мога да преценя"} {
		if !bytes.Contains(html, []byte(want)) {
			t.Errorf("questionnaire lacks %q", want)
		}
	}
	if bytes.Contains(html, []byte("http://")) || bytes.Contains(html, []byte("https://")) || bytes.Contains(html, []byte("<script")) {
		t.Error("questionnaire refers to an external resource or runs a script")
	}
	tpl := filepath.Join(outDir, "anketa-shablon.xlsx")
	// the drop-down for the department lists the database's departments
	f, err := excelize.OpenFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	dvs, _ := f.GetDataValidations("Отговори")
	vis, _ := f.GetSheetVisible(forms.IdentitySheet)
	lists, _ := f.GetCols("Списъци")
	f.Close()
	if len(dvs) < 10 || vis {
		t.Errorf("template: %d validations, identity visible %v", len(dvs), vis)
	}
	foundDept := false
	for _, c := range lists {
		if len(c) > 0 && c[0] == "department" {
			foundDept = strings.TrimRight(strings.Join(c, "|"), "|") == "department|GRAO — ГРАО|TSU — Технически служби"
		}
	}
	if !foundDept {
		t.Errorf("department list: %v", lists)
	}

	// 20 valid responses to GRAO: ten rate 5 overall, ten rate 3 → mean 4 → SAT_IDX (4−1)/(5−1)×100 = 75.
	// Row 22 rates 7 overall on a 1–5 scale: the response is kept without that rating (its other
	// items count) and the cell is quarantined as an emptied field.
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	var rows [][]any
	for i := 1; i <= 20; i++ {
		overall := 5
		if i > 10 {
			overall = 3
		}
		rows = append(rows, []any{i, day, "GRAO — ГРАО", "", "гише", "граждани", overall, 4, 4, "не мога да преценя", 5, 5, 4, 9, 12.5, "добре"})
	}
	rows = append(rows, []any{21, day, "GRAO — ГРАО", "", "поща", "бизнес", 7, 4, 4, 4, 4, 4, 4, 8, 3, ""})
	fillSurvey(t, tpl, rows)

	out.Reset()
	errOut.Reset()
	if code := Run([]string{"import", "--db", db, tpl}, &out, &errOut); code != 0 {
		t.Fatalf("import exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	if !strings.Contains(out.String(), "приети/accepted 21 · отхвърлени/rejected 0") || !strings.Contains(out.String(), "fields emptied (record kept) 1") {
		t.Errorf("summary:\n%s", out.String())
	}
	out.Reset()
	if code := Run([]string{"quarantine", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("quarantine: %s", errOut.String())
	}
	q := out.String()
	if !strings.Contains(q, ";22;Обща оценка;7;") {
		t.Errorf("quarantine lacks row 22, column Обща оценка, value 7:\n%s", q)
	}
	v, n := satIdx2026(t, db, "")
	if v != 75 || n != 20 {
		t.Errorf("SAT_IDX = %v (n %d), want 75 (n 20)", v, n)
	}
}

// A template of the form's first version (no waiting-time column) still imports.
func TestFormsOlderVersionImports(t *testing.T) {
	dir := t.TempDir()
	db := formsDB(t, dir)
	tpl := filepath.Join(dir, "v1.xlsx")
	fh, err := os.Create(tpl)
	if err != nil {
		t.Fatal(err)
	}
	if err := forms.WriteTemplateVersion(fh, forms.Survey, 1, forms.Options{Departments: []forms.Choice{{Code: "TSU", Name: "Технически служби"}}}); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	day := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	// overall 2 and 4 → mean 3 → (3−1)/4×100 = 50
	fillSurvey(t, tpl, [][]any{
		{"7", day, "TSU", "", "портал", "НПО", 2, 2, 2, 2, 2, 2, 2, 5, "бавно"},
		{"8", "02.06.2026", "TSU — Технически служби", "", "имейл", "граждани", 4, 4, 4, 4, 4, 4, 4, 10, ""},
	})
	var out, errOut bytes.Buffer
	if code := Run([]string{"import", "--db", db, tpl}, &out, &errOut); code != 0 {
		t.Fatalf("import v1 exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	if !strings.Contains(out.String(), "приети/accepted 2 ") {
		t.Errorf("summary:\n%s", out.String())
	}
	if v, n := satIdx2026(t, db, ""); v != 50 || n != 2 {
		t.Errorf("SAT_IDX = %v (n %d), want 50 (n 2)", v, n)
	}
	_ = strconv.Itoa
}
