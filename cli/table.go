package cli

import (
	"io"
	"strings"
	"unicode/utf8"
)

// The one place the CLI prints a table for a person to read (the JSON and CSV outputs are for
// programs and are never cut). By default a table fits a terminal of TableWidth characters: columns
// marked optional are left out from the right first, then the longest names are shortened in the
// middle ("Център за адм…обслужване"), and a last line says what was left out; --wide prints
// every column in full.

// TableWidth is the default width of a table, in characters.
const TableWidth = 120

// minCell is the narrowest a shortened column becomes.
const minCell = 12

// Table is a table for the terminal: a header, rows of cells, which columns are numbers (right
// aligned) and which may be left out when the table is too wide.
type Table struct {
	Head     []string
	Rows     [][]string
	Right    []bool // per column; nil: all left-aligned
	Optional []bool // per column; nil: none
}

// wideFlag registers --wide on a subcommand that prints a table.
func wideFlag(fs *Flags) *bool {
	return fs.Bool("wide", false, "print every column of the table in full (default: fit 120 characters)")
}

// Write prints the table, fitted to TableWidth unless wide.
func (t Table) Write(w io.Writer, wide bool) error {
	n := len(t.Head)
	show := make([]bool, n)
	width := make([]int, n)
	for c := 0; c < n; c++ {
		show[c] = true
		width[c] = utf8.RuneCountInString(t.Head[c])
		for _, r := range t.Rows {
			if c < len(r) {
				width[c] = max(width[c], utf8.RuneCountInString(r[c]))
			}
		}
	}
	total := func() int {
		sum, cols := 0, 0
		for c := 0; c < n; c++ {
			if show[c] {
				sum += width[c]
				cols++
			}
		}
		return sum + 2*max(cols-1, 0)
	}
	hidden := 0
	natural := append([]int(nil), width...)
	if !wide {
		// optional columns go first, the rightmost first
		for c := n - 1; c >= 0 && total() > TableWidth; c-- {
			if c < len(t.Optional) && t.Optional[c] {
				show[c] = false
				hidden++
			}
		}
		// then the widest text column is shortened in the middle, as far as minCell; as a last
		// resort a long figure too (an interval in words) — --wide shows it whole
		for _, numbers := range []bool{false, true} {
			for total() > TableWidth {
				best := -1
				for c := 0; c < n; c++ {
					if show[c] && (numbers || !t.right(c)) && width[c] > minCell && (best < 0 || width[c] > width[best]) {
						best = c
					}
				}
				if best < 0 {
					break // nothing left to shorten: the table is as narrow as it gets
				}
				width[best] = max(minCell, width[best]-(total()-TableWidth))
			}
		}
	}
	line := func(cells []string) string {
		var b strings.Builder
		first := true
		for c := 0; c < n; c++ {
			if !show[c] {
				continue
			}
			if !first {
				b.WriteString("  ")
			}
			first = false
			s := ""
			if c < len(cells) {
				s = cells[c]
			}
			s = middleEllipsis(s, width[c])
			pad := strings.Repeat(" ", width[c]-utf8.RuneCountInString(s))
			if t.right(c) {
				b.WriteString(pad + s)
			} else {
				b.WriteString(s + pad)
			}
		}
		return strings.TrimRight(b.String(), " ")
	}
	var out strings.Builder
	out.WriteString(line(t.Head) + "\n")
	for _, r := range t.Rows {
		out.WriteString(line(r) + "\n")
	}
	cut := false
	for c := range width {
		cut = cut || show[c] && width[c] < natural[c]
	}
	note := ""
	// plural forms: 1 колона не е показана / 2 колони не са показани; 1 column / 2 columns
	cols := func(lang string) string {
		if hidden == 1 {
			return in(lang, "columnHidden", hidden)
		}
		return in(lang, "columnsHidden", hidden)
	}
	switch {
	case hidden > 0 && cut:
		note = "(" + in("bg", "hiddenAndCut", cols("bg")) + " / " + in("en", "hiddenAndCut", cols("en")) + ")"
	case hidden > 0:
		note = "(" + in("bg", "hidden", cols("bg")) + " / " + in("en", "hidden", cols("en")) + ")"
	case cut:
		note = "(" + say("cut") + ")"
	}
	if note != "" {
		out.WriteString(wrapLine(note) + "\n")
	}
	_, err := io.WriteString(w, out.String())
	return err
}

func (t Table) right(c int) bool { return c < len(t.Right) && t.Right[c] }

// middleEllipsis shortens s to width characters by putting "…" in its middle, keeping its start
// and its end (the end of a name often tells two names apart).
func middleEllipsis(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	if width < 3 {
		return string(r[:width])
	}
	head := (width - 1 + 1) / 2
	tail := width - 1 - head
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}

// wrapLine breaks a line of prose printed with a table at spaces so that it fits TableWidth
// (a word longer than that stays whole).
func wrapLine(s string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		l := utf8.RuneCountInString(word)
		if i > 0 {
			if n+1+l > TableWidth {
				b.WriteString("\n")
				n = 0
			} else {
				b.WriteString(" ")
				n++
			}
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
