package methodology

import (
	"context"
	"database/sql"
)

// A view asks many questions of one database in one request — the department view a dozen
// Computes, each of which first asked whether the database is a pool, read the data version (for
// the cache key, and again for the cubes) and the record count (cubes or records?): ~25 ms of
// metadata per Compute on the demo, more than the cube reads themselves, paid again on every cache
// hit. A request's snapshot reads them once and every Compute under that context takes them.
//
// A snapshot is for a read-only request: a writer that changes the data must not carry one (its
// version would be stale). If an import commits during the request, the request's results are
// keyed by the version it started at, which no later request asks for.
type snapshotKey struct{}

type snapshot struct {
	db      *sql.DB
	pooled  bool
	version string // "" when it could not be read (each Compute then reads its own)
	records int64
}

// WithSnapshot reads, once, what every Compute of a read-only request asks first of db.
func WithSnapshot(ctx context.Context, db *sql.DB) context.Context {
	if s := snapshotOf(ctx, db); s != nil {
		return ctx
	}
	s := &snapshot{db: db, pooled: pooled(ctx, db)}
	if !s.pooled {
		s.version, _ = DataVersion(ctx, db)
		s.records = countRecordRows(ctx, db)
	}
	return context.WithValue(ctx, snapshotKey{}, s)
}

// snapshotOf is the request's snapshot of db, or nil.
func snapshotOf(ctx context.Context, db *sql.DB) *snapshot {
	s, _ := ctx.Value(snapshotKey{}).(*snapshot)
	if s == nil || s.db != db {
		return nil
	}
	return s
}

// SnapshotVersion is the data version the request's snapshot of db read ("" with no snapshot, in
// a pool, or when it could not be read): what a view keeps its own results by, beside the cache.
func SnapshotVersion(ctx context.Context, db *sql.DB) string {
	if s := snapshotOf(ctx, db); s != nil && !s.pooled {
		return s.version
	}
	return ""
}
