package methodology

import (
	"context"
	"fmt"
	"strings"
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
		rec := fmt.Sprintf("SELECT %s AS period%s, c FROM %s WHERE %s", b.q.Grain.periodSQL(date), b.dimSelect(""), b.cube.main, b.where(b.cube.main, "", date))
		return b.mixOf(rec, "sum(c)")
	case KindCoverage:
		return b.coverageOf(b.cube.main, "")
	case KindMedian:
		return b.cubeMedian()
	case KindOpenOverdue:
		return b.overdueAt(func() string {
			where := append([]string{"true"}, b.filterSQL("s.")...)
			return fmt.Sprintf("SELECT open_from, open_to%s, c FROM %s s WHERE %s", b.dimSelect("s."), b.cube.main, strings.Join(where, " AND "))
		})
	}
	return b.cubeStats()
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
	rec := fmt.Sprintf("SELECT %s AS period%s, %s FROM %s WHERE %s",
		b.q.Grain.periodSQL(date), b.dimSelect(""), strings.Join(cols, ", "), b.cube.main, b.where(b.cube.main, "", date))
	group, dimAgg := "GROUP BY period", ""
	for i := range b.dims {
		group += fmt.Sprintf(", d%d", i)
		dimAgg += fmt.Sprintf(", d%d, 0 AS g%d", i, i)
	}
	return fmt.Sprintf("WITH rec AS (%s)\nSELECT period%s, %s FROM rec %s", rec, dimAgg, strings.Join(aggs, ",\n  "), group)
}

// cubeMedian: the histogram summed per period and dimensions (and per period alone, the municipal
// total): rows of period, (key, grouped) per dimension, value, count. medianRows finds the medians.
func (b *builder) cubeMedian() string {
	date := b.ind.dateColumn()
	rec := fmt.Sprintf("SELECT %s AS period%s, v, c FROM %s WHERE %s", b.q.Grain.periodSQL(date), b.dimSelect(""), b.cube.main, b.where(b.cube.main, "", date))
	group := "GROUP BY period, v"
	if len(b.dims) > 0 {
		group = fmt.Sprintf("GROUP BY GROUPING SETS ((period, %s, v), (period, v))", strings.Join(b.dimNames(), ", "))
	}
	return fmt.Sprintf("SELECT period%s, v, sum(c)::BIGINT FROM (%s) %s", b.dimAgg(), rec, group)
}

// cubeSide: one side of a ratio from its cube, per period and dimensions with the municipal total.
func (b *builder) cubeSide(sd *Side, table string) string {
	_, date := sideSource(b.ind, sd)
	return fmt.Sprintf(`SELECT period%s, sum(s) AS s, sum(c)::BIGINT AS c FROM (
    SELECT %s AS period%s, s, c FROM %s WHERE %s) %s`,
		b.dimAgg(), b.q.Grain.periodSQL(date), b.dimSelect(""), table, b.where(table, "", date), b.groupBy())
}
