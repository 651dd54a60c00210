package methodology

import (
	"fmt"
	"regexp"
	"strings"

	"otzvuk/analytics/compare"
)

// builder writes one indicator's query. Catalogue expressions (checked by checkExpr) and fixed
// fragments are the only text that reaches SQL; dates and filter values are parameters.
type builder struct {
	ind  *Indicator   // the task's lead indicator (its view and date column)
	inds []*Indicator // simple kinds: every indicator computed by this scan
	q    Query
	dims []Dimension
	w    window
	args []any
	// cube: the tables of the task's cubes, when it reads them (cube_read.go) instead of records:
	// the stats, histogram, count or methods cube, or for a ratio the numerator's and denominator's.
	cube *taskCubes
}

// build returns SQL whose rows are: period (a DATE), (key, grouped) per dimension, then
// n, value, sd, successes per indicator.
func (b *builder) build() (string, []any) {
	if b.cube != nil {
		return b.fromCubes(), b.args
	}
	switch b.ind.Measure.Kind {
	case KindRatio:
		return b.ratio(), b.args
	case KindMix:
		return b.mix(), b.args
	case KindOpenOverdue:
		return b.openOverdue(), b.args
	case KindCoverage:
		return b.coverage(), b.args
	}
	// Sufficient statistics per indicator, each value and condition computed once per record.
	var cols, aggs []string
	var names []statNames
	seen := map[string]string{} // per-record expression → its column: indicators of one scan often share a value
	for i, ind := range b.inds {
		c, a := simpleAggregates(ind, i)
		rename := map[string]string{}
		for _, col := range c {
			at := strings.LastIndex(col, " AS ")
			expr, name := col[:at], col[at+len(" AS "):]
			if first, ok := seen[expr]; ok {
				rename[name] = first // evaluated once, aggregated under each indicator's filter
				continue
			}
			seen[expr] = name
			cols = append(cols, col)
		}
		if len(rename) > 0 {
			// The aggregates hold only fixed SQL and these column names (f0, x0, k0…).
			a = columnName.ReplaceAllStringFunc(a, func(n string) string {
				if r, ok := rename[n]; ok {
					return r
				}
				return n
			})
		}
		aggs = append(aggs, a)
		res := func(n string) string {
			if r, ok := rename[n]; ok {
				return r
			}
			return n
		}
		names = append(names, statNames{ind.Measure.Kind, res(fmt.Sprintf("f%d", i)), res(fmt.Sprintf("x%d", i)), res(fmt.Sprintf("k%d", i))})
	}
	where := b.where(b.ind.Source, "", b.ind.dateColumn())
	rec := fmt.Sprintf("SELECT %s AS period%s, %s FROM %s WHERE %s",
		b.q.Grain.periodSQL(b.ind.dateColumn()), b.dimSelect(""), strings.Join(cols, ", "), b.ind.Source, where)
	group, dimAgg := b.groupBy(), b.dimAgg()
	if b.rollup() {
		// Totals are pooled in Go from these sums: half the aggregation work of GROUPING SETS.
		group = "GROUP BY period"
		var flags strings.Builder
		for i := range b.dims {
			group += fmt.Sprintf(", d%d", i)
			fmt.Fprintf(&flags, ", d%d, 0 AS g%d", i, i)
		}
		dimAgg = flags.String()
		pre, final := preAggregates(names)
		// Two steps: the records summed per period, dimensions and combination of the indicators'
		// conditions (a few aggregates, no FILTER, over every record), then each indicator's
		// filtered sums over those few thousand groups — rather than every indicator's filtered
		// aggregates over every record.
		return fmt.Sprintf("WITH rec AS (%s),\npre AS (SELECT period%s, %s FROM rec GROUP BY ALL)\nSELECT period%s, %s FROM pre %s",
			rec, ", "+strings.Join(b.dimNames(), ", "), pre, dimAgg, strings.Join(final, ",\n  "), group), b.args
	}
	return fmt.Sprintf("WITH rec AS (%s)\nSELECT period%s, %s FROM rec %s", rec, dimAgg, strings.Join(aggs, ",\n  "), group), b.args
}

// statNames: the per-record columns an indicator of a shared scan reads (after sharing).
type statNames struct{ kind, f, x, k string }

