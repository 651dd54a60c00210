package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Sofia on machines without a zone database (Windows)

	"otzvuk/analytics/compare"
)

// Unknown labels a dimension value that the record does not state (e.g. a card with no respondent group).
const Unknown = "(не е посочено)"

var sofia, _ = time.LoadLocation("Europe/Sofia")

// Compute runs the query. Indicators of the simple kinds (mean, share, median, count) that read the
// same view by the same date share one scan; the other kinds get a query each. Tasks run concurrently,
// then the comparisons (previous period, a year earlier, significance), ranks and target status are
// added in Go.
//
// An indicator that fails at run time (a user's expression DuckDB cannot evaluate) never takes the
// others with it: the rest are returned with a *SkippedError naming each failed indicator by its
// own id and file. Use SplitSkipped to tell that from a failure of the whole request.
func Compute(ctx context.Context, db *sql.DB, cat *Catalog, q Query) ([]Value, error) {
	if q.Grain == "" {
		q.Grain = Month
	}
	if _, err := ParseGrain(string(q.Grain)); err != nil {
		return nil, err
	}
	if (q.has(ByMunicipality) || q.Filters[ByMunicipality] != nil) && !Pooled(ctx, db) {
		return nil, ErrNotPooled
	}
	for d, values := range q.Filters {
		if _, ok := dimensionColumn[d]; !ok {
			return nil, fmt.Errorf("unknown filter dimension %q", d)
		}
		if err := CheckFilter(d, values); err != nil {
			return nil, err
		}
	}
	if q.Today.IsZero() {
		q.Today = time.Now().In(sofia)
	}
	if err := checkPeriods(q); err != nil {
		return nil, err
	}
	var inds []*Indicator
	for _, id := range q.Indicators {
		ind, ok := cat.Get(id)
		if !ok {
			return nil, fmt.Errorf("unknown indicator %q", id)
		}
		inds = append(inds, ind)
	}
	env, err := newTaskEnv(ctx, db, cat)
	if err != nil {
		return nil, err
	}
	tasks := plan(inds, env.cubes != nil)
	results := make([]map[string][]Value, len(tasks))
	errs := make([]error, len(tasks))
	runAll(tasks, func(i int) { results[i], errs[i] = runTask(ctx, db, tasks[i], q, env) })
	byID := map[string][]Value{}
	var skipped []SkippedIndicator
	for i, t := range tasks {
		if errs[i] != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			// A shared scan failed: run its indicators one by one, so only the culprit is skipped
			// and the problem names it, not the scan's first indicator.
			for _, ind := range t {
				vals, err := runTask(ctx, db, []*Indicator{ind}, q, env)
				if err != nil {
					if ctx.Err() != nil {
						return nil, ctx.Err()
					}
					skipped = append(skipped, SkippedIndicator{ID: ind.ID, File: ind.File, User: ind.User, Reason: err.Error()})
					continue
				}
				byID[ind.ID] = vals[ind.ID]
			}
			continue
		}
		for id, vals := range results[i] {
			byID[id] = vals
		}
	}
	total := 0
	for _, ind := range inds {
		total += len(byID[ind.ID])
	}
	out := make([]Value, 0, total) // a dashboard's tens of thousands of values, copied once
	for _, ind := range inds {
		out = append(out, byID[ind.ID]...)
	}
	defaultFamilies(out)
	if len(skipped) > 0 {
		return out, &SkippedError{Skipped: skipped}
	}
	return out, nil
}

// runAll runs n tasks, a few at a time.
func runAll[T any](tasks []T, run func(i int)) {
	var wg sync.WaitGroup
	slots := make(chan struct{}, parallelQueries)
	for i := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			run(i)
		}()
	}
	wg.Wait()
}

// parallelQueries: DuckDB parallelises each query too; a few at once keeps both cores busy
// through the short queries.
const parallelQueries = 4

func simpleKind(k string) bool {
	return k == KindMean || k == KindShare || k == KindMedian || k == KindCount
}

// plan groups simple indicators by view and date column; every other indicator is a task of its own.
// Over cubes a median is a task of its own too (its histogram is its own cube).
func plan(inds []*Indicator, cubes bool) [][]*Indicator {
	var tasks [][]*Indicator
	group := map[string]int{}
	for _, ind := range inds {
		if !simpleKind(ind.Measure.Kind) || (cubes && ind.Measure.Kind == KindMedian) {
			tasks = append(tasks, []*Indicator{ind})
			continue
		}
		key := ind.Source + "|" + ind.dateColumn()
		if i, ok := group[key]; ok {
			tasks[i] = append(tasks[i], ind)
			continue
		}
		group[key] = len(tasks)
		tasks = append(tasks, []*Indicator{ind})
	}
	return tasks
}

