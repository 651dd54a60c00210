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
