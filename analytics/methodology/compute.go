package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Sofia on machines without a zone database (Windows)

	"otzvuk/analytics/compare"
)

// Unknown labels a dimension value that the record does not state (e.g. a card with no respondent group).
const Unknown = "(не е посочено)"

var sofia, _ = time.LoadLocation("Europe/Sofia")

// Compute runs the query: one SQL query per indicator over its record view, then the comparisons
// (previous period, a year earlier, significance), ranks and target status in Go.
func Compute(ctx context.Context, db *sql.DB, cat *Catalog, q Query) ([]Value, error) {
	if q.Grain == "" {
		q.Grain = Month
	}
	if _, err := ParseGrain(string(q.Grain)); err != nil {
		return nil, err
	}
	for d := range q.Filters {
		if _, ok := dimensionColumn[d]; !ok {
			return nil, fmt.Errorf("unknown filter dimension %q", d)
		}
	}
	if q.Today.IsZero() {
		q.Today = time.Now().In(sofia)
	}
	names, err := loadNames(ctx, db)
	if err != nil {
		return nil, err
	}
	var out []Value
	for _, id := range q.Indicators {
		ind, ok := cat.Get(id)
		if !ok {
			return nil, fmt.Errorf("unknown indicator %q", id)
		}
		vals, err := computeIndicator(ctx, db, ind, q, names)
		if err != nil {
			return nil, fmt.Errorf("indicator %s (%s): %w", id, ind.File, err)
		}
		out = append(out, vals...)
	}
	return out, nil
}

type nameMaps struct{ departments, services map[string]string }

func loadNames(ctx context.Context, db *sql.DB) (nameMaps, error) {
	n := nameMaps{departments: map[string]string{}, services: map[string]string{}}
	for table, m := range map[string]map[string]string{"departments": n.departments, "services": n.services} {
		rows, err := db.QueryContext(ctx, "SELECT code, name FROM "+table)
		if err != nil {
			return n, err
		}
		for rows.Next() {
			var code, name string
			if err := rows.Scan(&code, &name); err != nil {
				rows.Close()
				return n, err
			}
			m[code] = name
		}
		rows.Close()
	}
	return n, nil
}

// window is the span computed: the requested range, plus a year before it for the comparisons.
type window struct {
	from, to     time.Time // computed span (inclusive); zero = open
	showFrom     string    // first period label shown
	showTo       string    // last period label shown
	periods      []string  // every period label from computed from to to
	computedFrom time.Time
	dataFrom     string // first period with data: counts are not zero-filled before it
}

