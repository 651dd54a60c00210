package ingest

import (
	"fmt"
	"strings"
)

// Headers that look right and are not: an invisible character (a zero-width space pasted in with
// the title) or a Latin letter that looks Cyrillic ("Дaта" with a Latin a) makes "Дата" missing.

var invisibles = map[rune][2]string{
	'\u200b': {"нулев интервал", "zero-width space"},
	'\u200c': {"нулев несвързващ знак", "zero-width non-joiner"},
	'\u200d': {"нулев свързващ знак", "zero-width joiner"},
	'\u2060': {"невидим свързващ знак", "word joiner"},
	'\ufeff': {"знак за ред на байтовете (BOM)", "byte order mark"},
	'\u00ad': {"мек пренос", "soft hyphen"},
	'\u00a0': {"непрекъсваем интервал", "no-break space"},
	'\u202f': {"тесен непрекъсваем интервал", "narrow no-break space"},
}

// latinToCyrillic maps Latin letters to the Cyrillic letters they look like.
var latinToCyrillic = map[rune]rune{
	'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'k': 'к', 'm': 'м', 'h': 'һ',
	'A': 'А', 'B': 'В', 'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т', 'X': 'Х', 'Y': 'У',
}

// skeleton is how a header reads to the eye: invisible characters dropped, look-alikes made Cyrillic.
func skeleton(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		if _, ok := invisibles[r]; ok && r != '\u00a0' && r != '\u202f' {
			continue
		}
		if r == '\u00a0' || r == '\u202f' {
			r = ' '
		}
		if c, ok := latinToCyrillic[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

// lookalikeHeader finds the header that reads like the wanted column and says, in each language,
// which characters make it differ; ok is false when no header reads like it.
func lookalikeHeader(header []string, want string) (bg, en string, ok bool) {
	sk := skeleton(want)
	for i, h := range header {
		if skeleton(h) != sk {
			continue
		}
		var whyBG, whyEN []string
		wr := []rune(strings.TrimSpace(want))
		pos := 0
		for _, r := range h {
			pos++
			if inv, ok := invisibles[r]; ok {
				whyBG = append(whyBG, fmt.Sprintf("невидим знак U+%04X (%s) на позиция %d", r, inv[0], pos))
				whyEN = append(whyEN, fmt.Sprintf("an invisible character U+%04X (%s) at position %d", r, inv[1], pos))
				continue
			}
			if c, ok := latinToCyrillic[r]; ok && !strings.ContainsRune(string(wr), r) {
				whyBG = append(whyBG, fmt.Sprintf("латинско „%c“ (U+%04X) вместо кирилско „%c“ (U+%04X) на позиция %d", r, r, c, c, pos))
				whyEN = append(whyEN, fmt.Sprintf("a Latin \"%c\" (U+%04X) instead of the Cyrillic \"%c\" (U+%04X) at position %d", r, r, c, c, pos))
			}
		}
		if len(whyBG) == 0 {
			// the profile holds the odd character, not the file
			whyBG = []string{"профилът изписва колоната с латински или невидими знаци"}
			whyEN = []string{"the profile spells the column with Latin or invisible characters"}
		}
		shown := showInvisible(h)
		return fmt.Sprintf("заглавието „%s“ (колона %d) изглежда същото, но съдържа %s", shown, i+1, strings.Join(whyBG, ", ")),
			fmt.Sprintf("the header %q (column %d) looks the same but holds %s", shown, i+1, strings.Join(whyEN, ", ")), true
	}
	return "", "", false
}

// showInvisible writes invisible characters as ⟨U+200B⟩ so a reader can see them.
func showInvisible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if _, ok := invisibles[r]; ok {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nearHeader is the header at most two letters away from the wanted column (case aside), if one is.
func nearHeader(header []string, want string) (string, int, bool) {
	w := []rune(strings.ToLower(strings.TrimSpace(want)))
	best, bestI, bestD := "", -1, 3
	for i, h := range header {
		if d := editDistance(w, []rune(strings.ToLower(h))); d < bestD {
			best, bestI, bestD = h, i, d
		}
	}
	return best, bestI + 1, bestI >= 0
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(b)]
}
