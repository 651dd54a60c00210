package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"otzvuk/analytics/compare"
)

// A period is complete when it is over and the data of its record kind cover every month of it.
// A record kind's data cover the months from its first record to its last (by the kind's own date:
// submission, receipt, response, visit…), whatever date an indicator groups by: a register
// exported for 2009 says nothing about the requests of 2014, even if some were closed then.

// kindSpans are the first and last month with data, per record kind.
type kindSpans map[string]monthSpan

// monthSpan is a run of months, as their first days; zero when the kind has no records.
// firstDay and lastDay are the first and last record's own dates (zero for derived spans).
type monthSpan struct{ first, last, firstDay, lastDay time.Time }

func (s monthSpan) empty() bool { return s.first.IsZero() }

// kindDates is each record kind's own date.
var kindDates = map[string]string{
	"survey_responses": "SELECT min(response_date), max(response_date) FROM survey_responses",
	"feedback_cards":   "SELECT min(card_date), max(card_date) FROM feedback_cards",
	"signals":          "SELECT min(received_date), max(received_date) FROM signals",
	"service_requests": "SELECT min(submitted_at)::DATE, max(submitted_at)::DATE FROM service_requests",
	"mystery_items":    "SELECT min(visit_date), max(visit_date) FROM mystery_visits",
	"consultations":    "SELECT min(start_date), max(start_date) FROM consultations",
}

