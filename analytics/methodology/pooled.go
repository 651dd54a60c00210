package methodology

import (
	"context"
	"database/sql"
)

// ErrNotPooled: the municipality dimension needs a pooled database, whose records carry the municipality.
var ErrNotPooled = &exprError{
	bg: "базата данни е на една община; за сравнение между общини обединете пакетите им (otzvuk pool)",
	en: "the database holds one municipality; to compare municipalities pool their packages (otzvuk pool)",
}

// Pooled tells whether the database is a pool of municipalities' packages (otzvuk pool): its
// record views then carry a municipality column.
func Pooled(ctx context.Context, db *sql.DB) bool {
	if s := snapshotOf(ctx, db); s != nil {
		return s.pooled
	}
	return pooled(ctx, db)
}

func pooled(ctx context.Context, db *sql.DB) bool {
	var n int
	err := db.QueryRowContext(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pool_packages'").Scan(&n)
	return err == nil && n > 0
}