// preAggregates: the first step's columns (every condition as a key, then per value column its
// count, Σ and Σ², per success column its Σ, and the records) and each indicator's aggregates over
// them, in simpleAggregates' order: n, a, b, k.
func preAggregates(names []statNames) (pre string, final []string) {
	var keys, sums []string
	done := map[string]bool{}
	once := func(list *[]string, key, col string) {
		if !done[key] {
			done[key] = true
			*list = append(*list, col)
		}
	}
	for _, n := range names {
		once(&keys, n.f, n.f)
		switch n.kind {
		case KindMean:
			once(&sums, n.x, fmt.Sprintf("count(%s) AS c_%s, sum(%s) AS s_%s, sum(%s * %s) AS q_%s", n.x, n.x, n.x, n.x, n.x, n.x, n.x))
			final = append(final, fmt.Sprintf("coalesce(sum(c_%s) FILTER (WHERE %s), 0)::BIGINT, sum(s_%s) FILTER (WHERE %s), sum(q_%s) FILTER (WHERE %s), NULL::DOUBLE",
				n.x, n.f, n.x, n.f, n.x, n.f))
		case KindShare:
			once(&sums, n.k, fmt.Sprintf("sum(%s) AS s_%s", n.k, n.k))
			final = append(final, fmt.Sprintf("coalesce(sum(n_rec) FILTER (WHERE %s), 0)::BIGINT, NULL::DOUBLE, NULL::DOUBLE, (sum(s_%s) FILTER (WHERE %s))::DOUBLE", n.f, n.k, n.f))
		default: // count
			final = append(final, fmt.Sprintf("coalesce(sum(n_rec) FILTER (WHERE %s), 0)::BIGINT, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE", n.f))
		}
	}
	return strings.Join(append(keys, append(sums, "count(*) AS n_rec")...), ", "), final
}

var columnName = regexp.MustCompile(`\b[fxk][0-9]+\b`)

// rollup tells whether municipal totals are pooled in Go rather than grouped in SQL: possible when
// every indicator of the scan has additive statistics (not a median) and there is a dimension to sum over.
func (b *builder) rollup() bool {
	if len(b.dims) == 0 || !simpleKind(b.ind.Measure.Kind) {
		return false
	}
	for _, ind := range b.inds {
		if ind.Measure.Kind == KindMedian {
			return false
		}
	}
	return true
}

// simpleAggregates returns the per-record columns of indicator i and its aggregates:
// n, a, b, k — mean: count, Σx, Σx²; share: count, -, -, successes; count: count; median: count, median.
func simpleAggregates(ind *Indicator, i int) (cols []string, agg string) {
	m := ind.Measure
	f := "true"
	if m.Filter != "" {
		f = "(" + m.Filter + ")"
	}
	fi, xi, ki := fmt.Sprintf("f%d", i), fmt.Sprintf("x%d", i), fmt.Sprintf("k%d", i)
	cols = []string{fmt.Sprintf("coalesce(%s, false) AS %s", f, fi)}
	switch m.Kind {
	case KindMean:
		cols = append(cols, fmt.Sprintf("(%s)::DOUBLE AS %s", m.Value, xi))
		return cols, fmt.Sprintf("count(%s) FILTER (WHERE %s), sum(%s) FILTER (WHERE %s), sum(%s * %s) FILTER (WHERE %s), NULL::DOUBLE", xi, fi, xi, fi, xi, xi, fi)
	case KindMedian:
		cols = append(cols, fmt.Sprintf("(%s)::DOUBLE AS %s", m.Value, xi))
		return cols, fmt.Sprintf("count(%s) FILTER (WHERE %s), median(%s) FILTER (WHERE %s), NULL::DOUBLE, NULL::DOUBLE", xi, fi, xi, fi)
	case KindShare:
		cols = append(cols, fmt.Sprintf("CASE WHEN (%s) THEN 1 ELSE 0 END AS %s", m.Numerator, ki))
		return cols, fmt.Sprintf("count(*) FILTER (WHERE %s), NULL::DOUBLE, NULL::DOUBLE, (sum(%s) FILTER (WHERE %s))::DOUBLE", fi, ki, fi)
	}
	return cols, fmt.Sprintf("count(*) FILTER (WHERE %s), NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE", fi)
}

// coverage: the share of the listed methods with at least one record.
func (b *builder) coverage() string {
	m := b.ind.Measure
	where := b.where(b.ind.Source, m.Filter, "date") + " AND method IN (" + b.params(m.Methods) + ")"
	rec := fmt.Sprintf("SELECT %s AS period%s, method AS x FROM %s WHERE %s", b.q.Grain.periodSQL("date"), b.dimSelect(""), b.ind.Source, where)
	return b.countMethods(rec)
}

