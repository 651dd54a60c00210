package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// A database of the schema before 0017 (the register of requests with its primary key, row_hash
// added by 0004 at the end) opens into the table without the key: every record and every column
// as it was, the NOT NULLs kept, the view over it working, and an id repeated no longer refused by
// the table (the import refuses it: analytics/ingest/keys_test.go).
func TestMigrationDropsTheRequestsKeyKeepingEveryRecord(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v16.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const rows = `SELECT id, service_code, department_code, channel, respondent_group, tier, submitted_at, due_date,
		completed_at, cancelled_at, status, waiting_minutes, import_id, row_hash FROM service_requests ORDER BY id`
	for _, q := range []string{
		"DROP TABLE service_requests",
		`CREATE TABLE service_requests (id VARCHAR PRIMARY KEY, service_code VARCHAR, department_code VARCHAR NOT NULL,
			channel VARCHAR, respondent_group VARCHAR, tier VARCHAR, submitted_at TIMESTAMP NOT NULL, due_date DATE,
			completed_at TIMESTAMP, cancelled_at TIMESTAMP, status VARCHAR, waiting_minutes DOUBLE, import_id BIGINT NOT NULL)`,
		"ALTER TABLE service_requests ADD COLUMN row_hash VARCHAR",
		`INSERT INTO service_requests VALUES
			('ЗУ-1', '1997', 'GRAO', 'гише', 'citizen', 'ordinary', TIMESTAMP '2025-03-01 09:15', DATE '2025-03-08',
			 TIMESTAMP '2025-03-05 10:00', NULL, 'completed', 12.5, 3, 'h1'),
			('ЗУ-2', NULL, 'MDT', NULL, NULL, NULL, TIMESTAMP '2025-03-02 11:00', NULL, NULL, TIMESTAMP '2025-03-03 08:00', 'cancelled', NULL, 4, NULL)`,
		"DELETE FROM schema_migrations WHERE version = 17",
	} {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	before := dumpRows(t, s, rows)
	s.Close()

	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v < 17 {
		t.Fatalf("schema version %d", v)
	}
	if after := dumpRows(t, s, rows); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Fatalf("records changed by the migration:\nbefore %v\nafter  %v", before, after)
	}
	cols := dumpRows(t, s, `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'service_requests' ORDER BY ordinal_position`)
	want := "[[id VARCHAR NO] [service_code VARCHAR YES] [department_code VARCHAR NO] [channel VARCHAR YES] [respondent_group VARCHAR YES] " +
		"[tier VARCHAR YES] [submitted_at TIMESTAMP NO] [due_date DATE YES] [completed_at TIMESTAMP YES] [cancelled_at TIMESTAMP YES] " +
		"[status VARCHAR YES] [waiting_minutes DOUBLE YES] [import_id BIGINT NO] [row_hash VARCHAR YES]]"
	if fmt.Sprint(cols) != want {
		t.Fatalf("columns %v\nwant    %v", cols, want)
	}
	var n int
	if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM v_service_requests").Scan(&n); err != nil || n != 2 {
		t.Fatalf("the view over the table: %d rows, %v", n, err)
	}
	if _, err := s.DB.ExecContext(ctx, `INSERT INTO service_requests (id, department_code, submitted_at, import_id) VALUES (NULL, 'GRAO', TIMESTAMP '2025-03-01', 5)`); err == nil {
		t.Fatal("an id left empty was accepted")
	}
	if _, err := s.DB.ExecContext(ctx, `INSERT INTO service_requests (id, department_code, submitted_at, import_id) VALUES ('ЗУ-1', 'GRAO', TIMESTAMP '2025-03-01', 5)`); err != nil {
		t.Fatalf("the table still refuses a repeated id itself: %v", err)
	}
}

func dumpRows(t *testing.T, s *Store, q string) [][]string {
	t.Helper()
	rs, err := s.DB.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	var out [][]string
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = strings.TrimSpace(fmt.Sprint(v))
		}
		out = append(out, row)
	}
	return out
}
