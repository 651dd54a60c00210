package methodology

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// A cube holds an indicator's sufficient statistics per record day and per value of every
// dimension a record view has (department, service, channel, group, method): counts, sums and
// sums of squares for means and shares, a value histogram for a median, Σ value and non-zero
// counts for each side of a ratio, record counts for a mix, the methods seen for coverage. Any
// month, quarter or year, any date range and any dimension filter of the query is then a sum over
// the cube's rows — the same sums the query over the records would make, over far fewer rows, and
// with no join (v_survey_ratings). For open-and-overdue counts the cube holds how many records
// share each open span and dimensions.

// cubeDims are the dimension columns every record view has (store migration 0003); a cube keeps
// their names, and its day column the name of the indicator's date column, so the query's own
// WHERE (dates, filters) reads a cube as it reads a view.
var cubeDims = []string{"department_code", "service_code", "channel", "respondent_group", "method"}

// cubeDef is one cube: its source, its date column and the SELECT that builds it (catalogue
// expressions, checked by checkExpr, and fixed fragments only). col maps an indicator id to its
// columns' suffix in a stats cube.
type cubeDef struct {
	view, date string
	kind       string // stats, hist, sum, count, exists, spans
	sql        string
	col        map[string]int
	// months: the select list that sums the daily cube's rows per calendar month (its date column
	// then holds the month's first day); "" for a cube with no date (spans). A query reads whole
	// months from that monthly cube and only the days of a partly covered month from the daily one.
	months string
}

// table names the cube by its definition: a changed catalogue expression is another cube.
func (d cubeDef) table() string {
	h := sha256.Sum256([]byte(d.kind + "\x00" + d.sql))
	return "stat_cube_" + hex.EncodeToString(h[:8])
}

// monthsSQL sums the daily cube per month into the monthly cube (same columns, same order); ""
// when there is none. For open spans the monthly cube moves both ends to their month's last day:
// at a month's end e, open_from <= e exactly when its month's last day is, and e < open_to
// exactly when e is before open_to's month's last day — so at every month end it counts what the
// daily spans count (the running period's end, today, is read from the daily cube).
func (d cubeDef) monthsSQL() string { return d.monthsFrom(d.table()) }

// monthsFrom is monthsSQL over another source of daily rows (a table name or a parenthesised
// subquery of the daily cube: cube_delta.go recomputes the months an import touched).
func (d cubeDef) monthsFrom(src string) string {
	if d.kind == "spans" {
		return fmt.Sprintf("SELECT last_day(open_from) AS open_from, last_day(open_to) AS open_to, %s, sum(c)::BIGINT AS c FROM %s WHERE last_day(open_from) < last_day(open_to) GROUP BY ALL",
			strings.Join(cubeDims, ", "), src)
	}
	if d.months == "" {
		return ""
	}
	return fmt.Sprintf("SELECT date_trunc('month', %s)::DATE AS %s, %s, %s FROM %s GROUP BY ALL",
		d.date, d.date, strings.Join(cubeDims, ", "), d.months, src)
}

func cubeKeys(date string) string {
	return date + ", " + strings.Join(cubeDims, ", ")
}

