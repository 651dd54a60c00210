package methodology

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// Property: for random requests and signals — every status, missing deadlines and closing dates,
// closing before, on and after the deadline — SVC_OPEN_OVERDUE and SPC_OPEN_OVERDUE per month end
// (today for the running month) and department equal a direct count in Go of the records open at
// that end and past their deadline.
func TestOpenOverdueEqualsADirectCount(t *testing.T) {
	today := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	dayOf := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	lit := func(kind string, t *time.Time) string {
		if t == nil {
			return "NULL"
		}
		if kind == "DATE" {
			return "DATE '" + t.Format("2006-01-02") + "'"
		}
		return "TIMESTAMP '" + t.Format("2006-01-02 15:04:05") + "'"
	}
	for seed := uint64(1); seed <= 4; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		s := openFixture(t)
		// open[indicator][dept] → a function of the period end telling whether the record counts.
		type rec struct {
			ind, dept string
			counts    func(end time.Time) bool
		}
		var recs []rec
		var req, sig strings.Builder
		req.WriteString("INSERT INTO service_requests (id, department_code, submitted_at, due_date, completed_at, cancelled_at, status, import_id) VALUES ")
		sig.WriteString("INSERT INTO signals (id, received_date, kind, department_code, decided_date, deadline_days, outcome, import_id) VALUES ")
		for i := 0; i < 300; i++ {
			dept := []string{"A", "B"}[r.IntN(2)]
			sub := time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(400*24)) * time.Hour)
			status := []string{"completed", "cancelled", "refused", "open", ""}[r.IntN(5)]
			var due, done, cancel *time.Time
			if r.IntN(10) > 0 {
				d := dayOf(sub).AddDate(0, 0, r.IntN(40))
				due = &d
			}
			if r.IntN(3) > 0 {
				c := sub.Add(time.Duration(1+r.IntN(90*24)) * time.Hour)
				done = &c
			}
			if status == "cancelled" && r.IntN(2) == 0 {
				c := sub.Add(time.Duration(1+r.IntN(60*24)) * time.Hour)
				cancel = &c
			}
			st := status
			if st == "" { // the view derives it
				switch {
				case cancel != nil:
					st = "cancelled"
				case done != nil:
					st = "completed"
				default:
					st = "open"
				}
			}
			recs = append(recs, rec{"SVC_OPEN_OVERDUE", dept, func(end time.Time) bool {
				if due == nil || dayOf(sub).After(end) || !due.Before(end) {
					return false
				}
				if st == "open" {
					return true
				}
				closed := cancel
				if closed == nil {
					closed = done
				}
				return closed != nil && dayOf(*closed).After(end)
			}})
			stLit := "NULL"
			if status != "" {
				stLit = "'" + status + "'"
			}
			if i > 0 {
				req.WriteString(", ")
			}
			fmt.Fprintf(&req, "('r%d', '%s', %s, %s, %s, %s, %s, 1)", i, dept, lit("TS", &sub), lit("DATE", due), lit("TS", done), lit("TS", cancel), stLit)

			received := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(400))
			kind := []string{"signal", "complaint", "proposal", "praise"}[r.IntN(4)]
			outcome := []string{"upheld", "not_processed", ""}[r.IntN(3)]
			deadline := []int{0, 7, 30, 60}[r.IntN(4)]
			var decided *time.Time
			if r.IntN(4) > 0 {
				d := received.AddDate(0, 0, r.IntN(120))
				decided = &d
			}
			recs = append(recs, rec{"SPC_OPEN_OVERDUE", dept, func(end time.Time) bool {
				if kind == "praise" || outcome == "not_processed" || received.After(end) || !received.AddDate(0, 0, deadline).Before(end) {
					return false
				}
				return decided == nil || decided.After(end)
			}})
			outLit := "NULL"
			if outcome != "" {
				outLit = "'" + outcome + "'"
			}
			if i > 0 {
				sig.WriteString(", ")
			}
			fmt.Fprintf(&sig, "('g%d', %s, '%s', '%s', %s, %d, %s, 1)", i, lit("DATE", &received), kind, dept, lit("DATE", decided), deadline, outLit)
		}
		for _, q := range []string{req.String(), sig.String()} {
			if _, err := s.DB.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		cat, _ := DefaultCatalog()
		vals, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"SVC_OPEN_OVERDUE", "SPC_OPEN_OVERDUE"},
			By: []Dimension{ByDepartment}, Grain: Month, Today: today})
		if err != nil {
			t.Fatal(err)
		}
		compared, nonzero := 0, 0
		for _, v := range vals {
			if v.DepartmentCode == nil {
				continue
			}
			start, err := time.Parse("2006-01", v.Period)
			if err != nil {
				t.Fatal(err)
			}
			end := start.AddDate(0, 1, -1)
			if end.After(today) {
				end = today
			}
			want := 0
			for _, x := range recs {
				if x.ind == v.Indicator && x.dept == *v.DepartmentCode && x.counts(end) {
					want++
				}
			}
			got := 0.0
			if v.Value != nil {
				got = *v.Value
			}
			if got != float64(want) {
				t.Fatalf("seed %d %s %s %s (end %s): %v, direct count %d", seed, v.Indicator, *v.DepartmentCode, v.Period, end.Format("2006-01-02"), got, want)
			}
			compared++
			if want > 0 {
				nonzero++
			}
		}
		if compared < 40 || nonzero < 20 {
			t.Fatalf("seed %d: only %d values compared (%d non-zero)", seed, compared, nonzero)
		}
	}
}
