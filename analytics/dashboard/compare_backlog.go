package dashboard

import (
	"context"
	"sort"
	"time"

	"otzvuk/analytics/backlog"
	"otzvuk/analytics/compare"
)

// CompareBacklog is one department's requests filed in the comparison's period, told by what
// became of them (the cohort: on time, late, still open past the deadline, still within it) and
// Kaplan–Meier's median days with the open ones censored — beside the ranking, which is by
// completion date and so cannot see a backlog.
type CompareBacklog struct {
	Code       string         `json:"code"`
	Department string         `json:"department"`
	Cohort     backlog.Cohort `json:"cohort"`
	Median     backlog.Median `json:"median"`
}

// compareBacklog computes the cohort of each department's requests filed in period (a year or a
// quarter); nil when the register holds none. names: department codes to names.
func compareBacklog(ctx context.Context, src Source, period string, names map[string]string) ([]CompareBacklog, string, error) {
	start, next, err := compare.PeriodBounds(period)
	if err != nil {
		return nil, "", nil // not a year or quarter: nothing to add
	}
	sum, err := summarizeBacklog(ctx, src, backlog.Query{Register: backlog.Requests, From: start, To: next.AddDate(0, 0, -1)})
	if err != nil || sum == nil {
		return nil, "", err
	}
	out := make([]CompareBacklog, 0, len(sum.byDept))
	for code, c := range sum.byDept {
		name := names[code]
		if name == "" {
			name = code
		}
		out = append(out, CompareBacklog{Code: code, Department: name, Cohort: c.cohort, Median: c.median})
	}
	// the largest share still open past its deadline first: where citizens wait now
	sort.Slice(out, func(i, j int) bool {
		a, b := share(out[i].Cohort.OverdueShare), share(out[j].Cohort.OverdueShare)
		if a != b {
			return a > b
		}
		// then the smallest share on time (where citizens waited longest)
		if x, y := share(out[i].Cohort.OnTimeShare), share(out[j].Cohort.OnTimeShare); x != y {
			return x < y
		}
		return out[i].Department < out[j].Department
	})
	return out, sum.asOf.Format(time.DateOnly), nil
}

func share(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}
