package methodology

import (
	"context"
	"database/sql"
)

// MandatoryMethods are the five feedback methods НАО чл. 24 requires.
var MandatoryMethods = []string{"survey", "staff_consultation", "mystery_shopper", "signals", "media"}

// OptionalMethods are the other methods the methodology names; a municipality may apply them.
var OptionalMethods = []string{"public_consultation", "feedback_card", "hotline", "e_form", "focus_group"}

// MethodsWithData tells, for one calendar year, which feedback methods have at least one record.
func MethodsWithData(ctx context.Context, db *sql.DB, year int) (map[string]int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT method, count(*) FROM v_method_activity WHERE year(date) = ? GROUP BY method`, year)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var m string
		var n int64
		if err := rows.Scan(&m, &n); err != nil {
			return nil, err
		}
		out[m] = n
	}
	return out, rows.Err()
}
