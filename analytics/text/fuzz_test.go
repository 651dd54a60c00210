package text

import (
	"testing"
	"unicode/utf8"
)

// FuzzStemAndMatch: stemming never panics, never lengthens a word or empties it, and matching
// survives any input.
func FuzzStemAndMatch(f *testing.F) {
	for _, s := range []string{"чакането", "ъъъъъ", "еве", "ищата", "не не не", "а-б", "1,2,3", "\u0306й", "ЧАКАХМЕ!!!"} {
		f.Add(s)
	}
	ts, err := DefaultThemes()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			st := Stem(tok)
			if st == "" || utf8.RuneCountInString(st) > utf8.RuneCountInString(tok) {
				t.Fatalf("Stem(%q) = %q", tok, st)
			}
		}
		ts.Match(s)
	})
}