type nameMaps struct{ departments, services, municipalities map[string]string }

func loadNames(ctx context.Context, db *sql.DB) (nameMaps, error) {
	n := nameMaps{departments: map[string]string{}, services: map[string]string{}, municipalities: map[string]string{}}
	queries := map[string]map[string]string{"SELECT code, name FROM departments": n.departments, "SELECT code, name FROM services": n.services}
	if Pooled(ctx, db) {
		queries["SELECT municipality, name FROM pool_packages"] = n.municipalities
	}
	for query, m := range queries {
		rows, err := db.QueryContext(ctx, query)
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
	dims         []Dimension
}

// taskEnv is what every task of one Compute shares: names, coverage spans, the cubes and the
// data spans already read.
type taskEnv struct {
	names nameMaps
	spans kindSpans
	cubes *cubeSet
	mu    sync.Mutex
	span  map[string]dataSpan
	keep  *taskEnv // the registry's copy for this data version: spans read are kept there too
}

// newTaskEnv reads what the tasks share. Names and spans depend only on the data, so with cubes
// (which know the data version) they are read once per version and kept with the cubes' registry:
// no per-request name lookups.
func newTaskEnv(ctx context.Context, db *sql.DB, cat *Catalog) (*taskEnv, error) {
	cubes := openCubes(ctx, db, cat)
	// The names and spans are kept by the data version they were read at: with the cubes' version,
	// or — a database too small for cubes — the request's snapshot's (a view's dozen Computes read
	// them once, not four queries each).
	reg, version := registryOf(db), ""
	if cubes != nil {
		version = cubes.version
	} else if s := snapshotOf(ctx, db); s != nil && !s.pooled {
		version = s.version
	}
	if version != "" {
		if env := reg.metaAt(version); env != nil {
			env.cubes = cubes
			return env, nil
		}
	}
	names, err := loadNames(ctx, db)
	if err != nil {
		return nil, err
	}
	spans, err := loadSpans(ctx, db)
	if err != nil {
		return nil, err
	}
	env := &taskEnv{names: names, spans: spans, cubes: cubes}
	// kept only when the data did not change while they were read (an import committing between
	// the request's snapshot and these reads would file the new names under the old version)
	if version != "" {
		if now, err := DataVersion(ctx, db); err == nil && now == version {
			reg.keepMeta(version, env)
		}
	}
	return env, nil
}

func runTask(ctx context.Context, db *sql.DB, inds []*Indicator, q Query, env *taskEnv) (map[string][]Value, error) {
	spans := env.spans
	out, w, err := scanTask(ctx, db, inds, q, env)
	if err != nil || len(w.periods) == 0 {
		return out, err
	}
	for _, ind := range inds {
		vals := fillPeriods(out[ind.ID], ind, w.dims, w)
		for i := range vals {
			vals[i].DateBasis = ind.DateBasis
		}
		markCompleteness(vals, spans.spanOfIndicator(ind), q, w.showFrom)
		enrich(vals, ind)
		out[ind.ID] = shown(vals, w)
	}
	if err := sameSpanAYearEarlier(ctx, db, inds, q, env, w, out); err != nil {
		return nil, err
	}
	return out, nil
}

// scanTask runs one task's query and turns its rows into values (no comparisons yet).
func scanTask(ctx context.Context, db *sql.DB, inds []*Indicator, q Query, env *taskEnv) (map[string][]Value, window, error) {
	names := env.names
	lead := inds[0]
	dims := q.By
	if lead.Measure.Kind == KindMix && !q.has(Dimension(lead.Measure.Dimension)) {
		dims = append(append([]Dimension{}, q.By...), Dimension(lead.Measure.Dimension))
		sort.Slice(dims, func(i, j int) bool { return dimOrder(dims[i]) < dimOrder(dims[j]) })
	}
	w, err := spanOf(ctx, db, lead, q, env)
	if err != nil {
		return nil, w, err
	}
	w.dims = dims
	out := map[string][]Value{}
	if len(w.periods) == 0 {
		return out, w, nil
	}
	b := &builder{ind: lead, inds: inds, q: q, dims: dims, w: w, cube: cubesFor(ctx, env.cubes, inds)}
	query, args := b.build()
	var rows *sql.Rows
	if b.cube != nil {
		rows, err = env.cubes.query(ctx, query, args...)
	} else {
		rows, err = db.QueryContext(ctx, query, args...)
	}
	if err != nil && b.cube != nil && ctx.Err() == nil {
		// A cube dropped under this request by a newer one (the data changed): read the records.
		b = &builder{ind: lead, inds: inds, q: q, dims: dims, w: w}
		query, args = b.build()
		rows, err = db.QueryContext(ctx, query, args...)
	}
	if err != nil {
		return nil, w, err
	}
	defer rows.Close()
	keys := make([]sql.NullString, len(dims))
	grouped := make([]int, len(dims))
	stats := make([]struct {
		n            sql.NullInt64
		value, sd, k sql.NullFloat64
	}, len(inds))
	var period time.Time
	dest := []any{&period}
	for i := range dims {
		dest = append(dest, &keys[i], &grouped[i])
	}
	for i := range inds {
		dest = append(dest, &stats[i].n, &stats[i].value, &stats[i].sd, &stats[i].k)
	}
	grain := string(q.Grain)
	rollup := b.rollup()
	totals := map[string][]sums{} // period → per indicator, when totals are pooled here
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, w, err
		}
		label := compare.Label(period, grain)
		if rollup && totals[label] == nil {
			totals[label] = make([]sums, len(inds))
		}
		for i, ind := range inds {
			st := stats[i]
			if st.n.Int64 == 0 && simpleKind(ind.Measure.Kind) {
				continue // no record of this indicator here (the row exists for another, or for the view)
			}
			sm := sums{n: st.n.Int64, a: st.value.Float64, b: st.sd.Float64, k: st.k.Float64, aValid: st.value.Valid}
			if rollup {
				totals[label][i].add(sm)
			}
			v := Value{Indicator: ind.ID, Period: label, Unit: ind.Unit, dims: dims}
			for j, d := range dims {
				if grouped[j] == 1 {
					continue // "all": the dimension is summed over
				}
				code := Unknown
				if keys[j].Valid {
					code = keys[j].String
				}
				setDim(&v, d, code, names)
			}
			sm.into(&v, ind)
			if out[ind.ID] == nil {
				out[ind.ID] = make([]Value, 0, len(w.periods)*8) // a period × a few dimension values: fewer copies as it grows
			}
			out[ind.ID] = append(out[ind.ID], v)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, w, err
	}
	for label, per := range totals {
		for i, ind := range inds {
			if per[i].n == 0 {
				continue
			}
			v := Value{Indicator: ind.ID, Period: label, Unit: ind.Unit, dims: dims}
			per[i].into(&v, ind)
			out[ind.ID] = append(out[ind.ID], v)
		}
	}
	return out, w, nil
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
	case ByMunicipality:
		name := code
		if n, ok := names.municipalities[code]; ok {
			name = n
		}
		v.Municipality, v.MunicipalityName = &c, &name
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
		if iv, ok := compare.MeanInterval(*v.Value, v.sd, v.N); ok && finite(iv.Low) && finite(iv.High) {
			lo, hi, clipped := clipToUnit(ind.Unit, *v.Value, iv.Low, iv.High)
			v.CILow, v.CIHigh, v.CIClipped = &lo, &hi, clipped
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
func spanOf(ctx context.Context, db *sql.DB, ind *Indicator, q Query, env *taskEnv) (window, error) {
	var w window
	from, to := q.From, q.To
	// The span of the data: the indicator's view, and for a ratio over two views both of them.
	span := spanSource(ind.Source, ind.dateColumn())
	if m := ind.Measure; m.Kind == KindRatio && m.Den != nil && m.Den.Source != "" && m.Den.Source != ind.Source {
		span += " UNION ALL " + spanSource(m.Den.Source, "date")
	}
	ds, err := env.dataSpan(ctx, db, span)
	if err != nil {
		return w, err
	}
	lo, hi := ds.lo, ds.hi
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

// dataSpan is the first and last date of a span source.
type dataSpan struct{ lo, hi sql.NullTime }

// dataSpan reads a span source once per Compute: indicators over one view share it.
func (env *taskEnv) dataSpan(ctx context.Context, db *sql.DB, span string) (dataSpan, error) {
	env.mu.Lock()
	ds, ok := env.span[span]
	env.mu.Unlock()
	if ok {
		return ds, nil
	}
	if err := db.QueryRowContext(ctx, "SELECT min(d)::TIMESTAMP, max(d)::TIMESTAMP FROM ("+span+")").Scan(&ds.lo, &ds.hi); err != nil {
		return ds, err
	}
	env.mu.Lock()
	if env.span == nil {
		env.span = map[string]dataSpan{}
	}
	env.span[span] = ds
	env.mu.Unlock()
	if k := env.keep; k != nil {
		k.mu.Lock()
		k.span[span] = ds
		k.mu.Unlock()
	}
	return ds, nil
}

// spanSource selects the dates a view's records can have. A view over a join reads its dates from
// the table that has them (a superset, at a fraction of the cost): periods with no records simply
// come out as "no data".
func spanSource(view, col string) string {
	if view == "v_survey_ratings" && col == "date" {
		return "SELECT response_date AS d FROM survey_responses"
	}
	if view == "v_mystery_items" && col == "date" {
		return "SELECT visit_date AS d FROM mystery_visits"
	}
	return fmt.Sprintf("SELECT %s AS d FROM %s", col, view)
}

// fillPeriods gives every period a municipal total (no data, or 0 for counts) and, for counts,
// every seen dimension combination a 0 where it had no records: an empty period is a fact, not a gap.
func fillPeriods(vals []Value, ind *Indicator, dims []Dimension, w window) []Value {
	if ind.Measure.Kind == KindMix {
		return vals // a mix has no single total per period
	}
	isCount := ind.Measure.Kind == KindCount || ind.Measure.Kind == KindOpenOverdue
	type cell struct{ dims, period string }
	type proto struct {
		key string
		v   Value
	}
	have := map[cell]bool{}
	combos := map[string]Value{}
	for _, v := range vals {
		k := dimKey(v)
		have[cell{k, v.Period}] = true
		if isCount && !v.IsTotal() {
			combos[k] = v
		}
	}
	total := Value{Indicator: ind.ID, Unit: ind.Unit, dims: dims}
	protos := []proto{{dimKey(total), total}}
	for k, c := range combos {
		protos = append(protos, proto{k, c})
	}
	for _, p := range w.periods {
		if isCount && p < w.dataFrom {
			continue // before the first record: unknown, not zero
		}
		for _, pr := range protos {
			if have[cell{pr.key, p}] {
				continue
			}
			v := pr.v
			v.Period, v.N, v.CILow, v.CIHigh, v.CIClipped, v.Value = p, 0, nil, nil, false, nil
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
	return strings.Join([]string{s(v.DepartmentCode), s(v.ServiceCode), s(v.Channel), s(v.Group), s(v.Method), s(v.Municipality)}, "\x1f")
}

// shown keeps the requested periods and sorts: period, total first, then by dimension names.
func shown(vals []Value, w window) []Value {
	// Sorted by keys made once per value, moving indices: a Value is large, and a dashboard sorts
	// tens of thousands of them.
	type entry struct {
		period, key string
		total       bool
		i           int
	}
	var keep []entry
	for i, v := range vals {
		if v.Period >= w.showFrom && v.Period <= w.showTo {
			keep = append(keep, entry{v.Period, sortKey(v), v.IsTotal(), i})
		}
	}
	slices.SortStableFunc(keep, func(a, b entry) int {
		if c := strings.Compare(a.period, b.period); c != 0 {
			return c
		}
		if a.total != b.total {
			if a.total {
				return -1
			}
			return 1
		}
		return strings.Compare(a.key, b.key)
	})
	out := make([]Value, len(keep))
	for k, e := range keep {
		out[k] = vals[e.i]
	}
	return out
}

func sortKey(v Value) string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return strings.Join([]string{s(v.Department), s(v.Service), s(v.Channel), s(v.Group), s(v.Method), s(v.MunicipalityName)}, "\x1f")
}

// sums are what SQL returns for one indicator in one cell: for simple kinds the sufficient statistics
// (n, Σx, Σx², successes), for the others n, value, sd and successes as they are.
type sums struct {
	n       int64
	a, b, k float64
	aValid  bool
}

func (s *sums) add(o sums) {
	s.n += o.n
	s.a += o.a
	s.b += o.b
	s.k += o.k
	s.aValid = s.aValid || o.aValid
}

// into turns the cell's statistics into the value, its interval and the small-sample flag.
func (s sums) into(v *Value, ind *Indicator) {
	v.N = s.n
	switch ind.Measure.Kind {
	case KindMean:
		if s.n > 0 {
			mean := s.a / float64(s.n)
			v.Value = &mean
			if s.n > 1 {
				v.sd = math.Sqrt(math.Max(0, (s.b-s.a*s.a/float64(s.n))/float64(s.n-1)))
			}
		}
	case KindShare:
		if s.n > 0 {
			share := 100 * s.k / float64(s.n)
			v.Value = &share
		}
		v.successes = s.k
	case KindCount:
		c := float64(s.n)
		v.Value = &c
	default: // median, ratio, mix, open_overdue, coverage: SQL gave the value (and successes for a mix)
		if s.aValid && s.n > 0 {
			x := s.a
			v.Value = &x
		}
		v.sd, v.successes = s.b, s.k
	}
	keepFinite(v)
	finishStats(v, ind)
}

// keepFinite: NaN and ±Inf never reach a user. A value that is not a finite number (a user's
// expression dividing by zero, sums beyond float64) becomes "no value" with the reason.
func keepFinite(v *Value) {
	if v.Value != nil && !finite(*v.Value) {
		v.Value, v.Note = nil, "not_finite"
	}
	if !finite(v.sd) {
		v.sd = 0
	}
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
