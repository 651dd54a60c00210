package methodology

import (
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"otzvuk/analytics/yamlerr"
)

// yamlKeys are the keys an indicator file may use, dotted: the indicator's, measure's and its sides'.
func yamlKeys() []string {
	out := yamlerr.Keys(reflect.TypeOf(Indicator{}))
	for _, k := range yamlerr.Keys(reflect.TypeOf(Measure{})) {
		out = append(out, "measure."+k)
		if k == "num" || k == "den" {
			for _, s := range yamlerr.Keys(reflect.TypeOf(Side{})) {
				out = append(out, "measure."+k+"."+s)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Every key docs/indicators.md documents is a YAML key of the catalogue, and every YAML key is
// documented; every record view is listed with all its columns; every example loads.
func TestIndicatorsDocMatchesTheCode(t *testing.T) {
	body, err := os.ReadFile("../../docs/indicators.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(body)
	keysSection := doc[strings.Index(doc, "## Keys"):strings.Index(doc, "## Record views")]
	var documented []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_.]+)` \\|").FindAllStringSubmatch(keysSection, -1) {
		documented = append(documented, m[1])
	}
	sort.Strings(documented)
	if want := yamlKeys(); !reflect.DeepEqual(documented, want) {
		t.Errorf("documented keys\n %v\nYAML keys\n %v", documented, want)
	}
	for name := range recordViews {
		row := regexp.MustCompile("(?m)^\\| `" + name + "` \\|.*$").FindString(doc)
		if row == "" {
			t.Errorf("record view %s is not documented", name)
			continue
		}
		cols, dates, _ := ViewColumns(name)
		for _, c := range append(cols[:len(cols)-len(dimensionColumns)], dates...) {
			if !strings.Contains(row, "`"+c+"`") {
				t.Errorf("%s: column %s not documented", name, c)
			}
		}
	}
	seen := map[string]bool{}
	for _, b := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(doc, -1) {
		list, errs := parseCatalogFile("indicators.md", []byte(b[1]))
		if len(errs) > 0 || len(list) != 1 {
			t.Errorf("example does not load: %v\n%s", errs, b[1])
			continue
		}
		seen[list[0].Measure.Kind] = true
	}
	for k := range kinds {
		if !seen[k] {
			t.Errorf("no example of measure kind %s", k)
		}
	}
}
