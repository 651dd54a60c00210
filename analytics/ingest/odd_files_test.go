package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"otzvuk/analytics/ingest/read"
)

func importCards(t *testing.T, name string, content []byte) (*Summary, error) {
	t.Helper()
	path := writeFile(t, name, string(content))
	p, err := ParseProfile("p.yaml", []byte(cardsProfile))
	if err != nil {
		t.Fatal(err)
	}
	return Import(context.Background(), openStore(t), p, path, Options{Now: testNow})
}

// Old Mac line ends (CR only) are read as line ends: two rows, not one header of every cell.
func TestCROnlyLineEndsAreLineEnds(t *testing.T) {
	text := strings.ReplaceAll(cardsHeader+goodRow+"K2,06.03.2026,MDT,box,5,Добре\n", "\n", "\r")
	sum, err := importCards(t, "mac.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 2 || sum.New != 2 || sum.Rejected != 0 || sum.Source.HeaderRow != 1 {
		t.Fatalf("summary %+v", sum)
	}
}

// UTF-16 without a BOM is told by where its NUL bytes fall, in either byte order, and read.
func TestUTF16WithoutBOM(t *testing.T) {
	text := cardsHeader + goodRow + "K2,06.03.2026,MDT,box,5,Много добре\n"
	for _, c := range []struct {
		enc string
		put func(b []byte, u uint16) []byte
	}{
		{"utf-16le", func(b []byte, u uint16) []byte { return append(b, byte(u), byte(u>>8)) }},
		{"utf-16be", func(b []byte, u uint16) []byte { return append(b, byte(u>>8), byte(u)) }},
	} {
		var buf []byte
		for _, u := range utf16.Encode([]rune(text)) {
			buf = c.put(buf, u)
		}
		sum, err := importCards(t, "cards16.csv", buf)
		if err != nil {
			t.Fatalf("%s: %v", c.enc, err)
		}
		if sum.Source.Encoding != c.enc || sum.New != 2 {
			t.Errorf("%s: read as %s, %d new", c.enc, sum.Source.Encoding, sum.New)
		}
	}
}

// A header that looks like the column but holds an invisible character or a Latin look-alike letter
// is named, with the character shown and what it should be.
func TestLookalikeHeaderIsExplained(t *testing.T) {
	for _, c := range []struct{ header, bg, en string }{
		{strings.Replace(cardsHeader, "Дата", "Д\u0061та", 1),
			"липсва колона, която профилът изисква: заглавието „Дaта“ (колона 2) изглежда същото, но съдържа латинско „a“ (U+0061) вместо кирилско „а“ (U+0430) на позиция 2",
			"a column the profile needs is missing: the header \"Дaта\" (column 2) looks the same but holds a Latin \"a\" (U+0061) instead of the Cyrillic \"а\" (U+0430) at position 2"},
		{strings.Replace(cardsHeader, "Дата", "Да\u200bта", 1),
			"заглавието „Да⟨U+200B⟩та“ (колона 2) изглежда същото, но съдържа невидим знак U+200B (нулев интервал) на позиция 3",
			"the header \"Да⟨U+200B⟩та\" (column 2) looks the same but holds an invisible character U+200B (zero-width space) at position 3"},
	} {
		_, err := importCards(t, "cards.csv", []byte(c.header+goodRow))
		var pr *read.Problem
		if !errors.As(err, &pr) || pr.Code != "lookalike_column" || pr.Column != "Дата" || !strings.Contains(pr.BG, c.bg) || !strings.Contains(pr.EN, c.en) {
			t.Errorf("%q: %v\nwant %s / %s", c.header, err, c.bg, c.en)
		}
	}
}

// A column the header lacks names the closest header when one is a letter or two away.
func TestMissingColumnNamesTheClosestHeader(t *testing.T) {
	_, err := importCards(t, "cards.csv", []byte(strings.Replace(cardsHeader, "Оценка", "Оценки", 1)+goodRow))
	var pr *read.Problem
	if !errors.As(err, &pr) || pr.Column != "Оценка" || pr.Row != 1 ||
		pr.BG != "липсва колона, която профилът изисква; най-близкото заглавие във файла е „Оценки“ (колона 5)" ||
		pr.EN != "a column the profile needs is missing; the closest header in the file is \"Оценки\" (column 5)" {
		t.Errorf("%v", err)
	}
}