// loadSpans: a kind's coverage is what its imports state (data_coverage: the span an import's
// file covers, or the span a profile or the demo states) together with its records' own first
// and last dates. A month of a record's date counts as covered; a stated span covers the months
// it holds wholly. Stated spans let sparse kinds (two mystery visits a year) be complete.
func loadSpans(ctx context.Context, db *sql.DB) (kindSpans, error) {
	out := kindSpans{}
	for kind, q := range kindDates {
		var lo, hi sql.NullTime
		if err := db.QueryRowContext(ctx, q).Scan(&lo, &hi); err != nil {
			return nil, fmt.Errorf("coverage of %s: %w", kind, err)
		}
		if lo.Valid && hi.Valid {
			out[kind] = monthSpan{first: monthStart(lo.Time), last: monthStart(hi.Time), firstDay: day(lo.Time), lastDay: day(hi.Time)}
		}
	}
	rows, err := db.QueryContext(ctx, "SELECT record_kind, min(date_from)::TIMESTAMP, max(date_to)::TIMESTAMP FROM data_coverage GROUP BY record_kind")
	if err != nil {
		return nil, fmt.Errorf("stated coverage: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind string
		var from, to time.Time
		if err := rows.Scan(&kind, &from, &to); err != nil {
			return nil, err
		}
		first, last := monthStart(from), monthStart(to)
		if from.Day() != 1 {
			first = first.AddDate(0, 1, 0) // a stated span starting mid-month does not cover that month
		}
		if day(to).AddDate(0, 0, 1).Day() != 1 {
			last = last.AddDate(0, -1, 0)
		}
		if last.Before(first) {
			continue
		}
		out[kind] = out[kind].widen(monthSpan{first: first, last: last, firstDay: day(from), lastDay: day(to)})
	}
	return out, rows.Err()
}

// widen is the span from the earlier start to the later end of two spans.
func (s monthSpan) widen(o monthSpan) monthSpan {
	if s.empty() {
		return o
	}
	if o.first.Before(s.first) {
		s.first = o.first
	}
	if o.firstDay.Before(s.firstDay) {
		s.firstDay = o.firstDay
	}
	if o.last.After(s.last) {
		s.last = o.last
	}
	if o.lastDay.After(s.lastDay) {
		s.lastDay = o.lastDay
	}
	return s
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// spanOfIndicator: a view over several kinds is covered where any of them is (their union); a
// ratio over two views only where both are (the intersection).
func (k kindSpans) spanOfIndicator(ind *Indicator) monthSpan {
	sp := k.union(recordViews[ind.Source].kinds)
	if m := ind.Measure; m.Kind == KindRatio && m.Den != nil && m.Den.Source != "" && m.Den.Source != ind.Source {
		sp = intersect(sp, k.union(recordViews[m.Den.Source].kinds))
	}
	return sp
}

func (k kindSpans) union(kinds []string) monthSpan {
	var out monthSpan
	for _, kind := range kinds {
		s, ok := k[kind]
		if !ok {
			continue
		}
		if out.empty() || s.first.Before(out.first) {
			out.first, out.firstDay = s.first, s.firstDay
		}
		if out.last.IsZero() || s.last.After(out.last) {
			out.last, out.lastDay = s.last, s.lastDay
		}
	}
	return out
}

func intersect(a, b monthSpan) monthSpan {
	if a.empty() || b.empty() {
		return monthSpan{}
	}
	out := a
	if b.firstDay.After(out.firstDay) {
		out.first, out.firstDay = b.first, b.firstDay
	}
	if b.lastDay.Before(out.lastDay) {
		out.last, out.lastDay = b.last, b.lastDay
	}
	if out.last.Before(out.first) {
		return monthSpan{}
	}
	return out
}

// periodCoverage counts the months of a period that are over by today, inside the span and, where
// the query cuts the range (from, to; zero = open), wholly inside the range. covered is the first and
// last of those months (for the same-months comparison a year earlier).
func periodCoverage(label string, sp monthSpan, today, from, to time.Time) (n, total int, covered monthSpan) {
	start, next, err := compare.PeriodBounds(label)
	if err != nil {
		return 0, 0, monthSpan{}
	}
	// A month is over once today is its last day or later ("as of 31 December" closes the year).
	overBefore := monthStart(day(today).AddDate(0, 0, 1))
	firstIn, lastIn := time.Time{}, time.Time{}
	if !from.IsZero() {
		firstIn = monthStart(from)
		if from.Day() != 1 {
			firstIn = firstIn.AddDate(0, 1, 0) // a month cut by the range is not whole
		}
	}
	if !to.IsZero() {
		lastIn = monthStart(to)
		if to.AddDate(0, 0, 1).Day() != 1 {
			lastIn = lastIn.AddDate(0, -1, 0)
		}
	}
	for m := start; m.Before(next); m = m.AddDate(0, 1, 0) {
		total++
		if sp.empty() || m.Before(sp.first) || m.After(sp.last) || !m.Before(overBefore) {
			continue
		}
		if (!firstIn.IsZero() && m.Before(firstIn)) || (!lastIn.IsZero() && m.After(lastIn)) {
			continue
		}
		n++
		if covered.empty() {
			covered.first = m
		}
		covered.last = m
	}
	return n, total, covered
}

// markCompleteness sets Complete and Coverage on every value. The query's range cuts the shown
// periods only: those before it are computed whole, for the comparisons.
func markCompleteness(vals []Value, sp monthSpan, q Query, showFrom string) {
	memo := map[string][2]int{}
	for i := range vals {
		c, ok := memo[vals[i].Period]
		if !ok {
			from := q.From
			if vals[i].Period < showFrom {
				from = time.Time{}
			}
			n, total, _ := periodCoverage(vals[i].Period, sp, q.Today, from, q.To)
			c = [2]int{n, total}
			memo[vals[i].Period] = c
		}
		vals[i].Complete = c[1] > 0 && c[0] == c[1]
		vals[i].Coverage = fmt.Sprintf("%d/%d", c[0], c[1])
	}
}

// LastComplete is the last period of the grain, up to today, that the indicator's data cover
// wholly; "" when there is none. Views open on it.
func LastComplete(ctx context.Context, db *sql.DB, ind *Indicator, grain Grain, today time.Time) (string, error) {
	spans, err := loadSpans(ctx, db)
	if err != nil {
		return "", err
	}
	sp := spans.spanOfIndicator(ind)
	if sp.empty() {
		return "", nil
	}
	label := compare.Label(minTime(sp.last, today), string(grain))
	for i := 0; i < 400; i++ {
		n, total, _ := periodCoverage(label, sp, today, time.Time{}, time.Time{})
		if total > 0 && n == total {
			return label, nil
		}
		start, _, _ := compare.PeriodBounds(label)
		if start.Before(sp.first) {
			return "", nil
		}
		label, _ = compare.Previous(label)
	}
	return "", nil
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
