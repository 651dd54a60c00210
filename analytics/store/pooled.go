package store

import "context"

// Pooled tells whether the database is a pool of municipalities' packages (written by otzvuk
// pool). A pooled database is derived: it is never migrated, but built anew from the packages.
func (s *Store) Pooled(ctx context.Context) bool {
	var n int
	err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pool_packages'").Scan(&n)
	return err == nil && n > 0
}

// PooledPackages is how many municipalities' packages a pooled database holds (0: not a pool).
func (s *Store) PooledPackages(ctx context.Context) int {
	if !s.Pooled(ctx) {
		return 0
	}
	var n int
	if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM pool_packages").Scan(&n); err != nil {
		return 0
	}
	return n
}

// LatestSchemaVersion is the last migration this build knows.
func LatestSchemaVersion() int {
	all, err := loadMigrations()
	if err != nil || len(all) == 0 {
		return 0
	}
	return all[len(all)-1].version
}
