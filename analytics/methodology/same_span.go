package methodology

import (
	"context"
	"database/sql"
	"time"

	"otzvuk/analytics/compare"
)

// sameSpanAYearEarlier compares the last shown period, when partial, with the same calendar days a
// year earlier (year to date): 1 January–31 October 2026 against 1 January–31 October 2025, or the
// running month's first days against the same days of that month a year before. The span is where
// the period and its record kind's data (and the query's range) overlap, up to today. It costs one
// more scan of the task over that span.
func sameSpanAYearEarlier(ctx context.Context, db *sql.DB, inds []*Indicator, q Query, env *taskEnv, w window, out map[string][]Value) error {
	spans := env.spans
	label := w.showTo
	partial := false
	for _, ind := range inds {
		for _, v := range out[ind.ID] {
			partial = partial || (v.Period == label && !v.Complete)
		}
	}
	if !partial {
		return nil
	}
	start, next, err := compare.PeriodBounds(label)
	if err != nil {
		return nil
	}
	sp := spans.spanOfIndicator(inds[0])
	if sp.empty() {
		return nil
	}
	from, to := latest(start, sp.firstDay), earliest(next.AddDate(0, 0, -1), sp.lastDay, day(q.Today))
	if !q.From.IsZero() && label == w.showFrom {
		from = latest(from, q.From)
	}
	if !q.To.IsZero() {
		to = earliest(to, q.To)
	}
	if to.Before(from) {
		return nil
	}
	earlier := q
	earlier.From, earlier.To = from.AddDate(-1, 0, 0), to.AddDate(-1, 0, 0)
	prior, pw, err := scanTask(ctx, db, inds, earlier, env)
	if err != nil {
		return err
	}
	for _, ind := range inds {
		vals := fillPeriods(prior[ind.ID], ind, pw.dims, pw)
		index := map[string]*Value{}
		for i := range vals {
			if vals[i].Period == pw.showFrom {
				index[dimKey(vals[i])] = &vals[i]
			}
		}
		for i := range out[ind.ID] {
			v := &out[ind.ID][i]
			if v.Period != label || v.Complete {
				continue
			}
			p := index[dimKey(*v)]
			if p == nil || p.Value == nil {
				continue
			}
			v.YearAgo, v.YearAgoDelta, v.YearAgoP, v.yearAgoSE = againstSE(v, p)
			v.YearAgoSameSpan, v.YearAgoWithheld = true, false
			v.YearAgoFrom, v.YearAgoTo = earlier.From.Format("2006-01-02"), earlier.To.Format("2006-01-02")
		}
	}
	return nil
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func earliest(ts ...time.Time) time.Time {
	out := ts[0]
	for _, t := range ts[1:] {
		if !t.IsZero() && t.Before(out) {
			out = t
		}
	}
	return out
}
