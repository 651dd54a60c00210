package app

import "testing"

// Issue 24.2: opened from a change, every section of the department view answers for that change's
// period — the services' table, what people say, the key drivers, the backlog — not the year.
func TestDepartmentSectionsOnTheThreadsPeriod(t *testing.T) {
	st, _ := startedState(t)
	ov := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
	if !ov.OK || len(ov.Worse) == 0 {
		t.Fatalf("overview: %+v", ov.Problem)
	}
	code := ov.Worse[0].DeptCode
	year := NewDepartmentService(st).Department(DepartmentRequest{Lang: "bg", Code: code})
	d := NewDepartmentService(st).Department(DepartmentRequest{Lang: "bg", Code: code, Period: ov.Period})
	if !year.OK || !d.OK {
		t.Fatalf("department: %+v %+v", year.Problem, d.Problem)
	}
	if year.SectionsPeriod != "2025" || d.SectionsPeriod != ov.Period || d.ChangesPeriod != ov.Period {
		t.Fatalf("sections %q (year view %q), services' table %q, want %s", d.SectionsPeriod, year.SectionsPeriod, d.ChangesPeriod, ov.Period)
	}
	for _, b := range d.Backlog {
		if b.Period != ov.Period {
			t.Errorf("%s backlog on %s", b.Register, b.Period)
		}
	}
	// a quarter has fewer comments than the year it is part of
	if d.Voices == nil || year.Voices == nil || d.Voices.Comments >= year.Voices.Comments || d.Voices.Comments == 0 {
		t.Errorf("voices: %v comments in %s, %v in the year", d.Voices, ov.Period, year.Voices)
	}
}
