package cli

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// Shortening in the middle keeps a name's start and end, by hand.
func TestMiddleEllipsis(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"Център за административно обслужване", 12, "Център…жване"},
		{"abcdefghij", 5, "ab…ij"},
		{"abcdefghij", 10, "abcdefghij"},
		{"abcdefghij", 6, "abc…ij"},
	} {
		got := middleEllipsis(c.in, c.width)
		if got != c.want || utf8.RuneCountInString(got) > c.width {
			t.Errorf("middleEllipsis(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

// A table of 26 columns and long names fits 120 characters by default: optional columns left out
// (and said so), the long name shortened in the middle, numbers right-aligned; --wide prints all.
func TestTableFitsTheTerminal(t *testing.T) {
	tb := Table{Head: []string{"name", "value"}, Right: []bool{false, true}, Optional: []bool{false, false}}
	for i := 0; i < 24; i++ {
		tb.Head = append(tb.Head, "column_"+strings.Repeat("x", i%5))
		tb.Right = append(tb.Right, true)
		tb.Optional = append(tb.Optional, true)
	}
	// a name longer than the terminal: after the optional columns it is what gives way
	long := "Дирекция „Устройство на територията, инвестиционни дейности, общинска собственост, транспорт, екология и земеделие“"
	for _, name := range []string{long, "ГРАО"} {
		row := []string{name, "12.5"}
		for i := 0; i < 24; i++ {
			row = append(row, "1234.5")
		}
		tb.Rows = append(tb.Rows, row)
	}
	var fit, wide bytes.Buffer
	if err := tb.Write(&fit, false); err != nil {
		t.Fatal(err)
	}
	if err := tb.Write(&wide, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(fit.String(), "\n"), "\n")
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > TableWidth {
			t.Errorf("%d characters: %q", n, l)
		}
	}
	if !strings.Contains(lines[len(lines)-1], "--wide") || !strings.Contains(fit.String(), "Дирекция „Устройство") {
		t.Errorf("no note on the hidden columns, or the name lost its start:\n%s", fit.String())
	}
	// the long name keeps its start and its end around "…", the short one its spaces, the number its right edge
	if !strings.Contains(lines[1], "…") || !strings.Contains(lines[1], "земеделие“") || !strings.HasSuffix(lines[1], "12.5") {
		t.Errorf("row %q", lines[1])
	}
	if strings.Count(wide.String(), "\n") != 3 || !strings.Contains(wide.String(), long) || strings.Contains(wide.String(), "…") {
		t.Errorf("--wide:\n%s", wide.String())
	}
}
