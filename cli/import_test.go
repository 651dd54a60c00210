package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cardsProfileYAML = `name: Карти
record_kind: feedback_cards
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`

func writeTemp(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// K1 repeats on rows 2 and 3 with a different rating (row 3, the later, is kept); K2 is alone.
func TestImportListsConflictingCopies(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	prof := writeTemp(t, dir, "p.yaml", cardsProfileYAML)
	in := writeTemp(t, dir, "cards.csv", "№,Дата,Отдел,Източник,Оценка,Коментар\n"+
		"X1,05.03.2026,GRAO,box,4,a\nX1,05.03.2026,GRAO,box,2,a\nX2,05.03.2026,GRAO,box,5,b\n")
	out.Reset()
	if code := Run([]string{"import", "--db", db, "--profile", prof, in}, &out, &errOut); code != 0 {
		t.Fatalf("import exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	text := out.String()
	for _, want := range []string{"конфликтни копия/conflicting copies 1", "нови/new 2", "ключ/key X1: запазен ред/kept row 3; копия/copies ред(ове)/row(s) 2; различават се/differ: Оценка"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
	out.Reset()
	if code := Run([]string{"quarantine", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("quarantine exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0], ";вид / kind") || !strings.HasSuffix(lines[1], ";conflict") || !strings.Contains(lines[1], ";2;Оценка;X1;") {
		t.Errorf("quarantine:\n%s", out.String())
	}
}

func TestMaxRejectRateMustBeAShare(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.duckdb")
	prof := writeTemp(t, dir, "p.yaml", cardsProfileYAML)
	in := writeTemp(t, dir, "cards.csv", "№,Дата,Отдел,Източник,Оценка,Коментар\nX1,05.03.2026,GRAO,box,4,a\n")
	for _, bad := range []string{"NaN", "-0.1", "1.5", "Inf"} {
		var out, errOut bytes.Buffer
		code := Run([]string{"import", "--db", db, "--profile", prof, "--max-reject-rate", bad, in}, &out, &errOut)
		msg := errOut.String()
		if code != 2 || !strings.Contains(msg, "--max-reject-rate") || !strings.Contains(msg, "от 0 до 1") || !strings.Contains(msg, "from 0 to 1") {
			t.Errorf("%s: exit %d: %s", bad, code, msg)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%s: a database was created", bad)
		}
	}
}

// With --max-reject-rate 0 a single rejected row of 21 keeps the whole file out.
func TestMaxRejectRateZeroMeansNoneMayFail(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "z.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	prof := writeTemp(t, dir, "p.yaml", cardsProfileYAML)
	content := "№,Дата,Отдел,Източник,Оценка,Коментар\n"
	for i := 1; i <= 20; i++ {
		content += "Z" + strings.Repeat("1", i) + ",05.03.2026,GRAO,box,4,a\n"
	}
	in := writeTemp(t, dir, "cards.csv", content+"Z0,05.03.2026,GRAO,box,9,a\n")
	out.Reset()
	if code := Run([]string{"import", "--db", db, "--profile", prof, "--max-reject-rate", "0", in}, &out, &errOut); code != 1 || !strings.Contains(out.String(), "NOT IMPORTED") {
		t.Fatalf("exit %d:\n%s\n%s", code, out.String(), errOut.String())
	}
}

// import --suggest --db knows the database's departments: a file naming them (by name) is mapped to
// their codes with new_departments: reject; without --db its names are not codes it knows.
func TestImportSuggestKnowsTheDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	in := writeTemp(t, dir, "cards.csv", "№,Дата,Отдел,Оценка,Коментар\n"+
		"X1,05.03.2026,ГРАО и гражданско състояние,4,a\nX2,06.03.2026,Местни данъци и такси,9,b\nX3,07.03.2026,GRAO,5,c\n")
	out.Reset()
	if code := Run([]string{"import", "--suggest", "--db", db, in}, &out, &errOut); code != 0 {
		t.Fatalf("suggest exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"record_kind: feedback_cards", "new_departments: reject", `"Местни данъци и такси": "MDT"`, "all 3 departments of the file are in the database"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("draft lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if code := Run([]string{"import", "--suggest", "--kind", "feedback_cards", in}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "new_departments: create") {
		t.Errorf("without --db (exit %d): %s\n%s", code, errOut.String(), out.String())
	}
	if code := Run([]string{"import", "--suggest", "--db", filepath.Join(dir, "none.duckdb"), in}, &out, &errOut); code == 0 {
		t.Error("a missing --db must not be created by --suggest")
	}
	if _, err := os.Stat(filepath.Join(dir, "none.duckdb")); err == nil {
		t.Error("--suggest created a database")
	}
}

// otzvuk quarantine shows the cell as written in the file beside the value as read.
func TestQuarantineShowsTheRawCell(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	prof := writeTemp(t, dir, "p.yaml", cardsProfileYAML)
	in := writeTemp(t, dir, "cards.csv", "№,Дата,Отдел,Източник,Оценка,Коментар\n"+
		"Q1,05.03.2026,GRAO,box, 7 ,a\nQ2,05.03.2026,GRAO,box,5,b\n")
	if code := Run([]string{"import", "--db", db, "--profile", prof, "--max-reject-rate", "1", in}, &out, &errOut); code != 0 {
		t.Fatalf("import exit %d: %s\n%s", code, errOut.String(), out.String())
	}
	out.Reset()
	if code := Run([]string{"quarantine", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("quarantine exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], ";стойност / value;клетка във файла / raw cell;причина;reason;") ||
		!strings.Contains(lines[1], ";2;Оценка;7;\" 7 \";стойността е извън допустимото 1–5 — записът е запазен без това поле;the value is outside the allowed range 1–5 — the record was kept without this field;field") {
		t.Errorf("quarantine:\n%s", out.String())
	}
}