// countMethods: the distinct methods of rec (period, d0…, x) over the listed ones.
func (b *builder) countMethods(rec string) string {
	m := b.ind.Measure
	return fmt.Sprintf("WITH rec AS (%s)\nSELECT period%s, count(DISTINCT x), 100.0 * count(DISTINCT x) / %d, NULL::DOUBLE, NULL::DOUBLE FROM rec %s",
		rec, b.dimAgg(), len(m.Methods), b.groupBy())
}

// where: the record has a date in the computed span, passes the catalogue filter and the user's filters.
func (b *builder) where(view, filter, dateCol string) string {
	parts := []string{dateCol + " IS NOT NULL"}
	if filter != "" {
		parts = append(parts, "("+filter+")")
	}
	if !b.w.computedFrom.IsZero() {
		parts = append(parts, dateCol+" >= ?::DATE")
		b.args = append(b.args, b.w.computedFrom.Format("2006-01-02"))
	}
	if !b.w.to.IsZero() {
		parts = append(parts, dateCol+" <= ?::DATE")
		b.args = append(b.args, b.w.to.Format("2006-01-02"))
	}
	if !b.q.From.IsZero() {
		// The first shown period starts at From, not at its calendar start; earlier periods are
		// computed whole, for the comparisons.
		start, _, _ := compare.PeriodBounds(b.w.showFrom)
		parts = append(parts, fmt.Sprintf("(%s < ?::DATE OR %s >= ?::DATE)", dateCol, dateCol))
		b.args = append(b.args, start.Format("2006-01-02"), b.q.From.Format("2006-01-02"))
	}
	return strings.Join(append(parts, b.filterSQL("")...), " AND ")
}

func (b *builder) filterSQL(prefix string) []string {
	var parts []string
	for _, d := range Dimensions { // fixed order: the same query text for the same request
		codes, ok := b.q.Filters[d]
		if !ok {
			continue
		}
		if len(codes) == 0 {
			parts = append(parts, "false")
			continue
		}
		parts = append(parts, prefix+dimensionColumn[d]+" IN ("+b.params(codes)+")")
	}
	return parts
}

func (b *builder) params(values []string) string {
	marks := make([]string, len(values))
	for i, v := range values {
		marks[i] = "?"
		b.args = append(b.args, v)
	}
	return strings.Join(marks, ", ")
}

func (b *builder) dimSelect(prefix string) string {
	var s strings.Builder
	for i, d := range b.dims {
		fmt.Fprintf(&s, ", %s%s AS d%d", prefix, dimensionColumn[d], i)
	}
	return s.String()
}

// dimAgg selects, in an aggregate, each dimension key and whether it was summed over (GROUPING = 1).
func (b *builder) dimAgg() string {
	var s strings.Builder
	for i := range b.dims {
		fmt.Fprintf(&s, ", d%d, GROUPING(d%d)::INTEGER AS g%d", i, i, i)
	}
	return s.String()
}

// dimCols re-selects dimension keys and grouping flags already computed by an inner query.
func (b *builder) dimCols(expr func(col string) string) string {
	var s strings.Builder
	for i := range b.dims {
		fmt.Fprintf(&s, ", %s, %s", expr(fmt.Sprintf("d%d", i)), expr(fmt.Sprintf("g%d", i)))
	}
	return s.String()
}

func (b *builder) dimNames() []string {
	out := make([]string, len(b.dims))
	for i := range b.dims {
		out[i] = fmt.Sprintf("d%d", i)
	}
	return out
}

// groupBy groups by period and every dimension, plus by period alone for the municipal total.
func (b *builder) groupBy() string {
	if len(b.dims) == 0 {
		return "GROUP BY period"
	}
	return fmt.Sprintf("GROUP BY GROUPING SETS ((period, %s), (period))", strings.Join(b.dimNames(), ", "))
}

// side aggregates one side of a ratio: Σ value and the number of records, per period and dimensions.
func (b *builder) side(sd *Side) string {
	src, date := sideSource(b.ind, sd)
	where := b.where(src, sd.Filter, date)
	if b.ind.Measure.Filter != "" && src == b.ind.Source {
		where += " AND (" + b.ind.Measure.Filter + ")"
	}
	return fmt.Sprintf(`SELECT period%s, sum(v) AS s, count(*) FILTER (WHERE v <> 0) AS c FROM (
    SELECT %s AS period%s, (%s)::DOUBLE AS v FROM %s WHERE %s) %s`,
		b.dimAgg(), b.q.Grain.periodSQL(date), b.dimSelect(""), sd.Value, src, where, b.groupBy())
}

