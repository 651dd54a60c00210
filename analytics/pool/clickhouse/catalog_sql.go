package clickhouse

import (
	"fmt"
	"strings"
	"time"

	"otzvuk/analytics/methodology"
)

// The catalogue as one SQL text per indicator: each indicator's yearly value per municipality over
// the record views, written in DuckDB's dialect from the catalogue entry alone. It is what Compute
// computes for a pooled database by municipality and year (TestCatalogSQLEqualsCompute holds the
// two equal); engine.go translates the same text for ClickHouse.

// IndicatorSQL is one indicator's query. Its rows are municipality, y (the year), k (a mix's
// value, else ”), n and value.
type IndicatorSQL struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	SQL  string `json:"sql"`
}

// unknownLabel is what Compute calls a dimension value a record does not state.
const unknownLabel = methodology.Unknown

// mixColumns are the columns of the dimensions a mix may be over.
var mixColumns = map[string]string{"department": "department_code", "service": "service_code", "channel": "channel",
	"group": "respondent_group", "method": "method"}

// CatalogSQL writes every indicator's canonical SQL; asOf is "today" for the open-item counts.
func CatalogSQL(cat *methodology.Catalog, asOf time.Time) ([]IndicatorSQL, error) {
	var out []IndicatorSQL
	for _, ind := range cat.All() {
		q, err := indicatorSQL(ind, asOf)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ind.ID, err)
		}
		out = append(out, IndicatorSQL{ID: ind.ID, Kind: ind.Measure.Kind, SQL: q})
	}
	return out, nil
}

func dateOf(ind *methodology.Indicator) string {
	if ind.Measure.Date != "" {
		return ind.Measure.Date
	}
	return "date"
}

// cond is a catalogue condition as a WHERE term (true when there is none).
func cond(expr string) string {
	if expr == "" {
		return "true"
	}
	return "coalesce((" + expr + "), false)"
}

// literal quotes a catalogue string (a method name) for SQL.
func literal(s string) (string, error) {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return "", fmt.Errorf("control character in %q", s)
		}
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'", nil
}

