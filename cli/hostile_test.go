package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"otzvuk/analytics/store"
)

// The hostile-input suite: each case writes its files, runs commands through Run and checks the
// exit code, the words of the bilingual message (file, row, column) or the records stored.

const hProfile = `name: Карти
record_kind: feedback_cards
new_departments: create
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`

const hRequests = `name: Заявления
record_kind: service_requests
new_departments: create
fields:
  id: {column: "№"}
  department_code: {column: "Звено"}
  submitted_at: {column: "Подадено"}
  completed_at: {column: "Приключено"}
  channel: {column: "Канал", strict: true, map: {гише: counter, онлайн: online}}
`

const hH = "№,Дата,Отдел,Източник,Оценка,Коментар\n"
const hR1 = "K1,05.03.2026,GRAO,box,4,Благодаря\n"
const hR2 = "K2,06.03.2026,MDT,box,5,Бързо\n"
const hReqH = "№,Звено,Подадено,Приключено,Канал\n"

type hostileCase struct {
	name   string
	files  map[string]string // name → content ({dir} is the case's folder)
	before [][]string        // commands that must succeed first
	args   []string          // {dir}, {db}, {p} (cards profile), {rq} (requests profile)
	code   int
	want   []string // substrings of stdout+stderr
	not    []string // must not appear
	query  string   // a count over the database after the run …
	n      int      // … and its expected value
	root   bool     // needs root (tmpfs)
	env    map[string]string
	setup  func(t *testing.T, dir string)
	// file (in the case's folder) must exist after the run, holding fileWant and not fileNot
	file, fileWant, fileNot string
	absent                  string // a path ({dir}, {db}) that must not exist after the run: nothing written
}

