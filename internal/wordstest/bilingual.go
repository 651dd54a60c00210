package wordstest

// What every package's words test checks: each key in Bulgarian and in English, neither empty
// where the other is not, with the same printf verbs in the same order (a "%d г." whose English
// lost its %d prints "%!(EXTRA …)" to a user).

import (
	"regexp"
	"slices"
	"sort"
	"testing"
)

var verb = regexp.MustCompile(`%[-+#0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// Bilingual checks a words table keyed by language ("bg", "en") and then by key.
func Bilingual(t *testing.T, name string, words map[string]map[string]string) {
	t.Helper()
	bg, en := words["bg"], words["en"]
	if len(bg) == 0 || len(en) == 0 {
		t.Fatalf("%s: no Bulgarian or no English words", name)
	}
	for k := range bg {
		if _, ok := en[k]; !ok {
			t.Errorf("%s: %q has no English", name, k)
		}
	}
	for k := range en {
		if _, ok := bg[k]; !ok {
			t.Errorf("%s: %q has no Bulgarian", name, k)
		}
	}
	keys := make([]string, 0, len(bg))
	for k := range bg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pair(t, name, k, bg[k], en[k])
	}
}

// Pairs checks a words table keyed by key, each a Bulgarian and an English text.
func Pairs(t *testing.T, name string, words map[string][2]string) {
	t.Helper()
	if len(words) == 0 {
		t.Fatalf("%s: no words", name)
	}
	for k, w := range words {
		pair(t, name, k, w[0], w[1])
	}
}

func pair(t *testing.T, name, key, bg, en string) {
	t.Helper()
	if (bg == "") != (en == "") {
		t.Errorf("%s: %q is empty in one language only (bg %q, en %q)", name, key, bg, en)
	}
	if vb, ve := verb.FindAllString(bg, -1), verb.FindAllString(en, -1); !slices.Equal(vb, ve) {
		t.Errorf("%s: %q has verbs %v in Bulgarian but %v in English", name, key, vb, ve)
	}
}
