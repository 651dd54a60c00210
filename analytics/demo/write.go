package demo

import (
	"context"
	"crypto/sha256"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/store"
)

// Progress reports how many of the dataset's tables are written.
type Progress func(done, total int, table string)

// ErrNotEmpty: the demo is written only into an empty database.
var ErrNotEmpty = errors.New("базата данни вече съдържа данни; демото се записва само в празна база / the database already holds data; the demo is written only into an empty database")

// Write loads the dataset into an empty database in one transaction with the Appender,
// logs it as a demo import and marks the database as holding the demo municipality. It refuses
// a database holding data (ErrNotEmpty), asked inside its transaction: its records' ids are unique
// among themselves only, and the register of requests has no key index to refuse a repeat (0017).
func Write(ctx context.Context, s *store.Store, ds *Dataset, progress Progress) error {
	var importID int64
	if err := s.DB.QueryRowContext(ctx, "SELECT nextval('import_id_seq')").Scan(&importID); err != nil {
		return err
	}
	return s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		if err := refuseData(ctx, dc); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		if err := writeAll(ctx, dc, ds, importID, progress); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
}

func writeAll(ctx context.Context, dc driver.Conn, ds *Dataset, importID int64, progress Progress) error {
	started := time.Now()
	total := 0
	for i, t := range ds.Tables {
		if err := appendTable(dc, t, importID); err != nil {
			return err
		}
		total += len(t.Rows)
		if progress != nil {
			progress(i+1, len(ds.Tables), t.Name)
		}
	}
	name := fmt.Sprintf("demo:seed=%d", ds.Seed)
	digest := fmt.Sprintf("%x", sha256.Sum256([]byte(name)))
	if err := store.Exec(ctx, dc, `INSERT INTO import_log (import_id, file_name, sha256, profile, record_kind,
		rows_read, rows_accepted, is_demo, started_at, finished_at) VALUES (?, ?, ?, 'demo', 'all', ?, ?, true, ?, now())`,
		importID, name, digest, int64(total), int64(total), started); err != nil {
		return err
	}
	// The demo covers its 36 months for every record kind, visits and consultations included.
	from, to := FirstMonth, FirstMonth.AddDate(0, Months, -1)
	for _, kind := range []string{"survey_responses", "feedback_cards", "signals", "service_requests", "mystery_items", "consultations"} {
		if err := store.Exec(ctx, dc, `INSERT INTO data_coverage VALUES (?, ?, ?::DATE, ?::DATE, true)`,
			importID, kind, from.Format("2006-01-02"), to.Format("2006-01-02")); err != nil {
			return err
		}
	}
	return store.Exec(ctx, dc, `INSERT OR REPLACE INTO app_meta VALUES ('demo_seed', ?)`, strconv.FormatUint(ds.Seed, 10))
}

func appendTable(dc driver.Conn, t *Table, importID int64) error {
	cols := append(append([]string{}, t.Columns...), "import_id")
	a, err := duckdb.NewAppenderWithColumns(dc, "", "", t.Name, cols)
	if err != nil {
		return fmt.Errorf("appender %s: %w", t.Name, err)
	}
	row := make([]driver.Value, len(cols))
	for i, r := range t.Rows {
		for j, v := range r {
			row[j] = v
		}
		row[len(cols)-1] = importID
		if err := a.AppendRow(row...); err != nil {
			a.Close()
			return fmt.Errorf("append %s row %d: %w", t.Name, i+1, err)
		}
	}
	if err := a.Close(); err != nil {
		return fmt.Errorf("flush %s: %w", t.Name, err)
	}
	return nil
}

// IsDemo tells whether the database holds the generated demo municipality.
func IsDemo(ctx context.Context, s *store.Store) (bool, error) {
	var n int
	err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM app_meta WHERE key = 'demo_seed'").Scan(&n)
	return n > 0, err
}

// refuseData: IsEmpty's question on the writer's connection, inside its transaction.
func refuseData(ctx context.Context, dc driver.Conn) error {
	n, err := count(ctx, dc, emptyQuery)
	if err == nil && n != 0 {
		err = ErrNotEmpty
	}
	return err
}

const emptyQuery = "SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM import_log)"

// IsEmpty tells whether the database has no records at all (first start).
func IsEmpty(ctx context.Context, s *store.Store) (bool, error) {
	var n int
	err := s.DB.QueryRowContext(ctx, emptyQuery).Scan(&n)
	return n == 0, err
}
