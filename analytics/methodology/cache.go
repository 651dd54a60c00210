package methodology

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"otzvuk/analytics/compare"
	"sort"
	"strings"
	"sync"
	"time"
)

// Cache keeps Compute's results per database, data version, indicator definitions and query, so
// a view shown again (the dashboard after a tab change, the same filter twice) costs one cheap
// version query instead of every indicator's scans. Any change of the data makes a new version:
// the cache never serves a result computed from other data. Safe for concurrent use.
type Cache struct {
	mu      sync.Mutex
	max     int
	entries map[string][]Value
	hits    int
	misses  int
}

// NewCache keeps at most max results (all are dropped when it is full: views repeat, so it refills).
func NewCache(max int) *Cache { return &Cache{max: max, entries: map[string][]Value{}} }

// versionTables: every table Compute reads (a table added under a view must be added here). A record table changes only through an import or the
// demo generator, each with a new import_id (a merge re-stamps the rows it replaces, an undo
// deletes them), so its row count with the sum and maximum of its import ids tells its version;
// the tables written without an import (names, stated coverage, the comments' themes) are hashed whole.
var versionTables = []string{
	"SELECT 'import_log', count(*), coalesce(sum(import_id), 0)::VARCHAR, coalesce(max(import_id), 0)::VARCHAR FROM import_log",
	"SELECT 'departments', count(*), coalesce(sum(hash(code, name)), 0)::VARCHAR, '' FROM departments",
	"SELECT 'services', count(*), coalesce(sum(hash(code, name)), 0)::VARCHAR, '' FROM services",
	"SELECT 'data_coverage', count(*), coalesce(sum(hash(record_kind, date_from, date_to)), 0)::VARCHAR, '' FROM data_coverage",
	// The comments' themes (v_comments) change on a new scan, with no import.
	"SELECT 'theme_matches', count(*), coalesce(sum(hash(source, record_id, theme_id)), 0)::VARCHAR, '' FROM theme_matches",
}

func init() {
	for _, t := range []string{"service_requests", "survey_responses", "survey_ratings", "feedback_cards", "signals",
		"mystery_visits", "mystery_items", "consultations"} {
		versionTables = append(versionTables,
			fmt.Sprintf("SELECT '%s', count(*), coalesce(sum(import_id), 0)::VARCHAR, coalesce(max(import_id), 0)::VARCHAR FROM %s", t, t))
	}
}

// DataVersion returns the fingerprint of the data Compute reads (one query, metadata and integer sums).
func DataVersion(ctx context.Context, db *sql.DB) (string, error) { return dataVersion(ctx, db) }

// queryer is a database or a transaction (a cube is built with the version of its own snapshot).
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func dataVersion(ctx context.Context, db queryer) (string, error) {
	rows, err := db.QueryContext(ctx, strings.Join(versionTables, " UNION ALL "))
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var parts []string
	for rows.Next() {
		var name string
		var n int64
		var sum, max sql.NullString // HUGEINT and UBIGINT sums: read as text
		if err := rows.Scan(&name, &n, &sum, &max); err != nil {
			return "", err
		}
		parts = append(parts, fmt.Sprintf("%s:%d:%s:%s", name, n, sum.String, max.String))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	sort.Strings(parts) // UNION ALL keeps no order
	return strings.Join(parts, ";"), nil
}

// key: the database, its data version, the definitions of the requested indicators, the query
// and the calendar day of "today" (every use of today is by the day). ok = false: not cacheable.
func (c *Cache) key(ctx context.Context, db *sql.DB, cat *Catalog, q Query) (key, version string, ok bool) {
	if Pooled(ctx, db) {
		return "", "", false // a pool's tables differ; not worth a second fingerprint
	}
	version, err := "", error(nil)
	if s := snapshotOf(ctx, db); s != nil && s.version != "" {
		version = s.version
	} else if version, err = DataVersion(ctx, db); err != nil {
		return "", "", false
	}
	h := sha256.New()
	// the significance of every change depends on the level the municipality chose
	fmt.Fprintf(h, "%p\x00%s\x00fdr=%g\x00", db, version, compare.FDRLevel())
	for _, id := range q.Indicators {
		ind, ok := cat.Get(id)
		if !ok {
			return "", "", false
		}
		def, err := json.Marshal(ind)
		if err != nil {
			return "", "", false
		}
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00", id, ind.File, def)
	}
	today := q.Today
	if today.IsZero() {
		today = time.Now().In(sofia)
	}
	q.Today = time.Time{} // by the day, below
	query, err := json.Marshal(q)
	if err != nil {
		return "", "", false
	}
	fmt.Fprintf(h, "%s\x00%s", query, today.Format("2006-01-02"))
	return hex.EncodeToString(h.Sum(nil)), version, true
}

// Compute is methodology.Compute through the cache. Results with a skipped indicator or an error
// are not kept. The values returned are a copy of the slice; their pointed-to fields are shared and
// must not be written.
func (c *Cache) Compute(ctx context.Context, db *sql.DB, cat *Catalog, q Query) ([]Value, error) {
	if c == nil {
		return Compute(ctx, db, cat, q)
	}
	key, version, ok := c.key(ctx, db, cat, q)
	if ok {
		c.mu.Lock()
		vals, hit := c.entries[key]
		if hit {
			c.hits++
		} else {
			c.misses++
		}
		c.mu.Unlock()
		if hit {
			return append([]Value(nil), vals...), nil
		}
	}
	if ok {
		ctx = withVersion(ctx, version) // the cubes are read at the version just read
	}
	vals, err := Compute(ctx, db, cat, q)
	if err != nil || !ok {
		return vals, err
	}
	c.mu.Lock()
	if len(c.entries) >= c.max {
		c.entries = map[string][]Value{}
	}
	c.entries[key] = append([]Value(nil), vals...)
	c.mu.Unlock()
	return vals, nil
}

// Stats: hits and misses so far.
func (c *Cache) Stats() (hits, misses int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}
