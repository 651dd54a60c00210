package report

import (
	"context"
	"database/sql"
	"time"

	"otzvuk/analytics/backlog"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// The timeliness part counts the backlog (analytics/backlog): of the service requests filed in the
// year, how many were done by their deadline, late, are still open past it or still within it, as
// of the register's last date, and the Kaplan–Meier median days to completion with the open ones
// censored there. Beside it stands the catalogue's SVC_ONTIME, which counts by completion date
// ("of what we finished in the year, how much on time") and leaves the open ones out.

// BacklogRow is one department's (or the municipality's) requests filed in the year.
type BacklogRow struct {
	Department string
	Code       string // "" for the municipality
	Cohort     backlog.Cohort
	Median     backlog.Median
	// SVC_ONTIME of the year (by completion date) and its n
	CompletedOnTime  *float64
	CompletedOnTimeN int64
}

// backlogRows reads the requests filed in [from, to] and counts them per department (in the
// report's order, only those with requests) and for the municipality, last. No requests, or a
// pooled database (aggregates only, no request to follow): no rows, and no part.
func backlogRows(ctx context.Context, db *sql.DB, depts []methodology.Department, from, to time.Time,
	ontime map[string]methodology.Value, total string) ([]BacklogRow, time.Time, error) {
	if methodology.Pooled(ctx, db) {
		return nil, time.Time{}, nil
	}
	items, err := backlog.Load(ctx, db, backlog.Query{Register: backlog.Requests, From: from, To: to})
	if err != nil || len(items) == 0 {
		return nil, time.Time{}, err
	}
	asOf, ok, err := backlog.LastDate(ctx, db, backlog.Requests)
	if err != nil || !ok {
		return nil, time.Time{}, err
	}
	byDept := map[string][]backlog.Item{}
	for _, it := range items {
		byDept[it.Department] = append(byDept[it.Department], it)
	}
	row := func(name, code string, its []backlog.Item) BacklogRow {
		r := BacklogRow{Department: name, Code: code, Cohort: backlog.CohortOf(its, asOf), Median: backlog.KaplanMeier(its, asOf, backlog.LogLog)}
		if v, ok := ontime[code]; ok {
			r.CompletedOnTime, r.CompletedOnTimeN = v.Value, v.N
		}
		return r
	}
	var out []BacklogRow
	for _, d := range depts {
		if its := byDept[d.Code]; len(its) > 0 {
			out = append(out, row(d.Name, d.Code, its))
		}
	}
	return append(out, row(total, "", items)), asOf, nil
}

func backlogHead(lang string) []string {
	w := func(k string) string { return word(lang, k) }
	return []string{w("department"), w("bFiled"), w("bOnTime"), w("bLate"), w("bOverdue"), w("bPending"), w("bRate"), w("bMedian"), w("bInterval"), w("bCompleted")}
}

func backlogCells(b BacklogRow, lang string) []string {
	i := func(n int) string { return format.F(float64(n), lang, 0) }
	days := func(v *float64) string {
		if v == nil {
			return word(lang, "notReached")
		}
		return format.Number(v, lang, 0)
	}
	median, iv := "—", "—"
	if b.Median.N > 0 {
		median = days(b.Median.Days)
		iv = days(b.Median.Low) + nbsp + "…" + nbsp + days(b.Median.High)
	}
	c := b.Cohort
	return []string{b.Department, i(c.Filed), i(c.OnTime), i(c.Late), i(c.Overdue), i(c.Pending),
		format.Number(c.Rate, lang, 1), median, iv, format.Number(b.CompletedOnTime, lang, 1)}
}