// ratio joins the two sides; n is the number of denominator records.
func (b *builder) ratio() string {
	m := b.ind.Measure
	return b.joinSides(b.side(m.Num), b.side(m.Den))
}

// joinSides puts a ratio's two sides together; n is the number of denominator records.
func (b *builder) joinSides(num, den string) string {
	m := b.ind.Measure
	scale := m.Scale
	if scale == 0 {
		scale = 1
	}
	on := []string{"num.period = den.period"}
	for i := range b.dims {
		on = append(on, fmt.Sprintf("num.d%d IS NOT DISTINCT FROM den.d%d AND num.g%d = den.g%d", i, i, i, i))
	}
	return fmt.Sprintf(`WITH num AS (%s), den AS (%s)
SELECT coalesce(den.period, num.period)%s, coalesce(den.c, 0), %v * coalesce(num.s, 0) / NULLIF(den.s, 0), NULL::DOUBLE, NULL::DOUBLE
FROM den FULL OUTER JOIN num ON %s`,
		num, den, b.dimCols(func(c string) string { return fmt.Sprintf("coalesce(den.%s, num.%s)", c, c) }), scale, strings.Join(on, " AND "))
}

// mix: the share of each value of the mix dimension among the records of its group;
// the municipal rows keep the mix dimension and sum over the others.
func (b *builder) mix() string {
	m := b.ind.Measure
	where := b.where(b.ind.Source, m.Filter, b.ind.dateColumn())
	rec := fmt.Sprintf("SELECT %s AS period%s FROM %s WHERE %s", b.q.Grain.periodSQL(b.ind.dateColumn()), b.dimSelect(""), b.ind.Source, where)
	return b.mixOf(rec, "count(*)")
}

// mixOf: the shares over rec (period, d0…), each row counting as count (count(*), or a cube's sum(c)).
func (b *builder) mixOf(rec, count string) string {
	m := b.ind.Measure
	mixIdx := -1
	var others []string
	for i, d := range b.dims {
		if string(d) == m.Dimension {
			mixIdx = i
		} else {
			others = append(others, fmt.Sprintf("d%d", i))
		}
	}
	mixCol := fmt.Sprintf("d%d", mixIdx)
	sets := fmt.Sprintf("GROUP BY period, %s", strings.Join(b.dimNames(), ", "))
	if len(others) > 0 {
		sets = fmt.Sprintf("GROUP BY GROUPING SETS ((period, %s), (period, %s))", strings.Join(b.dimNames(), ", "), mixCol)
	}
	partition := []string{"period"}
	for i := range b.dims {
		if i != mixIdx {
			partition = append(partition, fmt.Sprintf("d%d", i), fmt.Sprintf("g%d", i))
		}
	}
	return fmt.Sprintf(`WITH rec AS (%s),
g AS (SELECT period%s, %s::BIGINT AS c FROM rec %s)
SELECT period%s, sum(c) OVER w, 100.0 * c / sum(c) OVER w, NULL::DOUBLE, c::DOUBLE
FROM g WINDOW w AS (PARTITION BY %s)`,
		rec, b.dimAgg(), count, sets, b.dimCols(func(c string) string { return c }), strings.Join(partition, ", "))
}

// openOverdue counts, at each period's last day (or today, for the running period), the records
// received by then, not yet decided, and past their deadline.
func (b *builder) openOverdue() string {
	return b.overdueAt(func() string {
		spanCols, parts := openSpans(b.ind)
		parts = append(parts, b.filterSQL("s.")...)
		return fmt.Sprintf("SELECT open_from, open_to%s, 1 AS c FROM (SELECT s.*, %s FROM %s s WHERE %s) s\n  WHERE s.open_to IS NOT NULL AND s.open_from < s.open_to",
			b.dimSelect("s."), spanCols, b.ind.Source, strings.Join(parts, " AND "))
	}, nil)
}

