package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// Every sentence has both languages, each in its own script, with the same verbs in the same
// order (say fills both halves with the same arguments).
func TestWordsHaveBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)
	cyrillic := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
	}
	for key, w := range words {
		bg, en := w[0], w[1]
		if strings.TrimSpace(bg) == "" || strings.TrimSpace(en) == "" {
			t.Errorf("%s: a language is missing: %q / %q", key, bg, en)
			continue
		}
		if !cyrillic(bg) && verbs.ReplaceAllString(bg, "") == verbs.ReplaceAllString(en, "") {
			t.Errorf("%s: the Bulgarian is the English: %q", key, bg)
		}
		if cyrillic(en) {
			t.Errorf("%s: the English has Cyrillic: %q", key, en)
		}
		if a, b := verbs.FindAllString(bg, -1), verbs.FindAllString(en, -1); !slices.Equal(a, b) {
			t.Errorf("%s: verbs %v in Bulgarian, %v in English", key, a, b)
		}
	}
}

// Every key the code says (say, in, argErr) exists (they panic on a missing one), and every sentence is said
// somewhere (none left behind by a change).
func TestWordsAreTheOnesUsed(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	use := regexp.MustCompile(`\b(?:say\(|argErr\(|in\([^,()]+, )"(\w+)"`)
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range use.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
			if _, ok := words[m[1]]; !ok {
				t.Errorf("%s says %q, which words.go lacks", f, m[1])
			}
		}
	}
	if len(used) < 10 {
		t.Fatalf("found only %d keys in use: the pattern no longer finds the calls", len(used))
	}
	for key := range words {
		if !used[key] {
			t.Errorf("%q is never said", key)
		}
	}
}
