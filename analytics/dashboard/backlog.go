package dashboard

import (
	"context"
	"strconv"
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
	Year     int    `json:"year"`
	AsOf     string `json:"asOf"` // the data's last date, YYYY-MM-DD
	// By the cohort filed in the year.
	Cohort backlog.Cohort `json:"cohort"`
	Median backlog.Median `json:"median"`
	// By completion date in the year (the catalogue's indicators).
	CompletedOnTime     *float64 `json:"completedOnTime"`
	CompletedOnTimeN    int64    `json:"completedOnTimeN"`
	CompletedMedianDays *float64 `json:"completedMedianDays"`
}

// departmentBacklog computes the registers that have the department's items filed in year.
func departmentBacklog(ctx context.Context, src Source, code string, year int, compute func([]string) ([]methodology.Value, error)) ([]Backlog, error) {
	if year == 0 {
		return nil, nil
	}
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	var out []Backlog
	for _, reg := range []struct {
		r               backlog.Register
		onTime, medianD string
	}{{backlog.Requests, "SVC_ONTIME", "SVC_TTR"}, {backlog.Signals, "SPC_ONTIME", "SPC_TTR"}} {
		items, err := backlog.Load(ctx, src.DB, backlog.Query{Register: reg.r, Department: code, From: from, To: to})
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			continue
		}
		asOf, ok, err := backlog.LastDate(ctx, src.DB, reg.r)
		if err != nil || !ok {
			return nil, err
		}
		b := Backlog{Register: string(reg.r), Year: year, AsOf: asOf.Format(time.DateOnly),
			Cohort: backlog.CohortOf(items, asOf), Median: backlog.KaplanMeier(items, asOf, backlog.LogLog)}
		vals, err := compute([]string{reg.onTime, reg.medianD})
		if err != nil {
			return nil, err
		}
		for _, v := range vals {
			if v.Period != strconv.Itoa(year) {
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
