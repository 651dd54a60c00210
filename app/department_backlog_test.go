package app

import (
	"testing"
)

// The department view tells each register's year by the cohort filed in it beside the completed-
// only figures: the cohort's classes add up to every item filed (counted here independently), and
// the completion-date share is the catalogue's SVC_ONTIME.
func TestDepartmentBacklogBesideCompletedOnly(t *testing.T) {
	st, _ := startedState(t)
	res := NewDepartmentService(st).Department(DepartmentRequest{Lang: "bg", Code: "MDT"})
	if !res.OK {
		t.Fatalf("%+v", res.Problem)
	}
	if len(res.Backlog) == 0 {
		t.Fatalf("no backlog for %s %d", res.Code, res.Year)
	}
	for _, b := range res.Backlog {
		c := b.Cohort
		if sum := c.OnTime + c.Late + c.Overdue + c.Pending + c.Withdrawn + c.NoDeadline + c.BadDates; sum != c.Filed || c.Filed == 0 {
			t.Errorf("%s: classes add to %d of %d filed", b.Register, sum, c.Filed)
		}
		var filed int
		q := `SELECT count(*) FROM v_service_requests WHERE department_code = ? AND year(submitted_date) = ?`
		if b.Register == "signals" {
			q = `SELECT count(*) FROM v_signals WHERE kind <> 'praise' AND department_code = ? AND year(received_date) = ?`
		}
		if err := st.Store.DB.QueryRow(q, res.Code, res.Year).Scan(&filed); err != nil {
			t.Fatal(err)
		}
		if filed != c.Filed {
			t.Errorf("%s: cohort of %d, the register has %d filed in %d", b.Register, c.Filed, filed, res.Year)
		}
		if b.Median.N == 0 || b.CompletedOnTime == nil || b.CompletedOnTimeN == 0 {
			t.Errorf("%s: median %+v, completed on time %v (n %d)", b.Register, b.Median, b.CompletedOnTime, b.CompletedOnTimeN)
		}
	}
}
