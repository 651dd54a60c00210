package demo

import (
	"context"
	"database/sql/driver"
	"fmt"

	"otzvuk/analytics/store"
)

// recordTables hold records that carry the import that brought them in; services and departments
// last, since records refer to them.
var recordTables = []string{"survey_ratings", "survey_responses", "feedback_cards", "signals", "service_requests",
	"mystery_items", "mystery_visits", "consultations", "services", "departments"}

// Removed says what removing the demo took out.
type Removed struct {
	Records int64 // records of every kind
	Kept    int64 // demo departments and services kept because imported records refer to them
}

// Remove deletes the demo municipality — its records, the departments and services only it
// used, its import log, coverage and mark — in one transaction, and leaves imported data as it is.
func Remove(ctx context.Context, s *store.Store) (Removed, error) {
	var out Removed
	err := s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		if err := remove(ctx, dc, &out); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
	return out, err
}

const demoImports = "(SELECT import_id FROM import_log WHERE is_demo)"

func remove(ctx context.Context, dc driver.Conn, out *Removed) error {
	for _, t := range recordTables {
		q := fmt.Sprintf("DELETE FROM %s WHERE import_id IN %s", t, demoImports) // t is from the fixed list above
		switch t {
		case "services":
			q += " AND code NOT IN (SELECT service_code FROM service_requests WHERE service_code IS NOT NULL UNION SELECT service_code FROM survey_responses WHERE service_code IS NOT NULL UNION SELECT service_code FROM signals WHERE service_code IS NOT NULL)"
		case "departments":
			q += ` AND code NOT IN (SELECT department_code FROM service_requests UNION SELECT department_code FROM survey_responses
				UNION SELECT department_code FROM feedback_cards UNION SELECT department_code FROM signals
				UNION SELECT department_code FROM mystery_visits UNION SELECT department_code FROM consultations
				UNION SELECT department_code FROM services)`
		}
		n, err := execCount(ctx, dc, q)
		if err != nil {
			return fmt.Errorf("remove demo %s: %w", t, err)
		}
		out.Records += n
	}
	after, err := count(ctx, dc, "SELECT count(*) FROM services WHERE import_id IN "+demoImports+
		" UNION ALL SELECT count(*) FROM departments WHERE import_id IN "+demoImports)
	if err != nil {
		return err
	}
	out.Kept = after
	for _, q := range []string{
		"DELETE FROM data_coverage WHERE import_id IN " + demoImports,
		"DELETE FROM import_log WHERE is_demo",
		"DELETE FROM app_meta WHERE key = 'demo_seed'",
		"INSERT OR REPLACE INTO app_meta VALUES ('start', 'demo_removed')",
	} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	return nil
}

// count sums the first column over the rows of a query.
func count(ctx context.Context, dc driver.Conn, q string) (int64, error) {
	rows, err := dc.(driver.QueryerContext).QueryContext(ctx, q, nil)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var total int64
	v := make([]driver.Value, 1)
	for rows.Next(v) == nil {
		if n, ok := v[0].(int64); ok {
			total += n
		}
	}
	return total, nil
}

// execCount runs a statement and returns how many rows it changed.
func execCount(ctx context.Context, dc driver.Conn, q string) (int64, error) {
	res, err := dc.(driver.ExecerContext).ExecContext(ctx, q, nil)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// NeedsChoice tells whether the window must ask how to start: an empty database whose user has
// not yet chosen between the demo municipality and their own data.
func NeedsChoice(ctx context.Context, s *store.Store) (bool, error) {
	empty, err := IsEmpty(ctx, s)
	if err != nil || !empty {
		return false, err
	}
	var n int
	err = s.DB.QueryRowContext(ctx, "SELECT count(*) FROM app_meta WHERE key = 'start'").Scan(&n)
	return n == 0, err
}

// ChooseEmpty records that the user starts with an empty database (their own data).
func ChooseEmpty(ctx context.Context, s *store.Store) error {
	_, err := s.DB.ExecContext(ctx, "INSERT OR REPLACE INTO app_meta VALUES ('start', 'empty')")
	return err
}
