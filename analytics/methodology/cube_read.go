package methodology

import (
	"context"
	"fmt"
	"strings"
	"time"

	"otzvuk/analytics/compare"
)

// taskCubes are the cubes one task reads: main (stats, histogram, count or methods), or num and
// den for a ratio; col is the stats cube's column suffix per indicator id.
type taskCubes struct {
	main, num, den string
	col            map[string]int
}

// cubesFor resolves the task's cubes (building what is not current); nil when the task reads the
// records: no cubes, or a cube that could not be had.
func cubesFor(ctx context.Context, cs *cubeSet, inds []*Indicator) *taskCubes {
	if cs == nil {
		return nil
	}
	lead := inds[0]
	m := lead.Measure
	switch m.Kind {
	case KindMean, KindShare, KindCount:
		d := statsCube(lead.Source, lead.dateColumn(), statsPeers(cs.cat, lead.Source, lead.dateColumn()))
		for _, ind := range inds {
			if _, ok := d.col[ind.ID]; !ok || ind.Measure.Kind == KindMedian {
				return nil
			}
		}
		if t := cs.ensure(ctx, d); t != "" {
			return &taskCubes{main: t, col: d.col}
		}
	case KindMedian:
		if len(inds) != 1 {
			return nil
		}
		if t := cs.ensure(ctx, histCube(lead)); t != "" {
			return &taskCubes{main: t}
		}
	case KindRatio:
		num, den := cs.ensure(ctx, sideCube(lead, m.Num)), cs.ensure(ctx, sideCube(lead, m.Den))
		if num != "" && den != "" {
			return &taskCubes{num: num, den: den}
		}
	case KindMix:
		if t := cs.ensure(ctx, countCube(lead)); t != "" {
			return &taskCubes{main: t}
		}
	case KindCoverage:
		if t := cs.ensure(ctx, existsCube(lead)); t != "" {
			return &taskCubes{main: t}
		}
	case KindOpenOverdue:
		if t := cs.ensure(ctx, spansCube(lead)); t != "" {
			return &taskCubes{main: t}
		}
	}
	return nil
}

// fromCubes writes the task's query over its cubes. Its rows are those of the query over the
// records (build): period, (key, grouped) per dimension, then n, value, sd, successes per indicator.
func (b *builder) fromCubes() string {
	switch b.ind.Measure.Kind {
	case KindRatio:
		return b.joinSides(b.cubeSide(b.ind.Measure.Num, b.cube.num), b.cubeSide(b.ind.Measure.Den, b.cube.den))
	case KindMix:
		date := b.ind.dateColumn()
		rec := fmt.Sprintf("SELECT %s AS period%s, c FROM %s", b.q.Grain.periodSQL(date), b.dimSelect(""), b.cubeFrom(b.cube.main, date))
		return b.mixOf(rec, "sum(c)")
	case KindCoverage:
		m := b.ind.Measure
		from := b.cubeFrom(b.cube.main, "date")
		rec := fmt.Sprintf("SELECT %s AS period%s, method AS x FROM %s WHERE method IN (%s)", b.q.Grain.periodSQL("date"), b.dimSelect(""), from, b.params(m.Methods))
		return b.countMethods(rec)
	case KindMedian:
		return b.cubeMedian()
	case KindOpenOverdue:
		return b.cubeOverdue()
	}
	return b.cubeStats()
}

// cubeFrom is the cube's rows in the query's days: whole months from the monthly cube, the days
// of a month the query covers only in part from the daily one; the query's dimension filters
// apply to both. The days are those where() selects from records: the computed span, less the
// first shown period's days before From.
func (b *builder) cubeFrom(table, date string) string {
	lower, upper := b.w.computedFrom, b.w.to
	if b.q.To.IsZero() {
		// With no end asked for, the span ends on the data's last date: no record is later, so its
		// month reads whole from the monthly cube.
		upper = monthStart(upper).AddDate(0, 1, -1)
	}
	spans := [][2]time.Time{{lower, upper}}
	if !b.q.From.IsZero() {
		start, _, _ := compare.PeriodBounds(b.w.showFrom)
		spans = [][2]time.Time{{lower, start.AddDate(0, 0, -1)}, {latest(lower, day(b.q.From)), upper}}
	}
	var parts []string
	part := func(t string, from, to time.Time) {
		b.args = append(b.args, from.Format("2006-01-02"), to.Format("2006-01-02")) // before the filters' values, as in the text
		where := append([]string{fmt.Sprintf("%s >= ?::DATE AND %s <= ?::DATE", date, date)}, b.filterSQL("")...)
		parts = append(parts, fmt.Sprintf("SELECT * FROM %s WHERE %s", t, strings.Join(where, " AND ")))
	}
	for _, sp := range spans {
		from, to := day(sp[0]), day(sp[1])
		if to.Before(from) {
			continue
		}
		firstWhole := monthStart(from)
		if !firstWhole.Equal(from) {
			firstWhole = firstWhole.AddDate(0, 1, 0)
		}
		afterWhole := monthStart(to.AddDate(0, 0, 1)) // the first day after the last whole month
		if !firstWhole.Before(afterWhole) {
			part(table, from, to) // no whole month: days only
			continue
		}
		if from.Before(firstWhole) {
			part(table, from, firstWhole.AddDate(0, 0, -1))
		}
		part(table+"_m", firstWhole, afterWhole.AddDate(0, -1, 0))
		if afterWhole.Before(to) || afterWhole.Equal(to) {
			part(table, afterWhole, to)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("SELECT * FROM %s WHERE false", table))
	}
	return "(" + strings.Join(parts, " UNION ALL ") + ")"
}

