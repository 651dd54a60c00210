package suggest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
)

// signalsCSV is a small register of signals whose id header is given.
func signalsCSV(idHeader string, lead string) string {
	var b strings.Builder
	b.WriteString(lead)
	fmt.Fprintf(&b, "%s;Дата на постъпване;Отдел;Вид;Описание\n", csvQuote(idHeader))
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "С-%03d;%02d.03.2025;Деловодство;жалба;текст %d\n", i, 1+i%27, i)
	}
	return b.String()
}

func csvQuote(s string) string {
	if strings.ContainsAny(s, ";\"\n\r") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// Issue 26.3: a header that holds a line break and YAML stays text in the draft. Before, the
// draft made `"anonymous": {const: "да"}` a field and every signal imported as anonymous, rc 0.
func TestDraftQuotesHostileHeaders(t *testing.T) {
	dir := t.TempDir()
	for name, header := range map[string]string{
		"inject":   "Вх. №\n  \"anonymous\": {const: \"да\"}",
		"twoLines": "Вх.\nномер",
		"controls": "Вх. №\r\x0b\x1b[31m\u2028# key: x",
	} {
		path := filepath.Join(dir, name+".csv")
		os.WriteFile(path, []byte(signalsCSV(header, "")), 0o644)
		d, err := ForFile(path, read.Options{}, Options{Kind: "signals", Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var doc map[string]any
		if err := yaml.Unmarshal([]byte(d.Text), &doc); err != nil {
			t.Fatalf("%s: the draft is not valid YAML: %v\n%s", name, err, d.Text)
		}
		fields := doc["fields"].(map[string]any)
		if _, ok := fields["anonymous"]; ok {
			t.Fatalf("%s: a header became the field anonymous:\n%s", name, d.Text)
		}
		if id, _ := fields["id"].(map[string]any); id == nil || id["column"] != header {
			t.Fatalf("%s: id maps %v, want the header %q itself\n%s", name, fields["id"], header, d.Text)
		}
		if d.Profile.Kind() == nil {
			t.Fatalf("%s: the draft does not parse as a profile:\n%s", name, d.Text)
		}
		s := openStore(t)
		if _, err := ingest.Import(context.Background(), s, d.Profile, path, ingest.Options{Now: testNow}); err != nil {
			t.Fatalf("%s: import through the draft: %v", name, err)
		}
		var anon int
		s.DB.QueryRow("SELECT count(*) FROM signals WHERE anonymous").Scan(&anon)
		if anon != 0 {
			t.Fatalf("%s: %d signals imported as anonymous", name, anon)
		}
	}
}

// Issue 26.3: two blank lines before the header give header_row: 3, and the reader counts the
// same (before, it counted records and said a needed column was missing at row 5).
func TestHeaderRowCountsBlankLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "blank.csv")
	os.WriteFile(path, []byte(signalsCSV("Вх. №", "\n\n")), 0o644)
	d, err := ForFile(path, read.Options{}, Options{Kind: "signals", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "header_row: 3") {
		t.Fatalf("draft:\n%s", d.Text)
	}
	s := openStore(t)
	sum, err := ingest.Import(context.Background(), s, d.Profile, path, ingest.Options{Now: testNow})
	if err != nil || sum.Accepted != 30 {
		t.Fatalf("import with header_row 3: %v (%+v)", err, sum)
	}
	src, err := read.Open(path, read.Options{HeaderRow: 3})
	if err != nil || src.Header()[0] != "Вх. №" {
		t.Fatalf("header_row 3 reads %v (%v)", src.Header(), err)
	}
	src.Close()
}

// FuzzDraftWriter: any header and values give a draft that parses and maps only the file's own
// columns (checkDraft inside ForFile refuses anything else; the fuzz asserts it never has to
// for a header that is merely odd, and that no header ever adds a field).
func FuzzDraftWriter(f *testing.F) {
	f.Add("Вх. №\n\"anonymous\": {const: \"да\"}", "жалба")
	f.Add("a: b # c", "- x")
	f.Add("\u2028{[&*!|>'\"%@`", "\x00")
	f.Fuzz(func(t *testing.T, header, value string) {
		if strings.ContainsAny(header, "\x00") || !utf8Valid(header) || !utf8Valid(value) || strings.TrimSpace(header) == "" {
			return
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "f.csv")
		var b strings.Builder
		fmt.Fprintf(&b, "%s;Дата на постъпване;Отдел;Вид\n", csvQuote(header))
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "%d;0%d.03.2025;ГРАО;%s\n", i, i, csvQuote(value))
		}
		os.WriteFile(path, []byte(b.String()), 0o644)
		d, err := ForFile(path, read.Options{Format: "csv", Delimiter: ";"}, Options{Kind: "signals", Now: testNow})
		if err != nil {
			return // the file may not read (a header of blanks, a duplicate name): a clear error, not a draft
		}
		var doc map[string]any
		if err := yaml.Unmarshal([]byte(d.Text), &doc); err != nil {
			t.Fatalf("draft is not YAML: %v\n%s", err, d.Text)
		}
		for k := range doc {
			if !draftKeys[k] {
				t.Fatalf("draft has key %q:\n%s", k, d.Text)
			}
		}
		if fields, _ := doc["fields"].(map[string]any); fields != nil {
			if _, ok := fields["anonymous"]; ok {
				t.Fatalf("a header added a field:\n%s", d.Text)
			}
		}
	})
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
