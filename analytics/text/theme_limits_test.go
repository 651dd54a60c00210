package text

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// word spells n in Cyrillic letters (a digit would split the word).
func word(n int) string {
	const letters = "абвгдежзиклмнопрст"
	r := []rune(letters)
	s := "дума"
	for {
		s += string(r[n%len(r)])
		n /= len(r)
		if n == 0 {
			return s
		}
	}
}

func themesYAML(from, n, terms int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		fmt.Fprintf(&b, "- id: t%d\n  name: {bg: \"Т%d\", en: \"T%d\"}\n  words: [", i, i, i)
		for j := 0; j < terms; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(word(i*1000 + j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// The user's theme files are bounded: the count of themes, the terms of one theme and the size of
// a file, each refused with a bilingual reason naming the file; the shipped themes still load.
func TestUserThemeFilesAreBounded(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", themesYAML(0, 80, 2))
	write("b.yaml", themesYAML(80, 40, 2))                  // 20 of these are over the count
	write("c.yaml", themesYAML(500, 1, MaxTermsPerTheme+1)) // one theme too wide
	write("d.yaml", "# "+strings.Repeat("x", MaxThemeFileBytes)+"\n")
	ts, problems := LoadThemes(dir)
	if ts == nil {
		t.Fatal("no themes")
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Error())
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{
		"b.yaml: at most 100 themes of the municipality's own are read; 20 themes from this file on were left out", "собствените теми са най-много 100",
		`c.yaml: theme "t500": field "words": the theme has 201 words`, "най-много са 200",
		"d.yaml: the file is 257 KB, at most 256 KB are read", "файлът е 257 KB",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems lack %q:\n%s", want, joined)
		}
	}
	user := 0
	for _, th := range ts.All() {
		if th.User {
			user++
		}
	}
	if user != MaxUserThemes {
		t.Errorf("%d user themes loaded, want %d", user, MaxUserThemes)
	}
	if _, ok := ts.Get("waiting"); !ok {
		t.Error("the shipped themes were lost")
	}
}
