package read

import (
	"testing"

	"otzvuk/internal/wordstest"
)

// Every reason of the readers is told in both languages, each in its own, and every code the
// readers name has its reason (else the code itself would reach the user).
func TestReadersWordsInBothLanguages(t *testing.T) {
	for _, f := range words.Faults() {
		t.Error(f)
	}
	used := wordstest.Codes(t, ".", "newErr", "NewProblem", "words.Problem")
	if len(used["newErr"]) < 20 {
		t.Fatalf("the scan found %d codes in newErr calls: %v", len(used["newErr"]), used)
	}
	for _, codes := range used {
		for _, c := range codes {
			if _, ok := words[c]; !ok {
				t.Errorf("code %q has no words", c)
			}
		}
	}
}

// The check itself finds each kind of fault.
func TestWordsFaults(t *testing.T) {
	bad := Words{
		"no_en":      {"няма", ""},
		"latin_bg":   {"not Bulgarian", "not Bulgarian"},
		"cyrillic":   {"български", "български"},
		"one_detail": {"подробност %s", "no detail"},
		"fine":       {"добре %s", "fine %s"},
		"only":       {"%s", "%s"},
	}
	if got := bad.Faults(); len(got) != 4 {
		t.Errorf("%d faults, want 4: %q", len(got), got)
	}
}

// A problem's reason fills the detail in each language and clips a long value.
func TestWordsProblem(t *testing.T) {
	w := Words{"x": {"ред с %s", "row with %s"}}
	p := w.Problem("f.csv", 3, "A", string(make([]rune, 300)), "x", "подробност", "detail")
	if p.BG != "ред с подробност" || p.EN != "row with detail" || len([]rune(p.Value)) != 201 || p.Code != "x" {
		t.Errorf("%+v", p)
	}
	if p := w.Problem("f.csv", 0, "", "", "unknown", "", ""); p.BG != "unknown" || p.EN != "unknown" {
		t.Errorf("an unknown code: %+v", p)
	}
}
