// Package text is the offline text pipeline for free-text feedback: normalisation (Unicode NFC,
// lower case), tokenisation that keeps Cyrillic and Latin words and numbers, a light Bulgarian
// stemmer, a stopword list that keeps negators and evaluative words, themes as data (embedded
// YAML plus the municipality's own files) with negation-aware matching, and discovery of
// distinguishing terms between two corpora (weighted log-odds with an informative Dirichlet prior).
package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the text in Unicode NFC and lower case. Latin look-alike letters typed inside
// Cyrillic words are not transliterated: the comment is the citizen's text and stays as written.
func Normalize(s string) string {
	return strings.ToLower(norm.NFC.String(s))
}

// Tokens splits normalised text into words and numbers. A token is a run of letters (any script,
// with combining marks kept, so "й" typed as "и"+breve survives NFC either way) or a run of digits;
// a hyphen or apostrophe between two letters stays inside the word ("онлайн-услуга", "д-р"),
// a decimal point or comma between two digits stays inside the number ("2,50", "10.30").
func Tokens(s string) []string {
	s = Normalize(s)
	rs := []rune(s)
	var out []string
	var cur []rune
	kind := 0 // 0 none, 1 word, 2 number
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
		kind = 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.IsLetter(r) || (unicode.Is(unicode.Mn, r) && kind == 1):
			if kind == 2 {
				flush()
			}
			kind = 1
			cur = append(cur, r)
		case unicode.IsDigit(r):
			if kind == 1 {
				flush()
			}
			kind = 2
			cur = append(cur, r)
		case (r == '-' || r == '\'' || r == '’') && kind == 1 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]):
			cur = append(cur, r)
		case (r == '.' || r == ',') && kind == 2 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// Terms is the pipeline used for discovery: tokens, stopwords removed, stems.
func Terms(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		if IsStopword(t) {
			continue
		}
		out = append(out, Stem(t))
	}
	return out
}
