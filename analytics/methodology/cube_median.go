package methodology

import (
	"database/sql"
	"sort"
	"strings"
	"time"

	"otzvuk/analytics/compare"
)

// medianRows reads a histogram query (cubeMedian) and finds each group's median: the values at
// the two middle positions, (n−1) div 2 and n div 2 counted from 0, are the first whose running
// count passes them, and the median is the first plus half their difference — what DuckDB's
// median (quantile_cont 0.5) gives over the records themselves.
func medianRows(rows *sql.Rows, ind *Indicator, dims []Dimension, grain string, names nameMaps) ([]Value, error) {
	type group struct {
		period  time.Time
		keys    []sql.NullString
		grouped []int
		bins    []histBin
	}
	groups := map[string]*group{}
	var order []string
	keys := make([]sql.NullString, len(dims))
	grouped := make([]int, len(dims))
	var period time.Time
	var b histBin
	dest := []any{&period}
	for i := range dims {
		dest = append(dest, &keys[i], &grouped[i])
	}
	dest = append(dest, &b.v, &b.c)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		var id strings.Builder
		id.WriteString(period.Format("2006-01-02"))
		for i := range dims {
			id.WriteByte(0)
			if grouped[i] == 1 {
				id.WriteString("\x01all")
			} else if keys[i].Valid {
				id.WriteString(keys[i].String)
			} else {
				id.WriteString("\x01null")
			}
		}
		g, ok := groups[id.String()]
		if !ok {
			g = &group{period: period, keys: append([]sql.NullString(nil), keys...), grouped: append([]int(nil), grouped...)}
			groups[id.String()] = g
			order = append(order, id.String())
		}
		g.bins = append(g.bins, b)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(order))
	for _, id := range order {
		g := groups[id]
		sort.Slice(g.bins, func(i, j int) bool { return g.bins[i].v < g.bins[j].v })
		var n int64
		for _, x := range g.bins {
			n += x.c
		}
		if n == 0 {
			continue
		}
		lo, hi := valueAt(g.bins, (n-1)/2), valueAt(g.bins, n/2)
		v := Value{Indicator: ind.ID, Period: compare.Label(g.period, grain), Unit: ind.Unit, dims: dims}
		for j, d := range dims {
			if g.grouped[j] == 1 {
				continue
			}
			code := Unknown
			if g.keys[j].Valid {
				code = g.keys[j].String
			}
			setDim(&v, d, code, names)
		}
		sums{n: n, a: lo + (hi-lo)*0.5, aValid: true}.into(&v, ind)
		out = append(out, v)
	}
	return out, nil
}

// histBin is one value of a histogram and how many records have it.
type histBin struct {
	v float64
	c int64
}

// valueAt: the value at position pos (from 0) of the bins sorted by value.
func valueAt(bins []histBin, pos int64) float64 {
	var seen int64
	for _, b := range bins {
		seen += b.c
		if seen > pos {
			return b.v
		}
	}
	return bins[len(bins)-1].v
}
