package cli

import (
	"bytes"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// `indicators` reads as a table for a person: names, not codes; periods, values and changes in
// Bulgarian words and format; no true/false; sorted by name; 120 characters; --wide keeps the
// raw columns (it printed 26 columns, 396 characters wide, of codes and true/false).
func TestIndicatorsTableReadsInWords(t *testing.T) {
	db := demoDB(t)
	run := func(args ...string) string {
		var out, errOut bytes.Buffer
		if code := Run(append([]string{"indicators", "--db", db, "--grain", "quarter", "--by", ""}, args...), &out, &errOut); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errOut.String())
		}
		return out.String()
	}
	bg := run()
	lines := strings.Split(strings.TrimSuffix(bg, "\n"), "\n")
	var names []string
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > TableWidth {
			t.Errorf("%d characters: %q", n, l)
		}
		if i > 0 && !strings.Contains(l, "--wide") {
			names = append(names, strings.Fields(l)[0])
		}
	}
	for _, want := range []string{"Показател", "Индекс на удовлетвореност", "трим. 2026", "п.п."} {
		if !strings.Contains(bg, want) {
			t.Errorf("the table lacks %q", want)
		}
	}
	for _, not := range []string{"SAT_IDX", "true", "false", "on_target", "off_target"} {
		if strings.Contains(bg, not) {
			t.Errorf("the table shows the code %q", not)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("not sorted by name: %v", names[:min(len(names), 8)])
	}
	if en := run("--lang", "en"); !strings.Contains(en, "Satisfaction index") || !strings.Contains(en, "Q3 2026") {
		t.Errorf("English table:\n%s", en[:min(len(en), 600)])
	}
	if wide := run("--wide"); !strings.Contains(wide, "SAT_IDX") || !strings.Contains(wide, "year_ago_q") {
		t.Errorf("--wide lost the raw columns")
	}
}
