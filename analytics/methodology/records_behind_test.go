package methodology

import (
	"context"
	"slices"
	"testing"
)

// A drill from a value lists the records its n counts, by the indicator's own date basis. In
// services.sql department A's requests q1, q2, q3 were filed in March 2025; q1 and q2 were also
// completed in March, q3 on 1 April. "Services on time" is by completion date, so its March value
// rests on q1 and q2 (n = 2) and its April value on q3 (n = 1) — where the records of the kind by
// filing date are three in March and none in April.
func TestRecordsBehindAValueMatchItsN(t *testing.T) {
	s := openFixture(t, "services.sql")
	ctx := context.Background()
	cat, err := DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ind, _ := cat.Get("SVC_ONTIME")
	ids := func(q RecordsQuery) []string {
		q.Kind, q.Department, q.Sort = "requests", "A", "id"
		p, err := Records(ctx, s.DB, q)
		if err != nil {
			t.Fatal(err)
		}
		col := slices.Index(p.Columns, "id")
		var out []string
		for _, r := range p.Rows {
			out = append(out, r[col])
		}
		if len(out) != p.Total {
			t.Fatalf("%d rows for a total of %d", len(out), p.Total)
		}
		return out
	}
	for _, c := range []struct {
		period      string
		behind, all []string
	}{
		{"2025-03", []string{"q1", "q2"}, []string{"q1", "q2", "q3"}},
		{"2025-04", []string{"q3"}, nil},
	} {
		got := ids(RecordsQuery{Period: c.period, Indicator: ind})
		if !slices.Equal(got, c.behind) {
			t.Errorf("%s: behind the value %v, want %v", c.period, got, c.behind)
		}
		if all := ids(RecordsQuery{Period: c.period}); !slices.Equal(all, c.all) {
			t.Errorf("%s: records of the kind %v, want %v", c.period, all, c.all)
		}
		// the n the value itself reports
		vals, err := Compute(ctx, s.DB, cat, Query{Indicators: []string{"SVC_ONTIME"}, Grain: Month,
			By: []Dimension{ByDepartment}, Filters: map[Dimension][]string{ByDepartment: {"A"}}})
		if err != nil {
			t.Fatal(err)
		}
		seen := false
		for _, v := range vals {
			if v.Period == c.period && v.DepartmentCode != nil && *v.DepartmentCode == "A" {
				seen = true
				if v.N != int64(len(c.behind)) {
					t.Errorf("%s: the value's n is %d, the drill lists %d", c.period, v.N, len(c.behind))
				}
			}
		}
		if !seen {
			t.Errorf("%s: no value of department A", c.period)
		}
	}
	// An indicator of another kind, or one whose n is not a set of records, lists as before.
	sat, _ := cat.Get("SAT_IDX")
	if got := ids(RecordsQuery{Period: "2025-03", Indicator: sat}); len(got) != 3 {
		t.Errorf("an indicator of another source narrowed the requests: %v", got)
	}
}
