package dashboard

import (
	"context"
	"reflect"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
)

// The backlog beside the comparison and in the department view is read from the register once per
// data version: the same period again reads nothing and gives the same figures; a change of the
// data is read at once.
func TestTheBacklogIsReadOncePerDataVersion(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, demo.GenerateWith(3, demo.Options{Stationary: true}))
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	src := Source{DB: s.DB, Catalog: cat}
	req := CompareRequest{Lang: "bg", Grain: "year", Period: "2025"}
	compareNow := func() *Compare {
		t.Helper()
		c, p := ComputeCompare(ctx, src, req, false)
		if p != nil {
			t.Fatal(p)
		}
		if len(c.Backlog) < 2 {
			t.Fatalf("%d departments in the backlog", len(c.Backlog))
		}
		return c
	}
	first := compareNow()
	reads := backlogReads.Load()
	again := compareNow()
	if backlogReads.Load() != reads {
		t.Errorf("the same period read the register again (%d reads)", backlogReads.Load()-reads)
	}
	if !reflect.DeepEqual(first.Backlog, again.Backlog) || first.BacklogAsOf != again.BacklogAsOf {
		t.Error("the same period, other figures")
	}
	// the department view's backlog of the same register and year: its own summary, read once too
	code := first.Backlog[0].Code
	dept := func() []Backlog {
		d, p := ComputeDepartment(ctx, src, DepartmentRequest{Lang: "bg", Code: code, Period: "2025", Part: PartRest})
		if p != nil {
			t.Fatal(p)
		}
		return d.Backlog
	}
	d1 := dept()
	reads = backlogReads.Load()
	if d2 := dept(); backlogReads.Load() != reads || !reflect.DeepEqual(d1, d2) {
		t.Errorf("the department's backlog again: %d reads, the same figures %v", backlogReads.Load()-reads, reflect.DeepEqual(d1, d2))
	}
	for _, b := range d1 {
		if b.Register == "requests" && !reflect.DeepEqual(b.Cohort, first.Backlog[0].Cohort) {
			t.Errorf("the department's cohort %+v, the comparison's %+v", b.Cohort, first.Backlog[0].Cohort)
		}
	}

	// the data change: that department's requests of 2025 go — read at once, the department gone
	if _, err := s.DB.ExecContext(ctx, "DELETE FROM service_requests WHERE department_code = ? AND year(submitted_at) = 2025", code); err != nil {
		t.Fatal(err)
	}
	reads = backlogReads.Load()
	after := compareNow()
	if backlogReads.Load() == reads {
		t.Error("a change of data was not read")
	}
	for _, b := range after.Backlog {
		if b.Code == code {
			t.Errorf("%s's deleted requests still counted: %+v", code, b.Cohort)
		}
	}
	if len(after.Backlog) != len(first.Backlog)-1 {
		t.Errorf("%d departments after, %d before", len(after.Backlog), len(first.Backlog))
	}
}
