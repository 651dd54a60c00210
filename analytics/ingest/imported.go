package ingest

import (
	"context"
	"database/sql"
	"time"
)

// ImportedFile is one file whose import finished: what exports and the annual report name as
// the source of their numbers.
type ImportedFile struct {
	File     string
	SHA256   string
	Kind     string
	Read     int64
	Accepted int64
	Rejected int64
	Demo     bool
	Finished time.Time
}

// ImportedFiles lists the imports that finished, newest first.
func ImportedFiles(ctx context.Context, db *sql.DB) ([]ImportedFile, error) {
	rows, err := db.QueryContext(ctx, `SELECT file_name, sha256, record_kind, rows_read, rows_accepted, rows_rejected, is_demo, finished_at
		FROM v_import_sources ORDER BY finished_at DESC, import_id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ImportedFile
	for rows.Next() {
		var s ImportedFile
		if err := rows.Scan(&s.File, &s.SHA256, &s.Kind, &s.Read, &s.Accepted, &s.Rejected, &s.Demo, &s.Finished); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