func utf16le(s string, bom bool) string {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func utf16be(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

func win1251(s string) string {
	b, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	return string(b)
}

// minimalXLSX writes an XLSX-shaped zip whose sheet holds rows; pad adds a run of spaces to the sheet.
func minimalXLSX(path string, rows [][]string, pad int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	add := func(name, body string) {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	var sb strings.Builder
	sb.WriteString(`<worksheet><sheetData>`)
	for i, r := range rows {
		sb.WriteString(`<row r="` + itoa(i+1) + `">`)
		for j, c := range r {
			sb.WriteString(`<c r="` + string(rune('A'+j)) + itoa(i+1) + `" t="inlineStr"><is><t>` + c + `</t></is></c>`)
		}
		sb.WriteString(`</row>`)
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	w.Write([]byte(sb.String()))
	if pad > 0 {
		block := bytes.Repeat([]byte{' '}, 1<<20)
		for i := 0; i < pad; i += len(block) {
			w.Write(block[:min(len(block), pad-i)])
		}
	}
	w.Write([]byte(`</sheetData></worksheet>`))
	return zw.Close()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

var cardRows = [][]string{{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар"}, {"K1", "05.03.2026", "GRAO", "box", "4", "x"}}

// ole is the start of an OLE compound file (old .xls, or an encrypted OOXML package).
func ole(encrypted bool) string {
	b := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	b = append(b, make([]byte, 504)...)
	if encrypted {
		b = append(b, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	}
	return string(append(b, make([]byte, 512)...))
}

func rowsOf(n int, tail string) string {
	var b strings.Builder
	b.WriteString(hH)
	for i := 0; i < n; i++ {
		b.WriteString("P" + itoa(i) + ",05.03.2026,GRAO,box,4,попълване на файла с достатъчно текст\n")
	}
	b.WriteString(tail)
	return b.String()
}

func indicatorYAML(id, expr string) string {
	return `- id: ` + id + `
  name: {bg: "Враждебен"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: share
  direction: higher
  measure: {kind: share, numerator: ` + expr + `}
`
}

func hostileCases() []hostileCase {
	imp := func(file string, extra ...string) []string {
		return append(append([]string{"import", "--db", "{db}", "--profile", "{p}"}, extra...), "{dir}/"+file)
	}
	impReq := func(file string, extra ...string) []string {
		return append(append([]string{"import", "--db", "{db}", "--profile", "{rq}"}, extra...), "{dir}/"+file)
	}
	lenient := "--max-reject-rate=1"
	one := func(name, content string) map[string]string { return map[string]string{name: content} }
	seed := [][]string{{"import", "--db", "{db}", "--profile", "{p}", "{dir}/seed.csv"}}
	seedFile := hH + hR1 + hR2
	withSeed := func(m map[string]string) map[string]string {
		m["seed.csv"] = seedFile
		return m
	}
	hostileInd := func(id, expr, refusal string) hostileCase {
		return hostileCase{name: "indicator " + id, files: withSeed(map[string]string{"indicators/h.yaml": indicatorYAML(id, expr)}), before: seed,
			args: []string{"catalog", "--db", "{db}"}, code: 0, want: []string{"h.yaml: indicator " + id + ": field measure.numerator: " + refusal, "h.yaml: показател " + id}, query: `SELECT count(*) FROM feedback_cards`, n: 2}
	}
	bigCell := "x" + strings.Repeat("я", (1<<20)/2+10)
	cases := []hostileCase{
		// plain and odd-but-fine files
		{name: "good csv", files: one("c.csv", hH+hR1+hR2), args: imp("c.csv"), want: []string{"нови/new 2"}, query: `SELECT count(*) FROM feedback_cards`, n: 2},
		{name: "utf-8 BOM", files: one("c.csv", "\ufeff"+hH+hR1), args: imp("c.csv"), want: []string{"нови/new 1"}},
		{name: "CR-only line ends", files: one("c.csv", strings.ReplaceAll(hH+hR1+hR2, "\n", "\r")), args: imp("c.csv"), want: []string{"нови/new 2"}},
		{name: "CRLF line ends", files: one("c.csv", strings.ReplaceAll(hH+hR1+hR2, "\n", "\r\n")), args: imp("c.csv"), want: []string{"нови/new 2"}},
		{name: "utf-16 with BOM", files: one("c.csv", utf16le(hH+hR1+hR2, true)), args: imp("c.csv"), want: []string{"нови/new 2"}},
		{name: "BOM-less utf-16le", files: one("c.csv", utf16le(hH+hR1+hR2, false)), args: imp("c.csv"), want: []string{"utf-16le", "нови/new 2"}},
		{name: "BOM-less utf-16be", files: one("c.csv", utf16be(hH+hR1+hR2)), args: imp("c.csv"), want: []string{"utf-16be", "нови/new 2"}},
		{name: "windows-1251 semicolons", files: one("c.csv", win1251(strings.ReplaceAll(hH+hR1+hR2, ",", ";"))), args: imp("c.csv"), want: []string{"windows-1251", "нови/new 2"}},
		{name: "tab delimited", files: one("c.csv", strings.ReplaceAll(hH+hR1+hR2, ",", "\t")), args: imp("c.csv"), want: []string{"нови/new 2"}},
		{name: "formula cells stored as text", files: one("c.csv", hH+"K1,05.03.2026,GRAO,box,4,\"=HYPERLINK(\"\"http://x\"\")\"\n"), args: imp("c.csv"),
			want: []string{"нови/new 1"}, query: `SELECT count(*) FROM feedback_cards WHERE text LIKE '=HYPERLINK%'`, n: 1},
		// encodings and bytes
		{name: "bad utf-8 in the middle", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,4,\xff\xfe\xfd\n"+hR2), args: imp("c.csv"), code: 1, want: []string{"c.csv", "invalid UTF-8", "невалиден UTF-8"}},
		{name: "truncated utf-8 at the end", files: one("c.csv", strings.TrimSuffix(hH+hR1+"K2,05.03.2026,GRAO,box,4,я", "\x8f")), args: imp("c.csv"), code: 1, want: []string{"incomplete UTF-8"}},
		{name: "truncated utf-16 (odd bytes)", files: one("c.csv", utf16le(hH+hR1+"K2,05.03.2026,GRAO,box,4,край\n", true)[:len(utf16le(hH+hR1+"K2,05.03.2026,GRAO,box,4,край\n", true))-3]),
			args: imp("c.csv"), code: 1, want: []string{"c.csv, row 3", "half a UTF-16 character", "ред 3"}, query: `SELECT count(*) FROM feedback_cards`, n: 0},
		{name: "NUL in the first 64 KB", files: one("c.csv", hH+"N1,05.03.2026,GRAO,box,4,а\x00б\n"+rowsOf(1200, "")[len(hH):]), args: imp("c.csv", lenient),
			want: []string{"c.csv, row 2, column \"Коментар\"", "NUL byte", "нулев байт"}, query: `SELECT count(*) FROM feedback_cards WHERE contains(text, chr(0))`, n: 0},
		{name: "NUL after the first 64 KB", files: one("c.csv", rowsOf(1200, "N1,05.03.2026,GRAO,box,4,а\x00б\n")), args: imp("c.csv", lenient),
			want: []string{"row 1202, column \"Коментар\"", "NUL byte"}, query: `SELECT count(*) FROM feedback_cards WHERE contains(text, chr(0))`, n: 0},
		{name: "mostly NULs is binary", files: one("c.csv", hH+string(make([]byte, 4000))), args: imp("c.csv"), code: 1, want: []string{"c.csv", "not text (binary data)", "двоичен"}},
		{name: "empty file", files: one("c.csv", ""), args: imp("c.csv"), code: 1, want: []string{"the file is empty", "файлът е празен"}},
		{name: "whitespace only", files: one("c.csv", " \n\n \n"), args: imp("c.csv"), code: 1, want: []string{"the file is empty"}},
		{name: "header only", files: one("c.csv", hH), args: imp("c.csv"), code: 1, want: []string{"header row but no data"}},
		// structure
		{name: "unknown delimiter", files: one("c.csv", "№#Дата#Отдел\nK1#05.03.2026#GRAO\nK2#05.03.2026#GRAO\n"), args: imp("c.csv"), code: 1, want: []string{"cannot tell the delimiter"}},
		{name: "bad quotes", files: one("c.csv", hH+"K1,05.03.2026,GRAO,box,4,\"a\"b\"\n"), args: imp("c.csv"), code: 1, want: []string{"c.csv, row 2", "misplaced quotes", "кавички"}},
		{name: "ragged row", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO\n"+hR2), args: imp("c.csv", lenient), want: []string{"c.csv, row 3", "3 columns instead of 6", "3 колони вместо 6"}},
		{name: "duplicate column", files: one("c.csv", "№,Дата,Отдел,Източник,Оценка,Коментар,Оценка\n"+"K1,05.03.2026,GRAO,box,4,x,4\n"), args: imp("c.csv"), code: 1, want: []string{"column name repeats"}},
		{name: "missing column", files: one("c.csv", "№,Дата,Отдел,Източник,Коментар\nK1,05.03.2026,GRAO,box,x\n"), args: imp("c.csv"), code: 1, want: []string{"column \"Оценка\"", "a column the profile needs is missing"}},
		{name: "lookalike column (Latin a)", files: one("c.csv", "№,Дaта,Отдел,Източник,Оценка,Коментар\nK1,05.03.2026,GRAO,box,4,x\n"), args: imp("c.csv"), code: 1, want: []string{"Дaта"}},
		{name: "oversized Cyrillic cell", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,4,"+bigCell+"\n"), args: imp("c.csv", lenient),
			want: []string{"c.csv, row 3, column \"Коментар\"", "larger than 1 MB"}, query: `SELECT count(*) FROM quarantine WHERE value LIKE 'xяя%'`, n: 1},
		{name: "too many columns", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,4,"+strings.Repeat("x,", 17000)+"\n"), args: imp("c.csv", lenient), want: []string{"row 3", "more than 16384 columns"}},
		// numbers
		{name: "NaN rating", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,NaN,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Оценка\"", "not finite"}},
		{name: "Inf rating", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,Inf,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Оценка\"", "not finite"}},
		{name: "-Infinity rating", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,-Infinity,x\n"), args: imp("c.csv", lenient), want: []string{"not finite"}},
		{name: "overflow rating", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,1.7e309,x\n"), args: imp("c.csv", lenient), want: []string{"not finite"}},
		{name: "text rating", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,много,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Оценка\"", "not"}},
		// dates
		{name: "future date", files: one("c.csv", hH+hR1+"K2,05.03.2099,GRAO,box,4,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Дата\"", "the date is in the future"}},
		{name: "date before 1990", files: one("c.csv", hH+hR1+"K2,05.03.1985,GRAO,box,4,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Дата\"", "before 1990"}},
		{name: "no such day", files: one("c.csv", hH+hR1+"K2,31.02.2026,GRAO,box,4,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Дата\"", "not a date"}},
		{name: "slashed date", files: one("c.csv", hH+hR1+"K2,05/03/2026,GRAO,box,4,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Дата\"", "slashed date"}},
		{name: "offset on a bare date", files: one("c.csv", hH+hR1+"K2,2026-03-05Z,GRAO,box,4,x\n"), args: imp("c.csv", lenient), want: []string{"row 3, column \"Дата\"", "not a date"}},
		{name: "dates out of order", files: one("r.csv", hReqH+"R1,GRAO,05.03.2026 10:00,04.03.2026 10:00,гише\nR2,GRAO,05.03.2026 10:00,06.03.2026 10:00,гише\n"), args: impReq("r.csv", lenient),
			// the request was received: it is kept, only its impossible completion date is left out
			want: []string{"r.csv, row 2", "the record was kept without this field"}, query: `SELECT count(*) FROM service_requests WHERE id = 'R1' AND completed_at IS NULL`, n: 1},
		{name: "time zone Z becomes Sofia time", files: one("r.csv", hReqH+"R1,GRAO,2026-01-10T10:00:00Z,2026-01-11T10:00:00Z,гише\n"), args: impReq("r.csv"),
			want: []string{"нови/new 1"}, query: `SELECT count(*) FROM service_requests WHERE submitted_at = TIMESTAMP '2026-01-10 12:00:00'`, n: 1},
		{name: "time zone +05:00 becomes Sofia time", files: one("r.csv", hReqH+"R1,GRAO,2026-07-10T10:00:00+05:00,2026-07-11T10:00:00+05:00,онлайн\n"), args: impReq("r.csv"),
			want: []string{"нови/new 1"}, query: `SELECT count(*) FROM service_requests WHERE submitted_at = TIMESTAMP '2026-07-10 08:00:00'`, n: 1},
		{name: "unknown code in a strict map", files: one("r.csv", hReqH+"R1,GRAO,05.03.2026 10:00,06.03.2026 10:00,гише\nR2,GRAO,05.03.2026 10:00,06.03.2026 10:00,поща\n"), args: impReq("r.csv", lenient),
			want: []string{"r.csv, row 3, column \"Канал\"", "unknown value; allowed", "непозната стойност"}},
		// keys
		{name: "identical duplicate rows", files: one("c.csv", hH+hR1+hR1+hR2), args: imp("c.csv"), want: []string{"дублирани/duplicates 1", "нови/new 2"}},
		{name: "conflicting copies", files: one("c.csv", hH+hR1+"K1,05.03.2026,GRAO,box,2,Благодаря\n"), args: imp("c.csv"), want: []string{"конфликтни копия/conflicting copies 1", "ключ/key K1"}},
		{name: "on_conflict reject", files: map[string]string{"c.csv": hH + hR1 + "K1,05.03.2026,GRAO,box,2,Благодаря\n" + hR2, "p2.yaml": hProfile + "on_conflict: reject\n"},
			args: []string{"import", "--db", "{db}", "--profile", "{dir}/p2.yaml", "--max-reject-rate=1", "{dir}/c.csv"}, want: []string{"key repeats in the file with different content (rows 2, 3)"}},
		{name: "same file twice", files: withSeed(map[string]string{}), before: seed, args: imp("seed.csv"), want: []string{"already imported"}},
		{name: "corrected file replaces", files: withSeed(one("c.csv", hH+"K1,05.03.2026,GRAO,box,1,поправено\n")), before: seed, args: imp("c.csv"),
			want: []string{"заменени/replaced 1"}, query: `SELECT count(*) FROM feedback_cards WHERE rating = 1`, n: 1},
		{name: "hash key with a mapped id: a corrected file replaces", files: map[string]string{
			"p3.yaml": strings.Replace(hProfile, "fields:", "key: {hash: [Дата, Отдел]}\nfields:", 1),
			"a.csv":   hH + "H-0,05.03.2026,GRAO,box,4,x\n", "b.csv": hH + "H-0,05.03.2026,GRAO,box,2,поправено\n"},
			before: [][]string{{"import", "--db", "{db}", "--profile", "{dir}/p3.yaml", "{dir}/a.csv"}},
			args:   []string{"import", "--db", "{db}", "--profile", "{dir}/p3.yaml", "{dir}/b.csv"},
			want:   []string{"заменени/replaced 1"}, not: []string{"Duplicate key", "Constraint"}, query: `SELECT count(*) FROM feedback_cards`, n: 1},
		{name: "too many rejected", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,NaN,x\n"), args: imp("c.csv"), code: 1, want: []string{"above the threshold", "над прага"}, query: `SELECT count(*) FROM feedback_cards`, n: 0},
		{name: "unknown department", files: map[string]string{"c.csv": hH + hR1 + "K2,05.03.2026,НЯМА,box,4,x\n", "p4.yaml": strings.Replace(hProfile, "new_departments: create\n", "", 1)},
			args: []string{"import", "--db", "{db}", "--profile", "{dir}/p4.yaml", "--max-reject-rate=1", "{dir}/c.csv"}, want: []string{"column \"Отдел\"", "unknown department"}},
		// JSON
		{name: "minified JSON", files: one("c.json", `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Коментар":"x"},{"№":"K2","Дата":"06.03.2026","Отдел":"MDT","Източник":"box","Оценка":5,"Коментар":"y"}]`),
			args: imp("c.json"), want: []string{"нови/new 2"}},
		{name: "NDJSON", files: one("c.json", `{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Коментар":"x"}`+"\n"+`{"№":"K2","Дата":"06.03.2026","Отдел":"MDT","Източник":"box","Оценка":5,"Коментар":"y"}`+"\n"),
			args: imp("c.json"), want: []string{"нови/new 2"}},
		{name: "trailing JSON", files: one("c.json", `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Коментар":"x"}][{"№":"K2"}]`),
			args: imp("c.json"), code: 1, want: []string{"more content after the end"}, query: `SELECT count(*) FROM feedback_cards`, n: 0},
		{name: "duplicate JSON keys", files: one("c.json", `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Оценка":5,"Коментар":"x"}]`),
			args: imp("c.json", lenient), want: []string{"appears more than once", "Оценка"}},
		{name: "truncated JSON", files: one("c.json", `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO"`), args: imp("c.json"), code: 1, want: []string{"c.json", "ends early"}},
		{name: "nested JSON value", files: one("c.json", `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":{"a":1},"Коментар":"x"}]`),
			args: imp("c.json", lenient), want: []string{"nested values"}},
		{name: "JSON single object", files: one("c.json", `{"records": [{"№":"K1"}]}`), args: imp("c.json"), code: 1, want: []string{"a single object"}},
		{name: "JSON syntax", files: one("c.json", `[{"№":"K1",,}]`), args: imp("c.json"), code: 1, want: []string{"c.json", "JSON"}},
		// XLSX
		{name: "minimal xlsx", setup: func(t *testing.T, dir string) { must(t, minimalXLSX(filepath.Join(dir, "c.xlsx"), cardRows, 0)) }, args: imp("c.xlsx"), want: []string{"нови/new 1"}},
		{name: "xlsx zip bomb", setup: func(t *testing.T, dir string) { must(t, minimalXLSX(filepath.Join(dir, "c.xlsx"), cardRows, 40<<20)) }, args: imp("c.xlsx"), code: 1, want: []string{"c.xlsx", "zip bomb", "zip бомба"}},
		{name: "password xlsx", files: one("c.xlsx", ole(true)), args: imp("c.xlsx"), code: 1, want: []string{"password-protected", "парола"}},
		{name: "old xls named xlsx", files: one("c.xlsx", ole(false)), args: imp("c.xlsx"), code: 1, want: []string{"old .xls format"}},
		{name: "text named xlsx", files: one("c.xlsx", hH+hR1), args: imp("c.xlsx"), code: 1, want: []string{"not XLSX"}},
		{name: "truncated xlsx", setup: func(t *testing.T, dir string) {
			p := filepath.Join(dir, "c.xlsx")
			must(t, minimalXLSX(p, cardRows, 0))
			b, _ := os.ReadFile(p)
			must(t, os.WriteFile(p, b[:len(b)/2], 0o644))
		}, args: imp("c.xlsx"), code: 1, want: []string{"c.xlsx"}},
		{name: "unknown format", files: one("c.pdf", "%PDF-1.4"), args: imp("c.pdf"), code: 1, want: []string{"c.pdf"}},
		// flags and outputs
		{name: "reject rate above 1", files: one("c.csv", hH+hR1), args: imp("c.csv", "--max-reject-rate=2"), code: 2, want: []string{"from 0 to 1"}},
		{name: "reject rate NaN", files: one("c.csv", hH+hR1), args: imp("c.csv", "--max-reject-rate=NaN"), code: 2, want: []string{"from 0 to 1"}},
		{name: "import without a profile", files: one("c.csv", hH+hR1), args: []string{"import", "--db", "{db}", "{dir}/c.csv"}, code: 2, want: []string{"--profile is required"}},
		{name: "import without input", args: []string{"import", "--db", "{db}", "--profile", "{p}"}, code: 2, want: []string{"give at least one input file"}},
		{name: "input that does not exist", args: imp("nothing.csv"), code: 1, want: []string{"nothing.csv"}},
		{name: "profile that is not YAML", files: one("bad.yaml", "name: [unclosed\n"), args: []string{"import", "--db", "{db}", "--profile", "{dir}/bad.yaml", "{dir}/x.csv"}, code: 2, want: []string{"YAML"}},
		{name: "quarantine without --db (no database yet)", args: []string{"quarantine"}, code: 1, want: []string{"does not exist", "не съществува"}},
		{name: "report without --db (no database yet)", args: []string{"report", "--year", "2026", "--out", "{dir}/r.html"}, code: 1, want: []string{"does not exist"}},
		{name: "indicators on a missing database", args: []string{"indicators", "--db", "{dir}/missing.duckdb"}, code: 1, want: []string{"does not exist"}, query: "-", n: 0},
		{name: "quarantine --out over the database", files: withSeed(map[string]string{}), before: seed, args: []string{"quarantine", "--db", "{db}", "--out", "{db}"}, code: 1, want: []string{"{db} is an Otzvuk database", "{db} е база данни на Отзвук"},
			query: `SELECT count(*) FROM feedback_cards`, n: 2},
		{name: "report --out over the database", files: withSeed(map[string]string{}), before: seed, args: []string{"report", "--db", "{db}", "--year", "2026", "--out", "{db}"}, code: 1, want: []string{"{db} is an Otzvuk database"},
			query: `SELECT count(*) FROM feedback_cards`, n: 2},
		{name: "report --xlsx over the database", files: withSeed(map[string]string{}), before: seed, args: []string{"report", "--db", "{db}", "--year", "2026", "--out", "{dir}/r.html", "--xlsx", "{db}"}, code: 1, want: []string{"{db} is an Otzvuk database"},
			query: `SELECT count(*) FROM feedback_cards`, n: 2},
		{name: "quarantine --out over the database journal", files: withSeed(map[string]string{}), before: seed, args: []string{"quarantine", "--db", "{db}", "--out", "{db}.wal"}, code: 1,
			want: []string{"journal"}},
		{name: "quarantine --out onto a folder", files: withSeed(map[string]string{"sub/keep.txt": "x"}), before: seed, args: []string{"quarantine", "--db", "{db}", "--out", "{dir}/sub"}, code: 1, want: []string{"{dir}/sub is a folder", "е папка"}},
		{name: "quarantine --out over an unrelated file", files: withSeed(map[string]string{"notes.csv": "мои бележки\n"}), before: seed, args: []string{"quarantine", "--db", "{db}", "--out", "{dir}/notes.csv"}, code: 1, want: []string{"notes.csv exists and was not written by Otzvuk"}, file: "notes.csv", fileWant: "мои бележки"},
		{name: "formula cell rejected into the quarantine", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,=1+1,x\n"),
			args: imp("c.csv", lenient), want: []string{"row 3, column \"Оценка\""}, query: `SELECT count(*) FROM quarantine WHERE value = '=1+1'`, n: 1},
		{name: "quarantine --out CSV defuses formulas", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,=1+1,x\n"),
			before: [][]string{{"import", "--db", "{db}", "--profile", "{p}", "--max-reject-rate=1", "{dir}/c.csv"}},
			args:   []string{"quarantine", "--db", "{db}", "--out", "{dir}/q.csv"}, file: "q.csv", fileWant: "'=1+1", fileNot: ";=1+1"},
		{name: "quarantine CSV to stdout defuses formulas", files: one("c.csv", hH+hR1+"K2,05.03.2026,GRAO,box,@SUM(A1),x\n"),
			before: [][]string{{"import", "--db", "{db}", "--profile", "{p}", "--max-reject-rate=1", "{dir}/c.csv"}},
			args:   []string{"quarantine", "--db", "{db}"}, want: []string{"'@SUM(A1)"}, not: []string{";@SUM"}},
		{name: "huge indicator filter list", files: withSeed(map[string]string{}), before: seed,
			args: []string{"indicators", "--db", "{db}", "--indicator", "SAT_IDX," + strings.Repeat("NOPE,", 5000) + "NOPE"}, code: 2, want: []string{"unknown indicator \"NOPE\"", "непознат показател"}},
		{name: "many unknown indicators are bounded", files: withSeed(map[string]string{}), before: seed,
			args: []string{"indicators", "--db", "{db}", "--indicator", "A1,A2,A3,A4,A5,A6,A7,A8,A9,A10,A11,A12"}, code: 2, want: []string{"… and 2 more", "… и още 2"}, not: []string{"A11"}},
		{name: "unknown grain", args: []string{"indicators", "--grain", "week"}, code: 2, want: []string{"unknown grain"}},
		// hostile SQL in user indicators: each is refused with its indicator and file named, the rest work
		hostileInd("H_FORMAT_TAB", `"length(format`+"\t"+`('{}', id)) > 0"`, `function "format" is not allowed`),
		hostileInd("H_SUBQUERY", `"rating >= (SELECT count(*) FROM import_log)"`, `"SELECT" is not a column of this record view`),
		hostileInd("H_READ_CSV", `"rating IN (SELECT * FROM read_csv('/etc/passwd'))"`, `"SELECT" is not a column of this record view`),
		hostileInd("H_COMMENT", `"rating >= 4 -- and more"`, "comments are not allowed"),
		hostileInd("H_SEMICOLON", `"rating >= 4; DROP TABLE feedback_cards"`, `character ";" is not allowed`),
		hostileInd("H_READ_CSV_BARE", `"read_csv('/etc/passwd') IS NOT NULL"`, `function "read_csv" is not allowed`),
		hostileInd("H_BLOCK_COMMENT", `"rating /* x */ >= 4"`, "comments are not allowed"),
		hostileInd("H_PRAGMA", `"rating >= 4) OR (1=1"`, "unbalanced parentheses"),
		{name: "catalogue anchors across items", files: withSeed(map[string]string{"indicators/a.yaml": "- &base\n  " + strings.TrimPrefix(indicatorYAML("A_ONE", `"rating >= 4"`), "- ") +
			"- <<: *base\n  id: A_TWO\n  name: {bg: \"Второ\"}\n"}), before: seed, args: []string{"catalog", "--db", "{db}"}, want: []string{"A_ONE", "A_TWO"}, not: []string{"unknown key", "anchor"}},
		{name: "full temporary folder", root: true, files: one("c.csv", rowsOf(6000, "")), args: imp("c.csv"), code: 1,
			want: []string{"temporary folder", "временната папка", "is full"}, not: []string{"row"}},
	}
	return append(cases, boundsCases()...)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestHostileInputs(t *testing.T) {
	cases := hostileCases()
	if len(cases) < 60 {
		t.Fatalf("%d cases, want at least 60", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("HOME", dir)
			t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".config"))
			t.Setenv("APPDATA", filepath.Join(dir, "AppData"))
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			if c.root {
				if os.Geteuid() != 0 {
					t.Skip("a small tmpfs needs root")
				}
				tmp := filepath.Join(dir, "tmpfs")
				must(t, os.Mkdir(tmp, 0o755))
				if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tmp).CombinedOutput(); err != nil {
					t.Skipf("cannot mount a tmpfs: %v %s", err, out)
				}
				t.Cleanup(func() { exec.Command("umount", tmp).Run() })
				t.Setenv("OTZVUK_STAGE_DIR", tmp)
			}
			db := filepath.Join(dir, "h.duckdb")
			sub := func(s string) string {
				return strings.NewReplacer("{db}", db, "{p}", filepath.Join(dir, "p.yaml"), "{rq}", filepath.Join(dir, "rq.yaml"), "{dir}", dir).Replace(s)
			}
			must(t, os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(hProfile), 0o644))
			must(t, os.WriteFile(filepath.Join(dir, "rq.yaml"), []byte(hRequests), 0o644))
			for name, content := range c.files {
				p := filepath.Join(dir, name)
				must(t, os.MkdirAll(filepath.Dir(p), 0o755))
				must(t, os.WriteFile(p, []byte(sub(content)), 0o644))
			}
			if c.setup != nil {
				c.setup(t, dir)
			}
			run := func(args []string) (int, string) {
				var out, errOut bytes.Buffer
				a := make([]string, len(args))
				for i := range args {
					a[i] = sub(args[i])
				}
				code := Run(a, &out, &errOut)
				return code, out.String() + errOut.String()
			}
			for _, b := range c.before {
				if code, text := run(b); code != 0 {
					t.Fatalf("before %v: exit %d\n%s", b, code, text)
				}
			}
			code, text := run(c.args)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, text)
			}
			for _, w := range c.want {
				if !strings.Contains(text, sub(w)) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
			for _, w := range c.not {
				if strings.Contains(text, w) {
					t.Errorf("output has %q:\n%s", w, text)
				}
			}
			if c.file != "" {
				b, err := os.ReadFile(filepath.Join(dir, c.file))
				must(t, err)
				if !strings.Contains(string(b), c.fileWant) || (c.fileNot != "" && strings.Contains(string(b), c.fileNot)) {
					t.Errorf("%s:\n%s", c.file, b)
				}
			}
			if c.absent != "" {
				if _, err := os.Stat(sub(c.absent)); err == nil {
					t.Errorf("%s was written", sub(c.absent))
				}
			}
			if c.query == "-" {
				if _, err := os.Stat(db); err == nil {
					t.Errorf("the database was created")
				}
			} else if c.query != "" {
				s, err := store.Open(context.Background(), db, store.Options{})
				must(t, err)
				defer s.Close()
				var n int
				must(t, s.DB.QueryRow(c.query).Scan(&n))
				if n != c.n {
					t.Errorf("%s = %d, want %d", c.query, n, c.n)
				}
			}
		})
	}
}