func indicatorSQL(ind *methodology.Indicator, asOf time.Time) (string, error) {
	m := ind.Measure
	src, d := ind.Source, dateOf(ind)
	keys := "municipality, y, '' AS k"
	switch m.Kind {
	case methodology.KindMean, methodology.KindMedian:
		agg := "sum(x) / NULLIF(count(x), 0)"
		if m.Kind == methodology.KindMedian {
			agg = "median(x)"
		}
		return fmt.Sprintf(`WITH rec AS (
  SELECT municipality, year(%s) AS y, CAST((%s) AS DOUBLE) AS x FROM %s WHERE %s IS NOT NULL AND %s)
SELECT %s, count(x) AS n, %s AS value FROM rec GROUP BY ALL HAVING count(x) > 0`,
			d, m.Value, src, d, cond(m.Filter), keys, agg), nil
	case methodology.KindShare:
		return fmt.Sprintf(`WITH rec AS (
  SELECT municipality, year(%s) AS y, CASE WHEN (%s) THEN 1 ELSE 0 END AS s FROM %s WHERE %s IS NOT NULL AND %s)
SELECT %s, count(*) AS n, 100 * CAST(sum(s) AS DOUBLE) / count(*) AS value FROM rec GROUP BY ALL`,
			d, m.Numerator, src, d, cond(m.Filter), keys), nil
	case methodology.KindCount:
		return fmt.Sprintf(`WITH rec AS (
  SELECT municipality, year(%s) AS y FROM %s WHERE %s IS NOT NULL AND %s)
SELECT %s, count(*) AS n, CAST(count(*) AS DOUBLE) AS value FROM rec GROUP BY ALL`,
			d, src, d, cond(m.Filter), keys), nil
	case methodology.KindMix:
		col, ok := mixColumns[m.Dimension]
		if !ok {
			return "", fmt.Errorf("mix over %q", m.Dimension)
		}
		unknown, _ := literal(unknownLabel)
		return fmt.Sprintf(`WITH rec AS (
  SELECT municipality, year(%s) AS y, coalesce(CAST(%s AS VARCHAR), %s) AS k FROM %s WHERE %s IS NOT NULL AND %s),
g AS (SELECT municipality, y, k, count(*) AS c FROM rec GROUP BY ALL)
SELECT municipality, y, k, sum(c) OVER (PARTITION BY municipality, y) AS n,
  100 * CAST(c AS DOUBLE) / sum(c) OVER (PARTITION BY municipality, y) AS value FROM g`,
			d, col, unknown, src, d, cond(m.Filter)), nil
	case methodology.KindCoverage:
		var lits []string
		for _, x := range m.Methods {
			l, err := literal(x)
			if err != nil {
				return "", err
			}
			lits = append(lits, l)
		}
		return fmt.Sprintf(`SELECT %s, count(DISTINCT method) AS n, 100 * CAST(count(DISTINCT method) AS DOUBLE) / %d AS value
FROM (SELECT municipality, year(date) AS y, method FROM %s WHERE date IS NOT NULL AND %s AND method IN (%s)) rec GROUP BY ALL`,
			keys, len(m.Methods), src, cond(m.Filter), strings.Join(lits, ", ")), nil
	case methodology.KindRatio:
		side := func(sd *methodology.Side) string {
			s, date := src, d
			if sd.Source != "" && sd.Source != src {
				s, date = sd.Source, "date"
			}
			where := date + " IS NOT NULL AND " + cond(sd.Filter)
			if m.Filter != "" && s == src {
				where += " AND " + cond(m.Filter)
			}
			return fmt.Sprintf("SELECT municipality, year(%s) AS y, CAST((%s) AS DOUBLE) AS v FROM %s WHERE %s", date, sd.Value, s, where)
		}
		scale := m.Scale
		if scale == 0 {
			scale = 1
		}
		return fmt.Sprintf(`WITH num AS (%s),
den AS (%s),
u AS (SELECT municipality, y, v AS ns, CAST(0 AS DOUBLE) AS ds, 0 AS dc FROM num
  UNION ALL SELECT municipality, y, CAST(0 AS DOUBLE) AS ns, v AS ds, CASE WHEN v <> 0 THEN 1 ELSE 0 END AS dc FROM den)
SELECT %s, sum(dc) AS n, %v * sum(ns) / NULLIF(sum(ds), 0) AS value FROM u GROUP BY ALL`,
			side(m.Num), side(m.Den), keys, scale), nil
	case methodology.KindOpenOverdue:
		parts := []string{"s.received_date <= e.end_date", "(s.decided_date IS NULL OR s.decided_date > e.end_date)",
			"s.received_date + s.deadline_days < e.end_date"}
		if src == "v_service_requests" {
			parts = []string{"s.submitted_date <= e.end_date", "s.due_date < e.end_date",
				"(s.status = 'open' OR coalesce(s.cancelled_date, s.completed_date) > e.end_date)"}
		}
		if m.Filter != "" {
			parts = append(parts, "("+m.Filter+")")
		}
		// Every year from the municipality's first record to the last period computed (the data's
		// last year, or asOf's if later): an item stays open in years without new records.
		day := asOf.Format("2006-01-02")
		return fmt.Sprintf(`WITH starts AS (SELECT municipality, min(year(date)) AS y0 FROM %s WHERE date IS NOT NULL GROUP BY ALL),
stop AS (SELECT greatest(max(year(date)), year(DATE '%s')) AS y1 FROM %s),
ends AS (SELECT f.municipality AS municipality, unnest(range(f.y0, l.y1 + 1)) AS y FROM starts f, stop l),
e AS (SELECT municipality, y, least(make_date(y, 12, 31), DATE '%s') AS end_date FROM ends)
SELECT e.municipality AS municipality, e.y AS y, '' AS k, count(*) AS n, CAST(count(*) AS DOUBLE) AS value
FROM %s s JOIN e ON s.municipality = e.municipality WHERE %s GROUP BY ALL`,
			src, day, src, day, src, strings.Join(parts, " AND ")), nil
	}
	return "", fmt.Errorf("kind %q has no catalogue SQL", m.Kind)
}
