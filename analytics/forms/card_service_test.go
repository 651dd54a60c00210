package forms

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/store"
)

// The card's entry template has the "Услуга" column the paper card asks for, with the services'
// drop-down; a filled template still imports through the built-in mapping (the service stays in
// the template: a card record has no service field), and the instructions name only the sheet's
// columns.
func TestCardTemplateHasTheServiceColumnAndImports(t *testing.T) {
	dir := t.TempDir()
	o := Options{Lang: "bg", Instance: "c0ffee", Rows: 20,
		Departments: []Choice{{Code: "GRAO", Name: "ГРАО"}}, Services: []Choice{{Code: "S1", Name: "Удостоверение за наследници"}}}
	var b bytes.Buffer
	if err := WriteTemplate(&b, Card, o); err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(dir, "karta-shablon.xlsx")
	if err := os.WriteFile(tpl, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	data := DataSheet["bg"]
	head, _ := f.GetRows(data)
	headers := head[0]
	svcCol := -1
	for i, h := range headers {
		if h == "Услуга" {
			svcCol = i
		}
	}
	if svcCol < 0 {
		t.Fatalf("the card template has no Услуга column: %q", headers)
	}
	col, _ := excelize.ColumnNumberToName(svcCol + 1)
	dvs, _ := f.GetDataValidations(data)
	dropDown := false
	for _, dv := range dvs {
		dropDown = dropDown || (strings.HasPrefix(dv.Sqref, col+"2:") && strings.Contains(dv.Formula1, "Списъци"))
	}
	if !dropDown {
		t.Errorf("the Услуга column (%s) has no drop-down of services", col)
	}
	// every column the instructions quote is one of the sheet's
	instr, _ := f.GetRows(instrSheet["bg"])
	quoted := regexp.MustCompile(`„([^“]+)“`)
	for _, row := range instr {
		for _, m := range quoted.FindAllStringSubmatch(strings.Join(row, " "), -1) {
			if m[1] == data {
				continue
			}
			found := false
			for _, h := range headers {
				found = found || h == m[1]
			}
			if !found {
				t.Errorf("the instructions name the column „%s“, which the sheet lacks", m[1])
			}
		}
	}
	// two cards, one naming its service
	fill := [][]any{
		{"1", "05.03.2026", "GRAO — ГРАО", "S1 — Удостоверение за наследници", "кутия", 5, "похвала", "Бързо и любезно"},
		{"2", "06.03.2026", "GRAO", "", "онлайн", 2, "оплакване", "Чаках дълго"},
	}
	for i, r := range fill {
		vals := map[string]any{}
		for j, h := range []string{"№ на картата", "Дата", "Отдел", "Услуга", "Източник", "Оценка", "Вид", "Текст"} {
			vals[h] = r[j]
		}
		for j, h := range headers {
			c, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellValue(data, c, vals[h]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	id, ok, err := Detect(tpl)
	if !ok || err != nil || id.Version != 2 {
		t.Fatalf("detect: %+v %v %v", id, ok, err)
	}
	p, err := Profile(id)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "c.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.DB.ExecContext(ctx, `INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Import(ctx, s, p, tpl, ingest.Options{})
	if err != nil || sum.Status != "ok" || sum.Accepted != 2 || sum.Rejected != 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	var got string
	if err := s.DB.QueryRowContext(ctx, `SELECT string_agg(id || ':' || department_code || ':' || source || ':' || rating || ':' || kind || ':' || text, '|' ORDER BY id) FROM feedback_cards`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	want := "K-c0ffee-1:GRAO:box:5:praise:Бързо и любезно|K-c0ffee-2:GRAO:online:2:complaint:Чаках дълго"
	if got != want {
		t.Errorf("cards\n%s\nwant\n%s", got, want)
	}
	// the window's card entry types the first version, without the service: its header is that one
	if h := strings.Join(KioskHeader(), ","); strings.Contains(h, "Услуга") {
		t.Errorf("the kiosk's header changed with the template: %s", h)
	}
}

// The printed forms: a legend that matches its question, the respondent in the singular, no
// unexplained abbreviation, a footer in words.
func TestFormsWording(t *testing.T) {
	for _, lang := range []string{"bg", "en"} {
		for _, form := range []string{Survey, Card} {
			var b bytes.Buffer
			if err := WriteHTML(&b, form, Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			for _, never := range []string{"Формуляр satisfaction", "Формуляр card", "Form satisfaction", "Form card", "</span>граждани</span>", "</span>ССЕВ</span>"} {
				if strings.Contains(page, never) {
					t.Errorf("%s %s: %q", form, lang, never)
				}
			}
			if form == Survey {
				// the statements ask agreement: their legend is agreement, the overall question's satisfaction
				agree := regexp.MustCompile(`(?s)` + regexp.QuoteMeta(words[lang]["drivers"]) + `.*?<div class="hint">([^<]+)</div>`).FindStringSubmatch(page)
				if agree == nil || agree[1] != words[lang]["agree"] {
					t.Errorf("%s: the statements' legend is %q", lang, agree)
				}
				for _, must := range []string{words[lang]["scale"], paperList("group", lang)[0], paperList("channel", lang)[5]} {
					if !strings.Contains(page, must) {
						t.Errorf("%s %s lacks %q", form, lang, must)
					}
				}
			}
		}
	}
}