// cubeStats sums the indicators' statistics per period and dimensions; the municipal totals are
// pooled in Go from these sums (rollup), as for the records.
func (b *builder) cubeStats() string {
	date := b.ind.dateColumn()
	var cols, aggs []string
	for _, ind := range b.inds {
		j := b.cube.col[ind.ID]
		switch ind.Measure.Kind {
		case KindMean:
			cols = append(cols, fmt.Sprintf("n_%d, a_%d, b_%d", j, j, j))
			aggs = append(aggs, fmt.Sprintf("coalesce(sum(n_%d), 0)::BIGINT, sum(a_%d), sum(b_%d), NULL::DOUBLE", j, j, j))
		case KindShare:
			cols = append(cols, fmt.Sprintf("n_%d, k_%d", j, j))
			aggs = append(aggs, fmt.Sprintf("coalesce(sum(n_%d), 0)::BIGINT, NULL::DOUBLE, NULL::DOUBLE, sum(k_%d)::DOUBLE", j, j))
		default:
			cols = append(cols, fmt.Sprintf("n_%d", j))
			aggs = append(aggs, fmt.Sprintf("coalesce(sum(n_%d), 0)::BIGINT, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE", j))
		}
	}
	rec := fmt.Sprintf("SELECT %s AS period%s, %s FROM %s",
		b.q.Grain.periodSQL(date), b.dimSelect(""), strings.Join(cols, ", "), b.cubeFrom(b.cube.main, date))
	group, dimAgg := "GROUP BY period", ""
	for i := range b.dims {
		group += fmt.Sprintf(", d%d", i)
		dimAgg += fmt.Sprintf(", d%d, 0 AS g%d", i, i)
	}
	return fmt.Sprintf("WITH rec AS (%s)\nSELECT period%s, %s FROM rec %s", rec, dimAgg, strings.Join(aggs, ",\n  "), group)
}

// cubeMedian finds the median in the histogram: per group, the values at the two middle positions
// ((n−1) div 2 and n div 2, from 0) are the first whose running count passes them; the median is
// the first plus half their difference, as DuckDB's median (quantile_cont 0.5) interpolates.
func (b *builder) cubeMedian() string {
	date := b.ind.dateColumn()
	rec := fmt.Sprintf("SELECT %s AS period%s, v, c FROM %s", b.q.Grain.periodSQL(date), b.dimSelect(""), b.cubeFrom(b.cube.main, date))
	group := "GROUP BY period, v"
	partition := "period"
	if len(b.dims) > 0 {
		group = fmt.Sprintf("GROUP BY GROUPING SETS ((period, %s, v), (period, v))", strings.Join(b.dimNames(), ", "))
		for i := range b.dims {
			partition += fmt.Sprintf(", d%d, g%d", i, i)
		}
	}
	keys := b.dimCols(func(c string) string { return c })
	return fmt.Sprintf(`WITH h AS (SELECT period%s, v, sum(c)::BIGINT AS c FROM (%s) %s),
r AS (SELECT *, (sum(c) OVER (PARTITION BY %s ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))::BIGINT AS upto,
  (sum(c) OVER (PARTITION BY %s))::BIGINT AS n FROM h),
m AS (SELECT period%s, n, min(v) FILTER (WHERE upto > (n - 1) // 2) AS lo, min(v) FILTER (WHERE upto > n // 2) AS hi FROM r GROUP BY ALL)
SELECT period%s, n, lo + (hi - lo) * 0.5, NULL::DOUBLE, NULL::DOUBLE FROM m`,
		b.dimAgg(), rec, group, partition, partition, keys, keys)
}

// cubeOverdue counts the open and overdue records at each period's end: at month ends (every end
// but the running period's) with the steps over the monthly spans, as over the records; at any
// other end (today) directly, from the daily spans.
func (b *builder) cubeOverdue() string {
	spans := func(table string) func() string {
		return func() string {
			where := append([]string{"true"}, b.filterSQL("s.")...)
			return fmt.Sprintf("SELECT open_from, open_to%s, c FROM %s s WHERE %s", b.dimSelect("s."), table, strings.Join(where, " AND "))
		}
	}
	return b.overdueAt(spans(b.cube.main+"_m"), spans(b.cube.main))
}

// cubeSide: one side of a ratio from its cube, per period and dimensions with the municipal total.
func (b *builder) cubeSide(sd *Side, table string) string {
	_, date := sideSource(b.ind, sd)
	return fmt.Sprintf(`SELECT period%s, sum(s) AS s, sum(c)::BIGINT AS c FROM (
    SELECT %s AS period%s, s, c FROM %s) %s`,
		b.dimAgg(), b.q.Grain.periodSQL(date), b.dimSelect(""), b.cubeFrom(table, date), b.groupBy())
}
