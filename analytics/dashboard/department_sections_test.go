package dashboard

import (
	"context"
	"encoding/json"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
)

// The panels of the sections' period (services, drivers, groups, channels, the signals register)
// read that period alone (inSections); the view must be the one a query over every period gives,
// for every department of the demo, on its year and on periods opened from a change (a whole
// quarter, a whole month, the running quarter).
func TestSectionsOverTheirPeriodAsOverEveryPeriod(t *testing.T) {
	ctx := context.Background()
	src, depts := demoDepartments(t)
	view := func(code, period string, every bool) (string, *Department) {
		t.Helper()
		sectionsOverEveryPeriod = every
		defer func() { sectionsOverEveryPeriod = false }()
		d, p := ComputeDepartment(ctx, src, DepartmentRequest{Code: code, Lang: "bg", Period: period})
		if p != nil {
			t.Fatalf("%s %s: %v", code, period, p)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), d
	}
	panels := 0
	for _, d := range depts {
		for _, period := range []string{"", "2025-Q3", "2025-07", "2026-Q4"} {
			narrow, v := view(d.Code, period, false)
			every, _ := view(d.Code, period, true)
			if narrow != every {
				t.Errorf("%s %q: the view differs when its sections read every period:\n %.600s\n %.600s", d.Code, period, narrow, every)
			}
			for _, c := range []bool{v.Services != nil, v.Drivers != nil, v.Groups != nil, v.Channels != nil, v.Signals.OnTime != nil} {
				if c {
					panels++
				}
			}
		}
	}
	if panels < 5*len(depts) {
		t.Fatalf("only %d panels with values: the comparison proves little", panels)
	}
	t.Logf("%d departments × 4 periods, %d panels with values", len(depts), panels)
}

// demoDepartments: the views' source over the demo (no result cache) and its departments.
func demoDepartments(t *testing.T) (Source, []methodology.Department) {
	t.Helper()
	s := demoStore(t, demo.Generate(demo.DefaultSeed))
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	depts, err := methodology.Departments(context.Background(), s.DB)
	if err != nil || len(depts) < 2 {
		t.Fatalf("departments %v %v", depts, err)
	}
	return Source{DB: s.DB, Catalog: cat}, depts
}
