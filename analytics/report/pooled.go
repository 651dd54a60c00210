package report

import (
	"context"
	"database/sql"
	"time"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
)

// sources are the files the numbers come from: the imports of a municipality's database, or the
// packages of a pooled one (otzvuk pool), which has no import log.
func sources(ctx context.Context, db *sql.DB) ([]ingest.ImportedFile, error) {
	if !methodology.Pooled(ctx, db) {
		return ingest.ImportedFiles(ctx, db)
	}
	rows, err := db.QueryContext(ctx, `SELECT source, name, pooled_at FROM pool_packages ORDER BY municipality`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ingest.ImportedFile
	for rows.Next() {
		var dir, name string
		var at time.Time
		if err := rows.Scan(&dir, &name, &at); err != nil {
			return nil, err
		}
		out = append(out, ingest.ImportedFile{File: dir, Kind: "package " + name, Finished: at})
	}
	return out, rows.Err()
}