// statsCube: every mean, share and count indicator of the catalogue over the view by the date, so
// one cube (one scan to build) serves any subset a query asks for. Per indicator j: n_j (records,
// or values for a mean), a_j (Σ value), b_j (Σ value²), k_j (successes).
func statsCube(view, date string, inds []*Indicator) cubeDef {
	sorted := append([]*Indicator(nil), inds...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	d := cubeDef{view: view, date: date, kind: "stats", col: map[string]int{}}
	var cols, aggs []string
	seen := map[string]string{} // per-record expression → its column, evaluated once
	column := func(expr, name string) string {
		if first, ok := seen[expr]; ok {
			return first
		}
		seen[expr] = name
		cols = append(cols, expr+" AS "+name)
		return name
	}
	var sums []string
	for j, ind := range sorted {
		d.col[ind.ID] = j
		m := ind.Measure
		f := "true"
		if m.Filter != "" {
			f = "(" + m.Filter + ")"
		}
		fc := column(fmt.Sprintf("coalesce(%s, false)", f), fmt.Sprintf("f%d", j))
		switch m.Kind {
		case KindMean:
			x := column(fmt.Sprintf("(%s)::DOUBLE", m.Value), fmt.Sprintf("x%d", j))
			aggs = append(aggs, fmt.Sprintf("count(%s) FILTER (WHERE %s) AS n_%d, sum(%s) FILTER (WHERE %s) AS a_%d, sum(%s * %s) FILTER (WHERE %s) AS b_%d",
				x, fc, j, x, fc, j, x, x, fc, j))
			sums = append(sums, fmt.Sprintf("sum(n_%d)::BIGINT AS n_%d, sum(a_%d) AS a_%d, sum(b_%d) AS b_%d", j, j, j, j, j, j))
		case KindShare:
			k := column(fmt.Sprintf("CASE WHEN (%s) THEN 1 ELSE 0 END", m.Numerator), fmt.Sprintf("k%d", j))
			aggs = append(aggs, fmt.Sprintf("count(*) FILTER (WHERE %s) AS n_%d, (sum(%s) FILTER (WHERE %s))::BIGINT AS k_%d", fc, j, k, fc, j)) // BIGINT: sums of HUGEINT are slow
			sums = append(sums, fmt.Sprintf("sum(n_%d)::BIGINT AS n_%d, sum(k_%d)::BIGINT AS k_%d", j, j, j, j))
		default: // count
			aggs = append(aggs, fmt.Sprintf("count(*) FILTER (WHERE %s) AS n_%d", fc, j))
			sums = append(sums, fmt.Sprintf("sum(n_%d)::BIGINT AS n_%d", j, j))
		}
	}
	// r: the records of the row (a row may count none of its indicators; an import that takes its
	// last record away removes the row, as a rebuild would not make it — cube_delta.go).
	aggs = append(aggs, "count(*) AS r")
	sums = append(sums, "sum(r)::BIGINT AS r")
	d.months = strings.Join(sums, ", ")
	d.sql = fmt.Sprintf("SELECT %s, %s FROM (SELECT %s, %s FROM %s WHERE %s IS NOT NULL) GROUP BY ALL",
		cubeKeys(date), strings.Join(aggs, ", "), cubeKeys(date), strings.Join(cols, ", "), view, date)
	return d
}

// histCube: a median indicator's values and how many records have each, per day and dimensions.
func histCube(ind *Indicator) cubeDef {
	m, date := ind.Measure, ind.dateColumn()
	f := "true"
	if m.Filter != "" {
		f = "(" + m.Filter + ")"
	}
	return cubeDef{view: ind.Source, date: date, kind: "hist", months: "v, sum(c)::BIGINT AS c", sql: fmt.Sprintf(
		"SELECT %s, v, count(*) AS c FROM (SELECT %s, coalesce(%s, false) AS f, (%s)::DOUBLE AS v FROM %s WHERE %s IS NOT NULL) WHERE f AND v IS NOT NULL GROUP BY ALL",
		cubeKeys(date), cubeKeys(date), f, m.Value, ind.Source, date)}
}

// sideCube: one side of a ratio, Σ value and the records with a non-zero value; r the records and
// nv the values that are not NULL (s is NULL when nv is 0), so that an import can add and take
// away records (cube_delta.go).
func sideCube(ind *Indicator, sd *Side) cubeDef {
	src, date := sideSource(ind, sd)
	parts := []string{date + " IS NOT NULL"}
	if sd.Filter != "" {
		parts = append(parts, "("+sd.Filter+")")
	}
	if ind.Measure.Filter != "" && src == ind.Source {
		parts = append(parts, "("+ind.Measure.Filter+")")
	}
	return cubeDef{view: src, date: date, kind: "sum", months: "sum(s) AS s, sum(c)::BIGINT AS c, sum(r)::BIGINT AS r, sum(nv)::BIGINT AS nv", sql: fmt.Sprintf(
		"SELECT %s, sum(v) AS s, count(*) FILTER (WHERE v <> 0) AS c, count(*) AS r, count(v) AS nv FROM (SELECT %s, (%s)::DOUBLE AS v FROM %s WHERE %s) GROUP BY ALL",
		cubeKeys(date), cubeKeys(date), sd.Value, src, strings.Join(parts, " AND "))}
}

// sideSource: a side's view and date column (the indicator's date on its own view, else "date").
func sideSource(ind *Indicator, sd *Side) (src, date string) {
	src, date = ind.Source, "date"
	if sd.Source != "" {
		src = sd.Source
	}
	if src == ind.Source {
		date = ind.dateColumn()
	}
	return src, date
}

// countCube: the records per day and dimensions (a mix's shares).
func countCube(ind *Indicator) cubeDef {
	date := ind.dateColumn()
	where := date + " IS NOT NULL"
	if f := ind.Measure.Filter; f != "" {
		where += " AND (" + f + ")"
	}
	return cubeDef{view: ind.Source, date: date, kind: "count", months: "sum(c)::BIGINT AS c", sql: fmt.Sprintf(
		"SELECT %s, count(*) AS c FROM %s WHERE %s GROUP BY ALL", cubeKeys(date), ind.Source, where)}
}

// existsCube: which methods have a record on a day, per dimensions (coverage counts distinct methods).
func existsCube(ind *Indicator) cubeDef {
	where := "date IS NOT NULL"
	if f := ind.Measure.Filter; f != "" {
		where += " AND (" + f + ")"
	}
	return cubeDef{view: ind.Source, date: "date", kind: "exists", months: "count(*) AS c", sql: fmt.Sprintf(
		"SELECT %s, count(*) AS c FROM %s WHERE %s GROUP BY ALL", cubeKeys("date"), ind.Source, where)}
}

// spansCube: how many records share each open-and-overdue span [open_from, open_to) and
// dimensions (the count at a period's end is a running sum of these, as over the records).
func spansCube(ind *Indicator) cubeDef {
	spanCols, parts := openSpans(ind)
	return cubeDef{view: ind.Source, kind: "spans", sql: fmt.Sprintf(
		"SELECT open_from, open_to, %s, count(*) AS c FROM (SELECT s.*, %s FROM %s s WHERE %s) s WHERE s.open_to IS NOT NULL AND s.open_from < s.open_to GROUP BY ALL",
		strings.Join(cubeDims, ", "), spanCols, ind.Source, strings.Join(parts, " AND "))}
}

// statsPeers: the catalogue's mean, share and count indicators over the view by the date column —
// the indicators one stats cube holds.
func statsPeers(cat *Catalog, view, date string) []*Indicator {
	var out []*Indicator
	for _, ind := range cat.All() {
		k := ind.Measure.Kind
		if (k == KindMean || k == KindShare || k == KindCount) && ind.Source == view && ind.dateColumn() == date {
			out = append(out, ind)
		}
	}
	return out
}

// cubeDefsOf lists every cube the catalogue's indicators read (what an import warms).
func cubeDefsOf(cat *Catalog) []cubeDef {
	var out []cubeDef
	seen := map[string]bool{}
	add := func(d cubeDef) {
		if !seen[d.table()] {
			seen[d.table()] = true
			out = append(out, d)
		}
	}
	for _, ind := range cat.All() {
		m := ind.Measure
		switch m.Kind {
		case KindMean, KindShare, KindCount:
			add(statsCube(ind.Source, ind.dateColumn(), statsPeers(cat, ind.Source, ind.dateColumn())))
		case KindMedian:
			add(histCube(ind))
		case KindRatio:
			add(sideCube(ind, m.Num))
			add(sideCube(ind, m.Den))
		case KindMix:
			add(countCube(ind))
		case KindCoverage:
			add(existsCube(ind))
		case KindOpenOverdue:
			add(spansCube(ind))
		}
	}
	return out
}
