package cli

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/methodology"
)

// A requested range is bounded by the data: the periods before the first record and after the
// last one (or today, for items still open) hold nothing, so they are cut — in whole periods of the
// grain, so that every period that has data is computed exactly as asked — and the command says
// so. What is left is then bounded by methodology.MaxPeriods.

// dataSpanSQL is the first and last day of any record (the tables every database and every pool
// has under these names, each record kind by its own date).
const dataSpanSQL = `SELECT min(lo)::DATE, max(hi)::DATE FROM (
	SELECT min(response_date) AS lo, max(response_date) AS hi FROM survey_responses
	UNION ALL SELECT min(card_date), max(card_date) FROM feedback_cards
	UNION ALL SELECT min(received_date), max(received_date) FROM signals
	UNION ALL SELECT min(submitted_at)::DATE, max(submitted_at)::DATE FROM service_requests
	UNION ALL SELECT min(visit_date), max(visit_date) FROM mystery_visits
	UNION ALL SELECT min(start_date), max(start_date) FROM consultations)`

// clipRange cuts q's range to the data's span in whole periods, telling stderr what was cut;
// empty is true when the range holds no data at all (nothing to compute).
func clipRange(ctx context.Context, db *sql.DB, q *methodology.Query, cmd string, stderr io.Writer) (empty bool, err error) {
	if q.From.IsZero() && q.To.IsZero() {
		return false, nil
	}
	var lo, hi sql.NullTime
	if err := db.QueryRowContext(ctx, dataSpanSQL).Scan(&lo, &hi); err != nil {
		return false, err
	}
	if !lo.Valid {
		return false, nil // no records: nothing is computed whatever the range
	}
	grain := string(q.Grain)
	first, _, _ := compare.PeriodBounds(compare.Label(lo.Time, grain))
	end := hi.Time
	if today := time.Now(); today.After(end) {
		end = today // open items are counted up to today
	}
	_, next, _ := compare.PeriodBounds(compare.Label(end, grain))
	last := next.AddDate(0, 0, -1)
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	span := day(lo.Time) + " … " + day(hi.Time)
	if (!q.To.IsZero() && q.To.Before(first)) || (!q.From.IsZero() && q.From.After(last)) {
		fmt.Fprintf(stderr, "otzvuk %s: %s\n", cmd, say("rangeEmpty", span))
		return true, nil
	}
	from, to := q.From, q.To
	if !from.IsZero() && from.Before(first) {
		from = first
	}
	if !to.IsZero() && to.After(last) {
		to = last
	}
	if !from.Equal(q.From) || !to.Equal(q.To) {
		// an open end (no flag, or 0001-01-01, which is Go's zero day) is the data's
		f, t := first, last
		if !from.IsZero() {
			f = from
		}
		if !to.IsZero() {
			t = to
		}
		fmt.Fprintf(stderr, "otzvuk %s: %s\n", cmd, say("rangeCut", day(f), day(t), span))
	}
	q.From, q.To = from, to
	return false, nil
}

// printPeriodsError prints methodology's bound on periods in both languages; false if err is another error.
func printPeriodsError(stderr io.Writer, cmd string, err error) bool {
	var pe *methodology.PeriodsError
	if !errors.As(err, &pe) {
		return false
	}
	bg, en := pe.Messages()
	fmt.Fprintf(stderr, "otzvuk %s: %s\notzvuk %s: %s\n", cmd, bg, cmd, en)
	return true
}
