package demo

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"otzvuk/analytics/store"
)

// The demo is the other writer of the register of requests, which has no key index (migration
// 0017): its ids are unique for every seed the app and the pool write, and it refuses a database
// holding data inside its own transaction (where an import's ids could meet its own).
func TestDemoWritesEachRequestIDOnceAndOnlyIntoAnEmptyDatabase(t *testing.T) {
	for _, seed := range []uint64{DefaultSeed, 2026, 2027, 1} { // the app's, the pool's demo municipalities', another
		seen := map[any]bool{}
		for _, r := range Generate(seed).Table("service_requests").Rows {
			if seen[r[0]] {
				t.Fatalf("seed %d: request id %v generated twice", seed, r[0])
			}
			seen[r[0]] = true
		}
	}
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "d.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Write(ctx, s, Generate(DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	var n, distinct int
	if err := s.DB.QueryRow(`SELECT count(*), count(DISTINCT id) FROM service_requests`).Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	if n == 0 || n != distinct {
		t.Fatalf("%d requests, %d distinct ids", n, distinct)
	}
	// Again into the same database: refused, nothing written.
	if err := Write(ctx, s, Generate(DefaultSeed), nil); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("a second demo into a database holding one: %v", err)
	}
	var again int
	if err := s.DB.QueryRow(`SELECT count(*) FROM service_requests`).Scan(&again); err != nil || again != n {
		t.Fatalf("after the refused write %d requests, want %d (%v)", again, n, err)
	}
}
