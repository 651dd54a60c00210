package report

import (
	"context"
	"database/sql"
	"time"
)

// Source is one imported file the report's numbers come from.
type Source struct {
	File     string
	SHA256   string
	Kind     string
	Read     int64
	Accepted int64
	Rejected int64
	Demo     bool
	Finished time.Time
}

// Sources lists the imports that finished, newest first.
func Sources(ctx context.Context, db *sql.DB) ([]Source, error) {
	rows, err := db.QueryContext(ctx, `SELECT file_name, sha256, record_kind, rows_read, rows_accepted, rows_rejected, is_demo, finished_at
		FROM v_import_sources ORDER BY finished_at DESC, import_id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var s Source
		if err := rows.Scan(&s.File, &s.SHA256, &s.Kind, &s.Read, &s.Accepted, &s.Rejected, &s.Demo, &s.Finished); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
