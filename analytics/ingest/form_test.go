package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The mapping form: the fields of the record kind with the file's column each comes from, the
// first rows as they will be stored, and a coded column's values beside their codes; edits go
// back into YAML that parses and imports — no YAML typed.
func TestMappingFormRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "cards.csv")
	os.WriteFile(file, []byte("№;Дата;Отдел;Оценка;Откъде;Текст\nK1;05.03.2026;GRAO;5;кутия;Бързо\nK2;06.03.2026;MDT;2;Таблет;Чаках дълго\nK3;07.03.2026;GRAO;4;от сайта;\n"), 0o644)
	start := "name: Карти\nrecord_kind: feedback_cards\nfields:\n  id: {column: \"№\"}\n"
	p, err := ParseDraftProfile("p.yaml", []byte(start))
	if err != nil {
		t.Fatal(err)
	}
	f, err := BuildForm(file, p)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]FormField{}
	for _, ff := range f.Fields {
		byName[ff.Name] = ff
	}
	if id := byName["id"]; id.Column != "№" || !id.Required || len(id.Samples) != 3 || id.Samples[0].Stored != "K1" {
		t.Fatalf("id %+v", id)
	}
	if src := byName["source"]; len(src.Codes) == 0 || src.Column != "" {
		t.Fatalf("source %+v", src)
	}
	if len(f.Header) != 6 || len(f.Kinds) < 5 {
		t.Fatalf("header %v kinds %v", f.Header, f.Kinds)
	}
	// The user picks the columns in the form, and the code of the one value not recognised.
	yamlText, err := ApplyForm(start, []FieldEdit{
		{Name: "card_date", Column: "Дата"}, {Name: "department_code", Column: "Отдел"}, {Name: "rating", Column: "Оценка"},
		{Name: "text", Column: "Текст"}, {Name: "source", Column: "Откъде", Map: map[string]string{"кутия": "box", "Таблет": "tablet", "от сайта": "online"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := ParseProfile("p.yaml", []byte(yamlText))
	if err != nil {
		t.Fatalf("%v\n%s", err, yamlText)
	}
	f2, _ := BuildForm(file, p2)
	for _, ff := range f2.Fields {
		if ff.Name != "source" {
			continue
		}
		codes := map[string]string{}
		for _, v := range ff.Values {
			codes[v.Value] = v.Code
		}
		if codes["кутия"] != "box" || codes["Таблет"] != "tablet" || codes["от сайта"] != "online" {
			t.Fatalf("values %+v", ff.Values)
		}
		if strings.Contains(yamlText, "кутия") || strings.Contains(yamlText, "Таблет") || !strings.Contains(yamlText, "от сайта") {
			t.Fatalf("only the value not recognised needs a map:\n%s", yamlText)
		}
	}
	s := openStore(t)
	sum, err := Import(context.Background(), s, p2, file, Options{Now: testNow})
	if err != nil || sum.New != 3 {
		t.Fatalf("%v %+v", err, sum)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards WHERE source = 'online' AND rating = 4"); n != 1 {
		t.Fatalf("stored %d", n)
	}
}
