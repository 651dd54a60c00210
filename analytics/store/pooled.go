package store

import "context"

// Pooled tells whether the database is a pool of municipalities' packages (written by otzvuk
// pool). A pooled database is derived: it is never migrated, but built anew from the packages.
func (s *Store) Pooled(ctx context.Context) bool {
	var n int
	err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pool_packages'").Scan(&n)
	return err == nil && n > 0
}

// LatestSchemaVersion is the last migration this build knows.
func LatestSchemaVersion() int {
	all, err := loadMigrations()
	if err != nil || len(all) == 0 {
		return 0
	}
	return all[len(all)-1].version
}
