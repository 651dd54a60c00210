package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"otzvuk/analytics/ingest/read"
)

const cardsProfile = `
name: Карти за обратна връзка
record_kind: feedback_cards
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`

const cardsHeader = "№,Дата,Отдел,Източник,Оценка,Коментар\n"
const goodRow = "K1,05.03.2026,GRAO,box,4,Благодаря\n"

const signalsProfile = `
name: Сигнали
record_kind: signals
fields:
  id: {column: id}
  received_date: {column: received}
  kind: {column: kind}
  department_code: {column: dept}
  decided_date: {column: decided}
`

type badCase struct {
	name    string
	file    string // file name (its extension picks the reader)
	content []byte
	build   func(path string) // instead of content: writes the file (XLSX)
	profile string            // default cardsProfile
	edit    func(p string) string
	code    string // the Problem code expected
	row     int    // expected row (0 = any)
	column  string // expected column ("" = any)
}

func cp1251(s string) []byte {
	b, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	return b
}

func xlsx(t *testing.T, fill func(f *excelize.File)) func(string) {
	return func(path string) {
		f := excelize.NewFile()
		fill(f)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
	}
}

func badCases(t *testing.T) []badCase {
	csvOf := func(rows ...string) []byte { return []byte(cardsHeader + strings.Join(rows, "")) }
	return []badCase{
		{name: "empty file", file: "a.csv", content: nil, code: "empty_file"},
		{name: "only blank lines", file: "a.csv", content: []byte("\n \r\n\t\n"), code: "empty_file"},
		{name: "header only", file: "a.csv", content: []byte(cardsHeader), code: "header_only"},
		{name: "binary garbage", file: "a.csv", content: append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 300)...), code: "binary"},
		{name: "truncated UTF-8", file: "a.csv", content: append(csvOf(goodRow, "K2,06.03.2026,GRAO,box,5,Мн"), 0xD0), code: "truncated_utf8"},
		{name: "wrong declared encoding", file: "a.csv", content: cp1251(cardsHeader + goodRow + "K2,06.03.2026,GRAO,box,5,Жалба\n"),
			edit: func(p string) string { return p + "source: {encoding: utf-8}\n" }, code: "bad_utf8"},
		{name: "unknown encoding", file: "a.csv", content: csvOf(goodRow), edit: func(p string) string { return p + "source: {encoding: koi8-r}\n" }, code: "unknown_encoding"},
		{name: "unknown delimiter", file: "a.csv", content: []byte("№#Дата#Отдел\nK1#05.03.2026#GRAO\nK2#06.03.2026#GRAO\n"), code: "unknown_delimiter"},
		{name: "unbalanced quotes", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,5,\"няма край\n"), code: "bad_quotes"},
		{name: "ragged rows", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO\n"), code: "ragged_row", row: 3},
		{name: "missing required column", file: "a.csv", content: []byte("№,Отдел,Източник,Оценка,Коментар\nK1,GRAO,box,4,x\n"), code: "missing_column", column: "Дата"},
		{name: "duplicate column names", file: "a.csv", content: []byte("№,Дата,Отдел,Дата,Оценка,Коментар\n" + goodRow), code: "duplicate_column", column: "Дата"},
		{name: "bad date", file: "a.csv", content: csvOf(goodRow, "K2,32.13.2026,GRAO,box,5,x\n"), code: "not_date", row: 3, column: "Дата"},
		{name: "slashed date without an order", file: "a.csv", content: csvOf(goodRow, "K2,03/05/2026,GRAO,box,5,x\n"), code: "slashed_date", row: 3},
		{name: "date in the future", file: "a.csv", content: csvOf(goodRow, "K2,05.03.2027,GRAO,box,5,x\n"), code: "future_date", row: 3},
		{name: "date before 1990", file: "a.csv", content: csvOf(goodRow, "K2,05.03.1899,GRAO,box,5,x\n"), code: "too_old", row: 3},
		{name: "decided before received", file: "s.csv", profile: signalsProfile,
			content: []byte("id,received,kind,dept,decided\nS1,05.03.2026,жалба,GRAO,10.03.2026\nS2,05.03.2026,жалба,GRAO,01.03.2026\n"), code: "date_order", row: 3, column: "decided"},
		{name: "rating out of scale", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,7,x\n"), code: "out_of_range", row: 3, column: "Оценка"},
		{name: "rating not a number", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,пет,x\n"), code: "not_number", row: 3},
		{name: "rating not whole", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,3,5,x\n"), code: "ragged_row", row: 3},
		{name: "rating with a decimal", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,\"3,5\",x\n"), code: "not_integer", row: 3},
		{name: "unknown category value", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,гълъб,5,x\n"), code: "unknown_value", row: 3, column: "Източник"},
		{name: "required value empty", file: "a.csv", content: csvOf(goodRow, "K2,,GRAO,box,5,x\n"), code: "required", row: 3, column: "Дата"},
		{name: "unknown department", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,НЯМА,box,5,x\n"), code: "unknown_department", row: 3, column: "Отдел"},
		{name: "duplicate keys inside one file (on_conflict: reject)", file: "a.csv", content: csvOf(goodRow, "K1,06.03.2026,GRAO,box,1,друго\n"),
			edit: func(p string) string { return p + "on_conflict: reject\n" }, code: "duplicate_key", column: "№"},
		{name: "a 10 MB single field", file: "a.csv", content: csvOf(goodRow, "K2,06.03.2026,GRAO,box,5,\""+strings.Repeat("ж", 5<<20)+"\"\n"), code: "cell_too_large", row: 3},
		{name: "bad yes/no", file: "s.csv", profile: signalsProfile + "  anonymous: {column: anon}\n",
			content: []byte("id,received,kind,dept,decided,anon\nS1,05.03.2026,жалба,GRAO,,не\nS2,05.03.2026,жалба,GRAO,,може би\n"), code: "not_bool", row: 3},
		{name: "JSON object instead of an array", file: "a.json", content: []byte(`{"rows": [{"№": "K1"}]}`), code: "json_object"},
		{name: "JSON pretty-printed single object", file: "a.json", content: []byte("{\n  \"№\": \"K1\",\n  \"Дата\": \"05.03.2026\"\n}\n"), code: "json_object"},
		{name: "JSON syntax error", file: "a.json", content: []byte(`[{"№": "K1", }]`), code: "json_syntax"},
		{name: "JSON array of numbers", file: "a.json", content: []byte(`[1, 2, 3]`), code: "json_not_object"},
		{name: "JSON empty array", file: "a.json", content: []byte(`[]`), code: "header_only"},
		{name: "JSON nested value", file: "a.json", content: []byte(`[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Коментар":"x"},` +
			`{"№":"K2","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":{"a":1},"Коментар":"x"}]`), code: "json_nested", column: "Оценка"},
		{name: "XLSX with no rows", file: "a.xlsx", build: xlsx(t, func(f *excelize.File) {}), code: "xlsx_no_rows"},
		{name: "XLSX merged header cells", file: "a.xlsx", build: xlsx(t, func(f *excelize.File) {
			f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Дата", "", "Източник", "Оценка", "Коментар"})
			f.MergeCell("Sheet1", "B1", "C1")
			f.SetSheetRow("Sheet1", "A2", &[]any{"K1", "05.03.2026", "GRAO", "box", 4, "x"})
		}), code: "xlsx_merged"},
		// the header maps (the merge is past the profile's columns): refused at the sheet's end,
		// after every row was read (LateMergeCheck) — still nothing imported
		{name: "XLSX merged header cells past the profile's columns", file: "a.xlsx", build: xlsx(t, func(f *excelize.File) {
			f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар", "Бележка", ""})
			f.MergeCell("Sheet1", "G1", "H1")
			f.SetSheetRow("Sheet1", "A2", &[]any{"K1", "05.03.2026", "GRAO", "box", 4, "x"})
			f.SetSheetRow("Sheet1", "A3", &[]any{"K2", "06.03.2026", "GRAO", "box", 5, "y"})
		}), code: "xlsx_merged", row: 1},
		{name: "XLSX missing sheet", file: "a.xlsx", build: xlsx(t, func(f *excelize.File) {
			f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Дата"})
		}), edit: func(p string) string { return p + "source: {sheet: Анкети}\n" }, code: "xlsx_no_sheet"},
		{name: "not really XLSX", file: "a.xlsx", content: []byte("this is not a zip file"), code: "xlsx_open"},
	}
}

func TestBadInputFailsCleanly(t *testing.T) {
	cases := badCases(t)
	if len(cases) < 30 {
		t.Fatalf("only %d bad-input fixtures", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, c.file)
			if c.build != nil {
				c.build(path)
			} else if err := os.WriteFile(path, c.content, 0o644); err != nil {
				t.Fatal(err)
			}
			prof := c.profile
			if prof == "" {
				prof = cardsProfile
			}
			if c.edit != nil {
				prof = c.edit(prof)
			}
			p, err := ParseProfile("test.yaml", []byte(prof))
			if err != nil {
				t.Fatal(err)
			}
			s := openStore(t)
			sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
			if err == nil {
				t.Fatalf("imported: %+v", sum)
			}
			var got *read.Problem
			if errors.Is(err, ErrRejected) {
				for _, pr := range sum.Problems {
					if pr.Code == c.code {
						got = pr
						break
					}
				}
				if got == nil {
					t.Fatalf("rejected, but no %s among %v", c.code, sum.Problems)
				}
			} else if !errors.As(err, &got) {
				t.Fatalf("error without a location: %v", err)
			}
			if got.Code != c.code || (c.row != 0 && got.Row != c.row) || (c.column != "" && got.Column != c.column) {
				t.Fatalf("got %s at row %d column %q (%v); want %s row %d column %q", got.Code, got.Row, got.Column, err, c.code, c.row, c.column)
			}
			if got.File != c.file || got.BG == "" || got.EN == "" || got.BG == got.Code {
				t.Errorf("message lacks file or words: %+v", got)
			}
			if n := count(t, s, "SELECT count(*) FROM "+p.kind.Table); n != 0 {
				t.Errorf("%d records imported from a bad file", n)
			}
		})
	}
}

func TestProfileErrorsNameTheField(t *testing.T) {
	for bad, want := range map[string]string{
		"record_kind: nonsense\n":                                  "record_kind",
		"record_kind: feedback_cards\nfields: {id: {column: a}}\n": "fields.card_date",
		"record_kind: signals\nfields: {colour: {column: a}}\n":    "fields.colour",
		"record_kind: signals\nsurce: {}\n":                        "surce",
		"record_kind: signals\ndates: {order: ymd}\n":              "dates.order",
	} {
		_, err := ParseProfile("p.yaml", []byte(bad))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "p.yaml") {
			t.Errorf("%q: %v (want %s)", bad, err, want)
		}
	}
}

// A formula-looking cell is data: it is stored as the text it is.
func TestFormulaInjectionIsStoredAsText(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.csv")
	os.WriteFile(path, []byte(cardsHeader+"K1,05.03.2026,GRAO,box,4,\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"\nK2,05.03.2026,GRAO,box,4,@SUM(A1)\nK3,05.03.2026,GRAO,box,4,+1\nK4,05.03.2026,GRAO,box,4,-1\n"), 0o644)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	s := openStore(t)
	if _, err := Import(context.Background(), s, p, path, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	var text string
	s.DB.QueryRow("SELECT string_agg(text, '|' ORDER BY id) FROM feedback_cards").Scan(&text)
	if text != `=HYPERLINK("http://x";"y")|@SUM(A1)|+1|-1` {
		t.Fatalf("stored %q", text)
	}
}
