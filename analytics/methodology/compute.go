package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Query asks for indicator values per period, for each department and the municipality as a whole.
type Query struct {
	Indicators []string
	Grain      Grain
	From, To   time.Time // inclusive calendar dates; zero means unbounded
}

// Value is one indicator value. Department is nil for the municipal total (pooled over all records).
// This JSON shape is the stable interface of `otzvuk indicators --format json`.
type Value struct {
	Indicator      string   `json:"indicator"`
	Period         string   `json:"period"`
	Department     *string  `json:"department"`
	DepartmentCode *string  `json:"department_code"`
	Value          *float64 `json:"value"`
	N              int64    `json:"n"`
}

// Compute runs the query over the record views.
func Compute(ctx context.Context, db *sql.DB, cat *Catalog, q Query) ([]Value, error) {
	if q.Grain == "" {
		q.Grain = Month
	}
	var out []Value
	for _, id := range q.Indicators {
		ind, ok := cat.Get(id)
		if !ok {
			return nil, fmt.Errorf("unknown indicator %q", id)
		}
		vals, err := computeMean(ctx, db, ind, q)
		if err != nil {
			return nil, fmt.Errorf("indicator %s: %w", id, err)
		}
		out = append(out, vals...)
	}
	return out, nil
}

func computeMean(ctx context.Context, db *sql.DB, ind *Indicator, q Query) ([]Value, error) {
	filter := "true"
	if ind.Measure.Filter != "" {
		filter = "(" + ind.Measure.Filter + ")"
	}
	// Only catalogue text (trusted, validated data) and fixed fragments reach the SQL; dates are parameters.
	query := fmt.Sprintf(`
WITH rec AS (
    SELECT %s AS period, department_code, (%s)::DOUBLE AS x
    FROM %s
    WHERE %s AND ($1::DATE IS NULL OR date >= $1::DATE) AND ($2::DATE IS NULL OR date <= $2::DATE)
)
SELECT rec.period, rec.department_code, d.name, count(rec.x) AS n, avg(rec.x) AS value
FROM rec LEFT JOIN departments d ON d.code = rec.department_code
WHERE rec.x IS NOT NULL
GROUP BY GROUPING SETS ((rec.period, rec.department_code, d.name), (rec.period))
ORDER BY rec.period, rec.department_code NULLS FIRST`,
		q.Grain.periodSQL("date"), ind.Measure.Value, ind.Source, filter)
	rows, err := db.QueryContext(ctx, query, nullDate(q.From), nullDate(q.To))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Value
	for rows.Next() {
		v := Value{Indicator: ind.ID}
		var code, name sql.NullString
		var value sql.NullFloat64
		if err := rows.Scan(&v.Period, &code, &name, &v.N, &value); err != nil {
			return nil, err
		}
		if code.Valid {
			v.DepartmentCode = &code.String
			n := code.String
			if name.Valid {
				n = name.String
			}
			v.Department = &n
		}
		if value.Valid && v.N > 0 {
			x := value.Float64
			v.Value = &x
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format("2006-01-02")
}
