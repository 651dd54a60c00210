package methodology

import (
	"context"
	"database/sql"
)

// Department is one unit of the administration.
type Department struct {
	Code, Name string
}

// Departments lists the administration's departments by name.
func Departments(ctx context.Context, db *sql.DB) ([]Department, error) {
	rows, err := db.QueryContext(ctx, `SELECT code, name FROM departments ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Department
	for rows.Next() {
		var d Department
		if err := rows.Scan(&d.Code, &d.Name); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DepartmentRecords counts each department's records across the registers and surveys, so a view
// opens on the department with the most data rather than the first by name (one with a single
// request says "no data" where another holds a thousand).
func DepartmentRecords(ctx context.Context, db *sql.DB) (map[string]int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT department_code, count(*) FROM (
		SELECT department_code FROM v_survey_responses UNION ALL
		SELECT department_code FROM v_service_requests UNION ALL
		SELECT department_code FROM v_signals UNION ALL
		SELECT department_code FROM v_feedback_cards) WHERE department_code IS NOT NULL GROUP BY 1`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var code string
		var n int64
		if err := rows.Scan(&code, &n); err != nil {
			return nil, err
		}
		out[code] = n
	}
	return out, rows.Err()
}
