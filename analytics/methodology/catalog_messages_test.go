package methodology

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A user's indicator file with a mistyped key or a value of the wrong type is told by line and key,
// in both languages, with the keys known there — never in the YAML parser's own words.
func TestIndicatorYAMLMistakesInWords(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(`- id: CARD_A
  name: {bg: "А", en: "A"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  minN: 30
  measure: {kind: mean, value: rating}
- id: CARD_B
  name: {bg: "Б", en: "B"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: many
  measure: {kind: mean, value: rating, scael: 100}
`), 0o644)
	os.WriteFile(filepath.Join(dir, "y.yaml"), []byte("- id: X\n  name: {bg: \"a\n"), 0o644)
	_, problems := LoadCatalog(dir)
	if len(problems) != 3 {
		t.Fatalf("%d problems, want 3: %v", len(problems), problems)
	}
	want := []string{
		dir + "/x.yaml: показател CARD_A: ред 8: непознат ключ „minN“ (може би min_n?); познати ключове тук: id, name, description, method, group, source, unit, direction, target, warning, min_n, date_basis, measure / " +
			dir + "/x.yaml: indicator CARD_A: line 8: unknown key \"minN\" (did you mean min_n?); the keys known here: id, name, description, method, group, source, unit, direction, target, warning, min_n, date_basis, measure",
		"показател CARD_B: ред 18: непознат ключ „measure.scael“ (може би scale?)",
		"y.yaml: ред 2: текстът не е валиден YAML",
	}
	for i, w := range want {
		if got := problems[i].Error(); !strings.Contains(got, w) {
			t.Errorf("problem %d:\n got %s\nwant …%s…", i, got, w)
		}
	}
	for _, p := range problems {
		if strings.Contains(p.Error(), "not found in type") || strings.Contains(p.Error(), "unmarshal") {
			t.Errorf("parser text: %v", p)
		}
	}
	// With the key fixed, the wrong type is named.
	os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(`- id: CARD_B
  name: {bg: "Б", en: "B"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: many
  measure: {kind: mean, value: rating}
`), 0o644)
	os.Remove(filepath.Join(dir, "y.yaml"))
	_, problems = LoadCatalog(dir)
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "ред 8, ключ „min_n“: стойността „many“ е текст, а трябва да е цяло число / ") ||
		!strings.Contains(problems[0].Error(), "line 8, key min_n: the value \"many\" is text, expected a whole number") {
		t.Errorf("type error: %v", problems)
	}
}

// A value the catalogue does not know is told in each language on its side.
func TestIndicatorValueMistakesPerLanguage(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "z.yaml"), []byte(`- id: CARD_C
  name: {bg: "В", en: "C"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: up
  measure: {kind: mean, value: rating}
`), 0o644)
	_, problems := LoadCatalog(dir)
	want := "z.yaml: показател CARD_C: поле direction: непозната посока „up“ (higher, lower, none) / " + dir + "/z.yaml: indicator CARD_C: field direction: unknown \"up\" (higher, lower, none)"
	if len(problems) != 1 || !strings.HasSuffix(problems[0].Error(), want) {
		t.Errorf("got %v\nwant …%s", problems, want)
	}
}

// An expression the checker refuses is told in each language on its side, not both twice.
func TestIndicatorExpressionMistakePerLanguage(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "e.yaml"), []byte(`- id: CARD_E
  name: {bg: "Д", en: "E"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  measure: {kind: mean, value: "colour"}
`), 0o644)
	_, problems := LoadCatalog(dir)
	if len(problems) != 1 {
		t.Fatalf("%v", problems)
	}
	bg, en, _ := strings.Cut(problems[0].Error(), " / "+dir)
	if !strings.Contains(bg, "показател CARD_E: поле measure.value: ") || hasLatinOutsideQuotes(bg) || !strings.Contains(en, "indicator CARD_E: field measure.value: ") {
		t.Errorf("%q / %q", bg, en)
	}
}

// hasLatinOutsideQuotes: Latin words in Bulgarian text other than names and quoted values.
func hasLatinOutsideQuotes(s string) bool {
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "/„“\"'._:") || strings.ToUpper(w) == w {
			continue // paths, quoted values, keys, codes
		}
		for _, r := range w {
			if r >= 'a' && r <= 'z' {
				return true
			}
		}
	}
	return false
}
