package dashboard

import (
	"context"
	"time"

	"otzvuk/analytics/backlog"
	"otzvuk/analytics/methodology"
)

// Backlog is one register's year for a department, told two ways side by side: by completion date
// (the catalogue's SVC_ONTIME/SPC_ONTIME and SVC_TTR/SPC_TTR — "how did we do in what we
// finished") and by the cohort filed in the year (what became of what citizens filed: on time,
// late, still open past the deadline, still within it; Kaplan–Meier's median days with the open
// items censored at the data's last date). The completed-only figures hide the backlog; the
// cohort does not.
type Backlog struct {
	Register string `json:"register"` // requests | signals
	Period   string `json:"period"`   // the sections' period: 2025, 2026-Q3
	AsOf     string `json:"asOf"`     // the data's last date, YYYY-MM-DD
	// By the cohort filed in the year.
	Cohort backlog.Cohort `json:"cohort"`
	Median backlog.Median `json:"median"`
	// By completion date in the year (the catalogue's indicators).
	CompletedOnTime     *float64 `json:"completedOnTime"`
	CompletedOnTimeN    int64    `json:"completedOnTimeN"`
	CompletedMedianDays *float64 `json:"completedMedianDays"`
}

// departmentBacklog computes the registers that have the department's items filed in year.
func departmentBacklog(ctx context.Context, src Source, code string, sec sections, compute func([]string) ([]methodology.Value, error)) ([]Backlog, error) {
	if !sec.ok() {
		return nil, nil
	}
	from, to := sec.from, sec.to
	var out []Backlog
	for _, reg := range []struct {
		r               backlog.Register
		onTime, medianD string
	}{{backlog.Requests, "SVC_ONTIME", "SVC_TTR"}, {backlog.Signals, "SPC_ONTIME", "SPC_TTR"}} {
		sum, err := summarizeBacklog(ctx, src, backlog.Query{Register: reg.r, Department: code, From: from, To: to})
		if err != nil {
			return nil, err
		}
		c, ok := sum.of(code)
		if !ok {
			continue // none filed in the period
		}
		b := Backlog{Register: string(reg.r), Period: sec.period, AsOf: sum.asOf.Format(time.DateOnly), Cohort: c.cohort, Median: c.median}
		vals, err := compute([]string{reg.onTime, reg.medianD})
		if err != nil {
			return nil, err
		}
		for _, v := range vals {
			if v.Period != sec.period {
				continue
			}
			switch v.Indicator {
			case reg.onTime:
				b.CompletedOnTime, b.CompletedOnTimeN = v.Value, v.N
			case reg.medianD:
				b.CompletedMedianDays = v.Value
			}
		}
		out = append(out, b)
	}
	return out, nil
}
