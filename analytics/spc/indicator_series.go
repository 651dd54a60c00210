package spc

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"otzvuk/analytics/methodology"
)

// SeriesQuery asks for one indicator's monthly series, for the municipality or one department.
type SeriesQuery struct {
	Indicator  string
	Department string    // a department code; "" is the whole municipality
	From, To   time.Time // inclusive; zero is unbounded
	Today      time.Time // zero is the real today (methodology.Query.Today)
}

// IndicatorSeries computes an indicator's monthly values through the catalogue (the same numbers
// as `otzvuk indicators --grain month`) and lays them on a continuous run of months: a month without
// a value, or one its record kind's data do not wholly cover, is a missing point (it breaks moving
// ranges and runs, as an NA does in plot the dots), and the missing months before the first value
// and after the last are left out — a partial running month is never a point, nor is a month that
// From or To cut. An indicator with
// one series per value of a dimension (a mix) has no single series and is refused.
func IndicatorSeries(ctx context.Context, db *sql.DB, cat *methodology.Catalog, q SeriesQuery) ([]Observation, error) {
	ind, ok := cat.Get(q.Indicator)
	if !ok {
		return nil, fmt.Errorf("непознат показател %q / unknown indicator %q", q.Indicator, q.Indicator)
	}
	if ind.Measure.Kind == methodology.KindMix {
		return nil, fmt.Errorf("%s е разпределение (по един ред за всяка стойност) и няма една времева редица / %s is a mix (one row per value) and has no single series", ind.ID, ind.ID)
	}
	// Whole months only: a range that starts or ends inside a month would make that month's point a
	// part of a month, drawn as if it were like the others.
	from, to := q.From, q.To
	if !from.IsZero() && from.Day() != 1 {
		from = time.Date(from.Year(), from.Month()+1, 1, 0, 0, 0, 0, from.Location())
	}
	if !to.IsZero() && to.AddDate(0, 0, 1).Day() != 1 {
		to = time.Date(to.Year(), to.Month(), 0, 0, 0, 0, 0, to.Location())
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return []Observation{}, nil
	}
	mq := methodology.Query{Indicators: []string{ind.ID}, Grain: methodology.Month, From: from, To: to, Today: q.Today}
	if q.Department != "" {
		mq.Filters = map[methodology.Dimension][]string{methodology.ByDepartment: {q.Department}}
	}
	vals, err := methodology.Compute(ctx, db, cat, mq)
	if err != nil {
		return nil, err
	}
	return MonthlyObservations(vals), nil
}

// MonthlyObservations lays the municipality's monthly values (the totals among vals, one
// indicator) on a continuous run of months: a month without a value, or not wholly covered by its
// record kind's data, is a missing point; the missing months before the first value and after the
// last are left out.
func MonthlyObservations(vals []methodology.Value) []Observation {
	byMonth := map[time.Time]*float64{}
	var first, last time.Time
	for _, v := range vals {
		if !v.IsTotal() || v.Value == nil || !v.Complete {
			continue
		}
		m, err := time.Parse("2006-01", v.Period)
		if err != nil {
			continue
		}
		x := *v.Value
		byMonth[m] = &x
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	if first.IsZero() {
		return []Observation{}
	}
	var out []Observation
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		out = append(out, Observation{Date: m, Value: byMonth[m]})
	}
	return out
}