func computeIndicator(ctx context.Context, db *sql.DB, ind *Indicator, q Query, names nameMaps) ([]Value, error) {
	dims := q.By
	if ind.Measure.Kind == KindMix && !q.has(Dimension(ind.Measure.Dimension)) {
		dims = append(append([]Dimension{}, q.By...), Dimension(ind.Measure.Dimension))
		sort.Slice(dims, func(i, j int) bool { return dimOrder(dims[i]) < dimOrder(dims[j]) })
	}
	w, err := spanOf(ctx, db, ind, q)
	if err != nil {
		return nil, err
	}
	if len(w.periods) == 0 {
		return nil, nil
	}
	b := &builder{ind: ind, q: q, dims: dims, w: w}
	query, args := b.build()
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var vals []Value
	for rows.Next() {
		keys := make([]sql.NullString, len(dims))
		grouped := make([]int, len(dims))
		dest := []any{new(string)}
		for i := range dims {
			dest = append(dest, &keys[i], &grouped[i])
		}
		var n sql.NullInt64
		var value, sd, k sql.NullFloat64
		dest = append(dest, &n, &value, &sd, &k)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		v := Value{Indicator: ind.ID, Period: *dest[0].(*string), Unit: ind.Unit, dims: dims, N: n.Int64}
		for i, d := range dims {
			if grouped[i] == 1 {
				continue // "all": the dimension is summed over
			}
			code := Unknown
			if keys[i].Valid {
				code = keys[i].String
			}
			setDim(&v, d, code, names)
		}
		if value.Valid && v.N > 0 {
			x := value.Float64
			v.Value = &x
		}
		v.sd = sd.Float64
		v.successes = k.Float64
		finishStats(&v, ind)
		vals = append(vals, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	vals = fillPeriods(vals, ind, dims, w)
	enrich(vals, ind)
	return shown(vals, w), nil
}

func dimOrder(d Dimension) int {
	for i, x := range Dimensions {
		if x == d {
			return i
		}
	}
	return len(Dimensions)
}

func setDim(v *Value, d Dimension, code string, names nameMaps) {
	c := code
	switch d {
	case ByDepartment:
		name := code
		if n, ok := names.departments[code]; ok {
			name = n
		}
		v.DepartmentCode, v.Department = &c, &name
	case ByService:
		name := code
		if n, ok := names.services[code]; ok {
			name = n
		}
		v.ServiceCode, v.Service = &c, &name
	case ByChannel:
		v.Channel = &c
	case ByGroup:
		v.Group = &c
	case ByMethod:
		v.Method = &c
	}
}

// finishStats adds the interval and the small-sample flag.
func finishStats(v *Value, ind *Indicator) {
	v.SmallSample = v.N < int64(ind.MinN)
	if v.Value == nil {
		return
	}
	switch ind.Measure.Kind {
	case KindMean:
		v.testable = "mean"
		if iv, ok := compare.MeanInterval(*v.Value, v.sd, v.N); ok {
			v.CILow, v.CIHigh = &iv.Low, &iv.High
		}
	case KindShare, KindMix:
		v.testable = "share"
		if iv, ok := compare.Wilson(v.successes, float64(v.N)); ok {
			lo, hi := iv.Low*100, iv.High*100
			v.CILow, v.CIHigh = &lo, &hi
		}
	}
}

// spanOf fixes the periods to compute: the requested range (or the data's own span) plus a year before.
func spanOf(ctx context.Context, db *sql.DB, ind *Indicator, q Query) (window, error) {
	var w window
	from, to := q.From, q.To
	var lo, hi sql.NullTime
	// The span of the data: the indicator's view, and for a ratio over two views both of them.
	span := fmt.Sprintf("SELECT %s AS d FROM %s", ind.dateColumn(), ind.Source)
	if m := ind.Measure; m.Kind == KindRatio && m.Den != nil && m.Den.Source != "" && m.Den.Source != ind.Source {
		span += fmt.Sprintf(" UNION ALL SELECT date FROM %s", m.Den.Source)
	}
	err := db.QueryRowContext(ctx, "SELECT min(d)::TIMESTAMP, max(d)::TIMESTAMP FROM ("+span+")").Scan(&lo, &hi)
	if err != nil {
		return w, err
	}
	if !lo.Valid {
		return w, nil // no records at all
	}
	w.dataFrom = compare.Label(lo.Time, string(q.Grain))
	{
		if from.IsZero() {
			from = lo.Time
		}
		if to.IsZero() {
			to = hi.Time
			if ind.Measure.Kind == KindOpenOverdue && q.Today.After(to) {
				to = q.Today
			}
		}
	}
	if to.Before(from) {
		return w, nil
	}
	grain := string(q.Grain)
	w.showFrom, w.showTo = compare.Label(from, grain), compare.Label(to, grain)
	w.from, w.to = from.AddDate(-1, 0, 0), to
	start, _, _ := compare.PeriodBounds(compare.Label(w.from, grain))
	w.computedFrom = start
	for d := start; !d.After(to); {
		label := compare.Label(d, grain)
		w.periods = append(w.periods, label)
		_, next, _ := compare.PeriodBounds(label)
		d = next
	}
	return w, nil
}

// fillPeriods gives every period a municipal total (no data, or 0 for counts) and, for counts,
// every seen dimension combination a 0 where it had no records: an empty period is a fact, not a gap.
func fillPeriods(vals []Value, ind *Indicator, dims []Dimension, w window) []Value {
	isCount := ind.Measure.Kind == KindCount || ind.Measure.Kind == KindOpenOverdue
	have := map[string]bool{}
	combos := map[string]Value{}
	for _, v := range vals {
		have[dimKey(v)+"|"+v.Period] = true
		if !v.IsTotal() {
			combos[dimKey(v)] = v
		}
	}
	totalProto := Value{Indicator: ind.ID, Unit: ind.Unit, dims: dims}
	if ind.Measure.Kind == KindMix {
		return vals // a mix has no single total per period
	}
	for _, p := range w.periods {
		protos := []Value{totalProto}
		if isCount && p < w.dataFrom {
			continue // before the first record: unknown, not zero
		}
		if isCount {
			for _, c := range combos {
				protos = append(protos, c)
			}
		}
		for _, proto := range protos {
			if have[dimKey(proto)+"|"+p] {
				continue
			}
			v := proto
			v.Period, v.N, v.CILow, v.CIHigh, v.Value = p, 0, nil, nil, nil
			v.SmallSample = 0 < ind.MinN
			if isCount {
				zero := 0.0
				v.Value = &zero
			}
			vals = append(vals, v)
		}
	}
	return vals
}

func dimKey(v Value) string {
	s := func(p *string) string {
		if p == nil {
			return "\x00"
		}
		return *p
	}
	return strings.Join([]string{s(v.DepartmentCode), s(v.ServiceCode), s(v.Channel), s(v.Group), s(v.Method)}, "\x1f")
}

// shown keeps the requested periods and sorts: period, total first, then by dimension names.
func shown(vals []Value, w window) []Value {
	var out []Value
	for _, v := range vals {
		if v.Period >= w.showFrom && v.Period <= w.showTo {
			out = append(out, v)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Period != b.Period {
			return a.Period < b.Period
		}
		if a.IsTotal() != b.IsTotal() {
			return a.IsTotal()
		}
		return sortKey(a) < sortKey(b)
	})
	return out
}

func sortKey(v Value) string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return strings.Join([]string{s(v.Department), s(v.Service), s(v.Channel), s(v.Group), s(v.Method)}, "\x1f")
}
