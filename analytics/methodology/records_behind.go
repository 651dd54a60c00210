package methodology

import (
	"strings"
	"time"
)

// The records a value rests on. A drill from a value (a heatmap cell, a trend point) lists exactly
// the records counted in its n: those of the indicator's source that pass its filter, have a value
// (a mean, a median) or a non-zero denominator (a ratio), and fall in the period by the indicator's
// own date basis — a request completed in the quarter, not filed in it. Listing every record of the
// kind and period instead showed 197 records behind a value resting on 43.

// sourceRecords: the record kind an indicator source lists as, and the source's column holding
// that kind's id.
var sourceRecords = map[string]struct{ kind, id string }{
	"v_survey_ratings":   {"survey", "response_id"},
	"v_survey_responses": {"survey", "id"},
	"v_service_requests": {"requests", "id"},
	"v_signals":          {"signals", "id"},
	"v_feedback_cards":   {"cards", "id"},
}

// behind returns the condition on a kind's records that keeps those counted in ind's n, with its
// arguments; ok = false when the indicator's n is not a set of records of that kind (a mix, a
// coverage, open-and-overdue counts, a ratio over another source). Period bounds [start, next)
// and the window's From/To apply to the indicator's date column. The expressions are the
// catalogue's, checked when it was loaded (checkExpr), as every indicator query uses them.
func behind(ind *Indicator, kind string, start, next, from, to time.Time) (cond string, args []any, ok bool) {
	src, known := sourceRecords[ind.Source]
	if !known || src.kind != kind {
		return "", nil, false
	}
	m := ind.Measure
	where := []string{}
	if m.Filter != "" {
		where = append(where, "("+m.Filter+")")
	}
	switch m.Kind {
	case KindMean, KindMedian:
		where = append(where, "("+m.Value+") IS NOT NULL")
	case KindShare, KindCount:
	case KindRatio:
		if m.Den == nil || (m.Den.Source != "" && m.Den.Source != ind.Source) {
			return "", nil, false
		}
		if m.Den.Filter != "" {
			where = append(where, "("+m.Den.Filter+")")
		}
		where = append(where, "coalesce(("+m.Den.Value+"), 0) <> 0")
	default:
		return "", nil, false
	}
	date := ind.dateColumn()
	for _, b := range []struct {
		t  time.Time
		op string
	}{{start, ">="}, {next, "<"}, {from, ">="}, {to, "<="}} {
		if !b.t.IsZero() {
			where = append(where, date+" "+b.op+" ?::DATE")
			args = append(args, b.t.Format(time.DateOnly))
		}
	}
	if len(where) == 0 {
		where = append(where, "true")
	}
	return "id IN (SELECT " + src.id + " FROM " + ind.Source + " WHERE " + strings.Join(where, " AND ") + ")", args, true
}
