package app

import "testing"

// Issue 24.1: the mayor's first deterioration leads to its department on the same period, where
// the department's list holds that change and every one the overview summarised by "and N more".
func TestOverviewChangeLeadsToItsDepartment(t *testing.T) {
	st, _ := startedState(t)
	ov := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
	if !ov.OK || len(ov.Worse) == 0 {
		t.Fatalf("overview: %+v, %d deteriorations", ov.Problem, len(ov.Worse))
	}
	first := ov.Worse[0]
	d := NewDepartmentService(st).Department(DepartmentRequest{Lang: "bg", Code: first.DeptCode, Period: ov.Period})
	if !d.OK || d.PeriodChanges == nil {
		t.Fatalf("department: %+v", d.Problem)
	}
	pc := d.PeriodChanges
	if pc.Period != ov.Period || pc.ComparedTo != ov.ComparedTo {
		t.Fatalf("department period %s vs %s, overview %s vs %s", pc.Period, pc.ComparedTo, ov.Period, ov.ComparedTo)
	}
	found := false
	for _, c := range pc.Worse {
		found = found || (c.Indicator == first.Indicator && c.Delta == first.Delta)
	}
	if !found {
		t.Fatalf("the department's list lacks the overview's %s (%v): %+v", first.Indicator, first.Delta, pc.Worse)
	}
	if got, want := len(pc.Worse)+len(pc.Better), 1+first.More; got < want {
		t.Fatalf("the department lists %d changes, the overview summarised %d", got, want)
	}
	for _, c := range append(pc.Worse, pc.Better...) {
		if c.DeptCode != first.DeptCode {
			t.Fatalf("another department's change: %+v", c)
		}
	}
}