// openSpans: the columns giving each record's open-and-overdue span [open_from, open_to) and the
// conditions for a record to have one (with the catalogue filter), over the view aliased s.
func openSpans(ind *Indicator) (spanCols string, parts []string) {
	// A record is open and overdue at the period ends e with open_from <= e < open_to (a half-open
	// span of days).
	// Signals: received by e, past the deadline (received + deadline_days < e), not decided by e.
	spanCols = "greatest(s.received_date, s.received_date + s.deadline_days + 1) AS open_from, coalesce(s.decided_date, DATE '9999-12-31') AS open_to"
	parts = []string{"s.received_date IS NOT NULL", "s.deadline_days IS NOT NULL"}
	if ind.Source == "v_service_requests" {
		// Open at the end: still open now, or closed (completed, refused, cancelled) only after the
		// end. A closed request without a closing date closed at an unknown time: never counted.
		spanCols = "greatest(s.submitted_date, s.due_date + 1) AS open_from, " +
			"CASE WHEN s.status = 'open' THEN DATE '9999-12-31' ELSE coalesce(s.cancelled_date, s.completed_date) END AS open_to"
		parts = []string{"s.submitted_date IS NOT NULL", "s.due_date IS NOT NULL"}
	}
	if f := ind.Measure.Filter; f != "" {
		parts = append(parts, "("+f+")")
	}
	return spanCols, parts
}

// overdueAt counts, at each period's last day (or today, for the running period), the records of
// open (open_from, open_to, d0…, c: how many records share that span; its parameters follow the
// period ends') open and past their deadline. With atOtherEnds (the cubes: open holds spans moved
// to month ends), open is stepped through the month ends only, and the other ends (today) count
// the spans of atOtherEnds directly.
func (b *builder) overdueAt(openSQL, atOtherEnds func() string) string {
	ends := b.periodEnds()
	// Counted without pairing records with ends (a join that made ~12M pairs at 1M records to keep
	// a few thousand): each record adds 1 at the first end on or after open_from and takes it back
	// at the first end on or after open_to (two ASOF lookups into the distinct, numbered ends); the
	// count at an end is the running sum of those steps up to it.
	var o, d strings.Builder
	for _, n := range b.dimNames() {
		o.WriteString(", o." + n)
		d.WriteString(", " + n)
	}
	st := strings.ReplaceAll(o.String(), "o.", "st.")
	open := openSQL()
	stepped, others := "ends", ""
	if atOtherEnds != nil {
		stepped = "mends"
		others = fmt.Sprintf(`
  UNION ALL
  SELECT e.period%s, sum(o.c) AS n FROM ends e JOIN (%s) o ON o.open_from <= e.end_date AND e.end_date < o.open_to
  WHERE e.end_date <> last_day(e.end_date) GROUP BY ALL`, o.String(), atOtherEnds())
	}
	return fmt.Sprintf(`WITH ends(period, end_date) AS (%s),
mends AS (SELECT * FROM ends WHERE end_date = last_day(end_date)),
marks AS (SELECT end_date, row_number() OVER (ORDER BY end_date) AS k FROM (SELECT DISTINCT end_date FROM %s)),
open AS (%s),
ev AS (SELECT m.k, o.c AS delta%s FROM open o ASOF JOIN marks m ON o.open_from <= m.end_date
  UNION ALL SELECT m.k, -o.c AS delta%s FROM open o ASOF JOIN marks m ON o.open_to <= m.end_date),
steps AS (SELECT k%s, sum(delta) AS delta FROM ev GROUP BY ALL),
rec AS (SELECT e.period%s, sum(st.delta) AS n FROM %s e JOIN marks m ON m.end_date = e.end_date JOIN steps st ON st.k <= m.k
  GROUP BY ALL HAVING sum(st.delta) > 0%s)
SELECT period%s, sum(n)::BIGINT, sum(n)::DOUBLE, NULL::DOUBLE, NULL::DOUBLE FROM rec %s`,
		ends, stepped, open, o.String(), o.String(), d.String(), st, stepped, others, b.dimAgg(), b.groupBy())
}

// periodEnds: the rows (period start, the day its count is taken) of every period computed —
// the period's last day, or for the running one today (or the query's end) — made by DuckDB from
// three parameters (a VALUES list of every period cost more to plan than the count to run).
func (b *builder) periodEnds() string {
	asOf := b.q.Today
	if !b.q.To.IsZero() && b.q.To.Before(asOf) {
		asOf = b.q.To
	}
	first, _, _ := compare.PeriodBounds(b.w.periods[0])
	last, _, _ := compare.PeriodBounds(b.w.periods[len(b.w.periods)-1])
	step := map[Grain]string{Quarter: "3 months", Year: "1 year"}[b.q.Grain] // fixed text by grain
	if step == "" {
		step = "1 month"
	}
	b.args = append(b.args, day(asOf).Format("2006-01-02"), first.Format("2006-01-02"), last.Format("2006-01-02"))
	return fmt.Sprintf("SELECT p::DATE, least((p + INTERVAL '%s')::DATE - 1, ?::DATE) FROM generate_series(?::DATE, ?::DATE, INTERVAL '%s') t(p)", step, step)
}
