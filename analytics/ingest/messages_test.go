package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode"

	"otzvuk/analytics/ingest/read"
	"otzvuk/internal/wordstest"
)

// latinWord and cyrillic find text in the wrong language of a message column.
func hasLatinLetter(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

const failingRequestsProfile = `name: requests
record_kind: service_requests
fields:
  id: {column: "№"}
  department_code: {column: "Звено"}
  submitted_at: {column: "Подадено"}
  completed_at: {column: "Приключено"}
  channel: {column: "Канал"}
  waiting_minutes: {column: "Чакане"}
  status: {column: "Статус", strict: true, map: {"Приключена": completed, "In Progress": open}}
on_invalid_optional: reject_row
`

// One row failing in four columns is reported four times, each with its raw cell beside the value
// as read, each reason wholly Bulgarian in reason_bg and wholly English in reason_en.
func TestEveryFailingColumnOfARowIsReported(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("requests.yaml", []byte(failingRequestsProfile))
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "requests.csv", "№;Звено;Подадено;Приключено;Канал;Чакане;Статус\n"+
		"R1;GRAO;01.03.2012 10:00;26.01.2011;гълъб;abc;Отложена\n"+
		"R2;GRAO;01.03.2012;02.03.2012;гише;5;приключена\n")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 2 || sum.Rejected != 1 || sum.New != 1 {
		t.Fatalf("summary %+v", sum)
	}
	rows, err := s.DB.Query(`SELECT row_number, column_name, value, raw, reason_bg, reason_en FROM quarantine ORDER BY column_name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type q struct{ col, value, raw, bg, en string }
	got := map[string]q{}
	for rows.Next() {
		var r q
		var row int
		if err := rows.Scan(&row, &r.col, &r.value, &r.raw, &r.bg, &r.en); err != nil {
			t.Fatal(err)
		}
		if row != 2 {
			t.Errorf("row %d, want 2", row)
		}
		got[r.col] = r
	}
	want := map[string]q{
		"Канал":      {value: "гълъб", raw: "гълъб", bg: "непозната стойност; допустими: ел. поща, медии, на гише, онлайн, поща, ссев, телефон, друго", en: "unknown value; allowed: counter, email, media, other, phone, portal, post, ssev"},
		"Чакане":     {value: "abc", raw: "abc", bg: "не е число", en: "not a number"},
		"Статус":     {value: "Отложена", raw: "Отложена", bg: "непозната стойност; допустими: In Progress, Приключена", en: "unknown value; allowed: In Progress, Приключена"},
		"Приключено": {value: "2011-01-26", raw: "26.01.2011", bg: "„дата на изпълнение“ (26.01.2011) е преди „дата на подаване“ (01.03.2012)", en: "the completion date (2011-01-26, completed_at) is before the submission date (2012-03-01, submitted_at)"},
	}
	if len(got) != len(want) {
		t.Errorf("%d columns reported, want %d: %v", len(got), len(want), got)
	}
	for col, w := range want {
		g := got[col]
		if col == "Канал" {
			// the Bulgarian names of the channel codes, however they sort
			if !strings.HasPrefix(g.bg, "непозната стойност; допустими: ") || hasLatinLetter(g.bg) || strings.Count(g.bg, ",") != 7 {
				t.Errorf("%s: reason_bg %q", col, g.bg)
			}
			w.bg = g.bg
		}
		if g.value != w.value || g.raw != w.raw || g.bg != w.bg || g.en != w.en {
			t.Errorf("%s:\n got %+v\nwant %+v", col, g, w)
		}
		if col != "Статус" && (hasLatinLetter(g.bg) || hasCyrillic(g.en)) {
			t.Errorf("%s: a column mixes languages: %q / %q", col, g.bg, g.en)
		}
	}
	var buf bytes.Buffer
	if _, err := WriteQuarantineCSV(context.Background(), s, 0, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "клетка във файла / raw cell") || !strings.Contains(buf.String(), ";2011-01-26;26.01.2011;") {
		t.Errorf("CSV export lacks the raw cell:\n%s", buf.String())
	}
}

// Every reason of the mapping, the checks and the load is told in both languages, each in its
// own; every code the package names has its reason — its own, or the readers' where it names a
// file by them.
func TestImportWordsInBothLanguages(t *testing.T) {
	for _, f := range words.Faults() {
		t.Error(f)
	}
	used := wordstest.Codes(t, ".", "newErr", "newErrBi", "read.NewProblem")
	if len(used["newErr"]) < 3 || len(used["read.NewProblem"]) == 0 {
		t.Fatalf("the scan found too few codes: %v", used)
	}
	for _, call := range []string{"newErr", "newErrBi"} {
		for _, c := range used[call] {
			if _, ok := words[c]; !ok {
				t.Errorf("%s: code %q has no words", call, c)
			}
		}
	}
	for _, c := range used["read.NewProblem"] {
		if p := read.NewProblem("f", 0, "", "", c, "x"); p.BG == c || p.EN == c {
			t.Errorf("read.NewProblem: code %q has no words in analytics/ingest/read", c)
		}
	}
}
