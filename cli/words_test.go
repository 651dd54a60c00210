package cli

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"otzvuk/internal/wordstest"
)

// Every sentence has both languages with the same verbs in the same order (say fills both halves
// with the same arguments), the Bulgarian in Cyrillic and the English without.
func TestWordsHaveBothLanguages(t *testing.T) {
	wordstest.Pairs(t, "cli", words)
	cyrillic := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
	}
	for key, w := range words {
		if !cyrillic(w[0]) && w[0] != "" && w[0] == w[1] {
			t.Errorf("%s: the Bulgarian is the English: %q", key, w[0])
		}
		if cyrillic(w[1]) {
			t.Errorf("%s: the English has Cyrillic: %q", key, w[1])
		}
	}
}

// keyArg is where each words call takes its key: say(key, …), argErr(key, …), in(lang, key, …).
var keyArg = map[string]int{"say": 0, "argErr": 0, "in": 1}

// Every key the code says exists (say, in and argErr panic on a missing one), every call names
// its key as a literal (so that this test sees it), and every sentence is said somewhere.
func TestWordsAreTheOnesUsed(t *testing.T) {
	used := map[string]bool{}
	wordstest.EachCall(t, ".", func(name string, call *ast.CallExpr, at token.Position) {
		i, ok := keyArg[name]
		if !ok || len(call.Args) <= i {
			return
		}
		lit, ok := call.Args[i].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			t.Errorf("%s: %s with a key that is not a literal", at, name)
			return
		}
		key, _ := strconv.Unquote(lit.Value)
		used[key] = true
		if _, ok := words[key]; !ok {
			t.Errorf("%s: %s(%q), which words.go lacks", at, name, key)
		}
	})
	if len(used) < 50 {
		t.Fatalf("found only %d keys in use: the scan no longer finds the calls", len(used))
	}
	for key := range words {
		if !used[key] {
			t.Errorf("%q is never said", key)
		}
	}
}
