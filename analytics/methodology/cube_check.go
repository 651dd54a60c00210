package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// CheckCubes compares every cube of the catalogues that the registry calls current with the
// same cube computed now from the records, daily and monthly, row for row (order aside; sums of
// DOUBLE values to 1e-9 of their size, sameRows). It
// returns how many were current and a line per cube that differs (tests of the incremental
// update, cube_delta.go, and a repair's check).
func CheckCubes(ctx context.Context, db *sql.DB, cats ...*Catalog) (current int, diffs []string, err error) {
	if Pooled(ctx, db) {
		return 0, nil, nil // a pooled database keeps no cubes
	}
	version, err := DataVersion(ctx, db)
	if err != nil {
		return 0, nil, err
	}
	seen := map[string]bool{}
	for _, cat := range cats {
		if cat == nil {
			continue
		}
		for _, d := range cubeDefsOf(cat) {
			name := d.table()
			if seen[name] {
				continue
			}
			seen[name] = true
			var held string
			if err := db.QueryRowContext(ctx, "SELECT data_version FROM stat_cubes WHERE name = ?", name).Scan(&held); err == sql.ErrNoRows {
				continue
			} else if err != nil {
				return current, diffs, err
			}
			if held != version {
				continue
			}
			current++
			pairs := [][2]string{{name, d.sql}}
			if m := d.monthsFrom("(" + d.sql + ")"); m != "" {
				pairs = append(pairs, [2]string{name + "_m", m})
			}
			cond, err := sameRows(ctx, db, name, cubeKeyColumns(d))
			if err != nil {
				return current, diffs, err
			}
			for _, p := range pairs {
				var n int64
				// p[0] is a cube's hex name, p[1] its definition (catalogue expressions, checked).
				q := fmt.Sprintf(`FROM (SELECT *, 1 AS _in FROM %s) a FULL JOIN (SELECT *, 1 AS _in FROM (%s)) b ON %s
					WHERE a._in IS NULL OR b._in IS NULL OR NOT (%s)`, p[0], p[1], match("a", "b", cubeKeyColumns(d)), cond)
				if err := db.QueryRowContext(ctx, "SELECT count(*) "+q).Scan(&n); err != nil {
					return current, diffs, fmt.Errorf("%s: %w", p[0], err)
				}
				if n > 0 {
					diffs = append(diffs, fmt.Sprintf("%s (%s %s): %d rows differ from a rebuild: %s", p[0], d.kind, d.view, n, sample(ctx, db, "SELECT * "+q)))
				}
			}
		}
	}
	return current, diffs, nil
}

// sameRows: the condition that rows a and b of the cube hold the same values — counts and other
// integers exactly, Σ of DOUBLE values to 1e-9 of their size (a sum of fractions depends on the
// order of its terms in the last bits, and DuckDB's own order is not fixed).
func sameRows(ctx context.Context, db *sql.DB, name string, keys []string) (string, error) {
	isKey := map[string]bool{}
	for _, k := range keys {
		isKey[k] = true
	}
	rows, err := db.QueryContext(ctx, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`, name)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	parts := []string{"true"}
	for rows.Next() {
		var col, typ string
		if err := rows.Scan(&col, &typ); err != nil {
			return "", err
		}
		switch {
		case isKey[col]:
		case typ == "DOUBLE":
			parts = append(parts, fmt.Sprintf("((a.%[1]s IS NULL AND b.%[1]s IS NULL) OR abs(a.%[1]s - b.%[1]s) <= 1e-9 * greatest(1, abs(a.%[1]s), abs(b.%[1]s)))", col))
		default:
			parts = append(parts, fmt.Sprintf("a.%[1]s IS NOT DISTINCT FROM b.%[1]s", col))
		}
	}
	return strings.Join(parts, " AND "), rows.Err()
}

// sample: the first rows of a query as text (a difference's message).
func sample(ctx context.Context, db *sql.DB, q string) string {
	rows, err := db.QueryContext(ctx, q+" LIMIT 3")
	if err != nil {
		return err.Error()
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if rows.Scan(ptrs...) != nil {
			break
		}
		var cells []string
		for i, v := range vals {
			cells = append(cells, fmt.Sprintf("%s=%v", cols[i], v))
		}
		out = append(out, strings.Join(cells, " "))
	}
	return strings.Join(out, "; ")
}
