package methodology

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// Golden tests, Rill-style: testdata/golden/*.yaml each name a fixture, queries and the rows they must
// return, with values computed by hand in the file's comments. -update rewrites the expected values
// of the listed rows from what the code computes now; it is never needed to pass.
var update = flag.Bool("update", false, "rewrite the expected values in testdata/golden from the current results")

type goldenFile struct {
	Fixture []string     `yaml:"fixture"`
	Today   string       `yaml:"today"`
	Cases   []goldenCase `yaml:"cases"`
}

type goldenCase struct {
	Query struct {
		Indicators []string            `yaml:"indicators"`
		By         []string            `yaml:"by"`
		Grain      string              `yaml:"grain"`
		From       string              `yaml:"from"`
		To         string              `yaml:"to"`
		Filters    map[string][]string `yaml:"filters"`
	} `yaml:"query"`
	Exact  bool             `yaml:"exact"`
	Expect []map[string]any `yaml:"expect"`
}

var rowKeys = []string{"indicator", "period", "department", "service", "channel", "group", "method"}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.yaml")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	covered := map[string]bool{}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var g goldenFile
			if err := yaml.Unmarshal(body, &g); err != nil {
				t.Fatal(err)
			}
			s := openFixture(t, g.Fixture...)
			cat, err := DefaultCatalog()
			if err != nil {
				t.Fatal(err)
			}
			var doc yaml.Node
			yaml.Unmarshal(body, &doc)
			for ci, c := range g.Cases {
				q := Query{Indicators: c.Query.Indicators, Grain: Grain(c.Query.Grain), Filters: map[Dimension][]string{}}
				for _, b := range c.Query.By {
					q.By = append(q.By, Dimension(b))
				}
				for d, codes := range c.Query.Filters {
					q.Filters[Dimension(d)] = codes
				}
				q.From, _ = time.Parse("2006-01-02", c.Query.From)
				q.To, _ = time.Parse("2006-01-02", c.Query.To)
				q.Today, _ = time.Parse("2006-01-02", g.Today)
				if q.Today.IsZero() {
					q.Today = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
				}
				vals, err := Compute(context.Background(), s.DB, cat, q)
				if err != nil {
					t.Fatalf("case %d: %v", ci, err)
				}
				// The same case over the cubes a large database reads: the same rows.
				cubed, err := Compute(withCubes(context.Background()), s.DB, cat, q)
				if err != nil {
					t.Fatalf("case %d, cubes: %v", ci, err)
				}
				compareValues(t, fmt.Sprintf("case %d", ci), vals, cubed)
				for _, id := range q.Indicators {
					covered[id] = true
				}
				got := map[string]map[string]any{}
				for _, v := range vals {
					row := valueRowMap(v)
					got[goldenKey(row)] = row
				}
				if c.Exact && len(vals) != len(c.Expect) {
					t.Errorf("case %d: %d rows, want exactly %d:\n%s", ci, len(vals), len(c.Expect), dump(got))
				}
				for ei, want := range c.Expect {
					k := goldenKey(want)
					row, ok := got[k]
					if !ok {
						t.Errorf("case %d: no row %s; rows:\n%s", ci, k, dump(got))
						continue
					}
					for field, w := range want {
						if isKey(field) {
							continue
						}
						if !sameValue(row[field], w) {
							t.Errorf("case %d row %s: %s = %v, want %v", ci, k, field, row[field], w)
							if *update {
								setGolden(&doc, ci, ei, field, row[field])
							}
						}
					}
				}
			}
			if *update {
				out, _ := yaml.Marshal(&doc)
				os.WriteFile(f, out, 0o644)
			}
		})
	}
	if !*update {
		cat, _ := DefaultCatalog()
		for _, id := range cat.IDs() {
			if !covered[id] {
				t.Errorf("indicator %s has no golden test", id)
			}
		}
	}
}

func isKey(field string) bool {
	for _, k := range rowKeys {
		if k == field {
			return true
		}
	}
	return false
}

func goldenKey(row map[string]any) string {
	parts := make([]string, len(rowKeys))
	for i, k := range rowKeys {
		parts[i] = fmt.Sprint(row[k])
	}
	return strings.Join(parts, "|")
}

func valueRowMap(v Value) map[string]any {
	f := func(p *float64) any {
		if p == nil {
			return nil
		}
		return *p
	}
	s := func(p *string) any {
		if p == nil {
			return nil
		}
		return *p
	}
	b := func(p *bool) any {
		if p == nil {
			return nil
		}
		return *p
	}
	var rank any
	if v.Rank != nil {
		rank = *v.Rank
	}
	return map[string]any{
		"indicator": v.Indicator, "period": v.Period, "department": s(v.DepartmentCode), "service": s(v.ServiceCode),
		"channel": s(v.Channel), "group": s(v.Group), "method": s(v.Method),
		"value": f(v.Value), "n": int(v.N), "ci_low": f(v.CILow), "ci_high": f(v.CIHigh), "small_sample": v.SmallSample,
		"previous": f(v.Previous), "previous_delta": f(v.PreviousDelta), "previous_significant": b(v.PreviousSignificant),
		"year_ago": f(v.YearAgo), "year_ago_delta": f(v.YearAgoDelta), "year_ago_significant": b(v.YearAgoSignificant),
		"rank": rank, "status": v.Status,
		"complete": v.Complete, "coverage": v.Coverage, "date_basis": v.DateBasis, "note": v.Note,
		"previous_withheld": v.PreviousWithheld, "year_ago_same_span": v.YearAgoSameSpan, "year_ago_withheld": v.YearAgoWithheld,
		"year_ago_from": v.YearAgoFrom, "year_ago_to": v.YearAgoTo,
	}
}

func sameValue(got, want any) bool {
	if got == nil || want == nil {
		return got == nil && want == nil
	}
	gf, gok := number(got)
	wf, wok := number(want)
	if gok && wok {
		return math.Abs(gf-wf) <= 5e-4
	}
	return fmt.Sprint(got) == fmt.Sprint(want)
}

func number(x any) (float64, bool) {
	switch v := x.(type) {
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

func dump(rows map[string]map[string]any) string {
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s value=%v n=%v\n", k, rows[k]["value"], rows[k]["n"])
	}
	return b.String()
}

// setGolden writes one field of one expected row back into the YAML document (for -update).
func setGolden(doc *yaml.Node, caseIdx, rowIdx int, field string, value any) {
	root := doc.Content[0]
	cases := mapValue(root, "cases")
	if cases == nil || caseIdx >= len(cases.Content) {
		return
	}
	expect := mapValue(cases.Content[caseIdx], "expect")
	if expect == nil || rowIdx >= len(expect.Content) {
		return
	}
	row := expect.Content[rowIdx]
	var n yaml.Node
	n.Encode(value)
	for i := 0; i+1 < len(row.Content); i += 2 {
		if row.Content[i].Value == field {
			row.Content[i+1] = &n
			return
		}
	}
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
