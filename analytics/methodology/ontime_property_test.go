package methodology

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// Property: for random requests — every status, closing times on cancelled and refused ones, no
// deadline, no status — SVC_ONTIME per completion month equals a direct computation in Go over the
// requests whose (stated or derived) status is completed.
func TestSVCOnTimeEqualsADirectComputation(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		s := openFixture(t)
		type req struct {
			submitted         time.Time
			due, done, cancel *time.Time
			status            string // "" = not stated
		}
		var reqs []req
		var sb strings.Builder
		sb.WriteString("INSERT INTO service_requests (id, department_code, submitted_at, due_date, completed_at, cancelled_at, status, import_id) VALUES ")
		day := func(t *time.Time) string {
			if t == nil {
				return "NULL"
			}
			return "TIMESTAMP '" + t.Format("2006-01-02 15:04:05") + "'"
		}
		date := func(t *time.Time) string {
			if t == nil {
				return "NULL"
			}
			return "DATE '" + t.Format("2006-01-02") + "'"
		}
		for i := 0; i < 400; i++ {
			sub := time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(300*24)) * time.Hour)
			q := req{submitted: sub, status: []string{"completed", "cancelled", "refused", "open", ""}[r.IntN(5)]}
			if r.IntN(10) > 0 {
				d := time.Date(sub.Year(), sub.Month(), sub.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1+r.IntN(30))
				q.due = &d
			}
			if r.IntN(3) > 0 { // a closing time, whatever the status
				c := sub.Add(time.Duration(1+r.IntN(60*24)) * time.Hour)
				q.done = &c
			}
			if q.status == "cancelled" && r.IntN(2) == 0 {
				c := sub.Add(time.Duration(1+r.IntN(20*24)) * time.Hour)
				q.cancel = &c
			}
			reqs = append(reqs, q)
			status := "NULL"
			if q.status != "" {
				status = "'" + q.status + "'"
			}
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "('r%d', 'A', %s, %s, %s, %s, %s, 1)", i, day(&q.submitted), date(q.due), day(q.done), day(q.cancel), status)
		}
		if _, err := s.DB.Exec(sb.String()); err != nil {
			t.Fatal(err)
		}
		// Direct computation: completed = status completed, or not stated with a completion and no cancellation.
		type cell struct{ n, ok int }
		want := map[string]*cell{}
		for _, q := range reqs {
			completed := q.status == "completed" || (q.status == "" && q.cancel == nil && q.done != nil)
			if !completed || q.done == nil || q.due == nil {
				continue
			}
			month := q.done.Format("2006-01")
			if want[month] == nil {
				want[month] = &cell{}
			}
			want[month].n++
			doneDay := time.Date(q.done.Year(), q.done.Month(), q.done.Day(), 0, 0, 0, 0, time.UTC)
			if !doneDay.After(*q.due) {
				want[month].ok++
			}
		}
		cat, _ := DefaultCatalog()
		vals, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"SVC_ONTIME"}, Grain: Month, Today: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, v := range vals {
			w := want[v.Period]
			if w == nil {
				if v.N != 0 {
					t.Fatalf("seed %d %s: n = %d where no completed request is", seed, v.Period, v.N)
				}
				continue
			}
			seen++
			if v.N != int64(w.n) || v.Value == nil || math.Abs(*v.Value-100*float64(w.ok)/float64(w.n)) > 1e-9 {
				t.Fatalf("seed %d %s: n = %d, value %v; direct: %d of %d", seed, v.Period, v.N, v.Value, w.ok, w.n)
			}
		}
		if seen != len(want) {
			t.Fatalf("seed %d: %d months compared, %d expected", seed, seen, len(want))
		}
	}
}
