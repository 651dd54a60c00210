package methodology

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// cubeSet is one Compute's view of the cubes: the data version it reads them at. A cube is read
// only when the registry (stat_cubes) says it was built from that version; otherwise it is built
// first (one scan of its view), in a transaction that reads the version again, so a cube and the
// version it is labelled with always come from the same snapshot. Nil: no cubes (a pooled or a
// read-only database, or one below cubeMinRecords), every query reads the records.
type cubeSet struct {
	db      *sql.DB
	cat     *Catalog
	version string
	reg     *cubeRegistry
}

// cubeRegistry remembers, per database handle, the cubes known current and serialises builds
// (two tasks needing the same cube build it once; builds never race each other's DROPs).
type cubeRegistry struct {
	mu       sync.Mutex
	current  map[string]string // table → data version it holds
	disabled bool              // the database cannot hold cubes (read-only)
	// what every Compute at one data version reads alike: names, coverage and data spans
	metaVersion string
	meta        *taskEnv
	// prepared queries at metaVersion, by text: planning a query costs DuckDB more than running it
	// over a cube, and a view asks the same queries again with other dates
	stmts map[string]*sql.Stmt
}

// maxStatements bounds the prepared queries kept (a few views × a few dozen tasks).
const maxStatements = 512

// query runs a task's query through the prepared statement kept for its text at this data
// version (prepared on first use). A statement is never reused across versions: a rebuilt cube
// is a new table under the same name.
func (c *cubeSet) query(ctx context.Context, text string, args ...any) (*sql.Rows, error) {
	r := c.reg
	r.mu.Lock()
	if r.metaVersion != c.version {
		r.mu.Unlock()
		return c.db.QueryContext(ctx, text, args...)
	}
	st := r.stmts[text]
	r.mu.Unlock()
	if st == nil {
		var err error
		if st, err = c.db.PrepareContext(ctx, text); err != nil {
			return nil, err
		}
		r.mu.Lock()
		if r.metaVersion != c.version || len(r.stmts) >= maxStatements {
			r.mu.Unlock()
			defer st.Close()
			return st.QueryContext(ctx, args...)
		}
		if kept := r.stmts[text]; kept != nil {
			st.Close()
			st = kept
		} else {
			r.stmts[text] = st
		}
		r.mu.Unlock()
	}
	return st.QueryContext(ctx, args...)
}

// metaAt: a new task environment sharing the names and spans read at this version (nil: none yet).
func (r *cubeRegistry) metaAt(version string) *taskEnv {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.meta == nil || r.metaVersion != version {
		return nil
	}
	m := r.meta
	m.mu.Lock()
	defer m.mu.Unlock()
	span := make(map[string]dataSpan, len(m.span))
	for k, v := range m.span {
		span[k] = v
	}
	return &taskEnv{names: m.names, spans: m.spans, span: span, keep: m}
}

func (r *cubeRegistry) keepMeta(version string, env *taskEnv) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, st := range r.stmts {
		st.Close() // the statements of the previous version
	}
	r.stmts = map[string]*sql.Stmt{}
	r.metaVersion, r.meta = version, &taskEnv{names: env.names, spans: env.spans, span: map[string]dataSpan{}}
	env.keep = r.meta
}

var registries sync.Map // *sql.DB → *cubeRegistry

func registryOf(db *sql.DB) *cubeRegistry {
	r, _ := registries.LoadOrStore(db, &cubeRegistry{current: map[string]string{}})
	return r.(*cubeRegistry)
}

// noCubesKey in a context makes Compute read the records, never a cube.
type noCubesKey struct{}

// FromRecords makes the Computes under ctx read the records, never a cube (tests and benchmarks
// compare the two).
func FromRecords(ctx context.Context) context.Context {
	return context.WithValue(ctx, noCubesKey{}, true)
}

// alwaysCubesKey makes Compute read cubes whatever the size of the data (tests of small fixtures).
type alwaysCubesKey struct{}

func withCubes(ctx context.Context) context.Context {
	return context.WithValue(ctx, alwaysCubesKey{}, true)
}

// cubeMinRecords: below this many records the records are read. A query over a few tens of
// thousands of records costs DuckDB little more than its plan, as a cube query does, and building
// the cubes after each import would cost more than it saves (the demo: 77,000 records, cubes
// built in about 0.5 s for a dashboard 10 % faster).
const cubeMinRecords = 250_000

// recordRows: the records of every kind, as DuckDB's catalogue estimates them (no scan).
func recordRows(ctx context.Context, db *sql.DB) int64 {
	if s := snapshotOf(ctx, db); s != nil {
		return s.records
	}
	return countRecordRows(ctx, db)
}

func countRecordRows(ctx context.Context, db *sql.DB) int64 {
	var n sql.NullInt64
	db.QueryRowContext(ctx, `SELECT sum(estimated_size) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'
		AND table_name IN ('service_requests', 'survey_responses', 'survey_ratings', 'feedback_cards', 'signals', 'mystery_visits', 'mystery_items', 'consultations')`).Scan(&n)
	return n.Int64
}

// versionKey carries a data version already read for this request (Cache.Compute reads it first).
type versionKey struct{}

func withVersion(ctx context.Context, v string) context.Context {
	return context.WithValue(ctx, versionKey{}, v)
}

// openCubes decides whether this Compute reads cubes, and at which data version.
func openCubes(ctx context.Context, db *sql.DB, cat *Catalog) *cubeSet {
	if ctx.Value(noCubesKey{}) != nil || Pooled(ctx, db) {
		return nil
	}
	if ctx.Value(alwaysCubesKey{}) == nil && recordRows(ctx, db) < cubeMinRecords {
		return nil
	}
	reg := registryOf(db)
	reg.mu.Lock()
	disabled := reg.disabled
	reg.mu.Unlock()
	if disabled {
		return nil
	}
	version, _ := ctx.Value(versionKey{}).(string)
	if s := snapshotOf(ctx, db); version == "" && s != nil {
		version = s.version
	}
	if version == "" {
		v, err := DataVersion(ctx, db)
		if err != nil {
			return nil
		}
		version = v
	}
	return &cubeSet{db: db, cat: cat, version: version, reg: reg}
}

// ensure returns the cube's table, current at the set's version, building it when needed; "" when
// it cannot (the caller then reads the records).
func (c *cubeSet) ensure(ctx context.Context, d cubeDef) string {
	if c == nil {
		return ""
	}
	name := d.table()
	c.reg.mu.Lock()
	defer c.reg.mu.Unlock()
	if c.reg.disabled {
		return ""
	}
	if c.reg.current[name] == c.version {
		return name
	}
	var held string
	err := c.db.QueryRowContext(ctx, "SELECT data_version FROM stat_cubes WHERE name = ?", name).Scan(&held)
	if err == nil && held == c.version {
		c.reg.current[name] = held
		return name
	}
	if err != nil && err != sql.ErrNoRows {
		return "" // no registry (a database this build did not migrate): read the records
	}
	built, err := buildCube(ctx, c.db, d)
	if err != nil {
		if ctx.Err() == nil && readOnly(ctx, c.db) {
			c.reg.disabled = true
		}
		return ""
	}
	c.reg.current[name] = built
	if built != c.version {
		// The data changed since this request began: the cube is newer than the request's other
		// reads. Read the records for this one; the next request uses the cube.
		return ""
	}
	return name
}

func readOnly(ctx context.Context, db *sql.DB) bool {
	var mode string
	if err := db.QueryRowContext(ctx, "SELECT current_setting('access_mode')").Scan(&mode); err != nil {
		return false
	}
	return strings.EqualFold(mode, "read_only")
}

// buildCube (re)builds one cube and records it; cubes left from an older version of the data are
// dropped in the same transaction. It returns the data version the cube holds.
func buildCube(ctx context.Context, db *sql.DB, d cubeDef) (string, error) {
	return buildCubes(ctx, db, []cubeDef{d}, nil)
}

// buildCubes (re)builds cubes in one transaction and records them, dropping the cubes left from
// an older version of the data: one read of the data version, of the stale tables and one commit
// for all (an import's warm-up builds a few dozen, most over views it left empty, where those
// were most of each one's cost). progress (may be nil) hears of each before it is built. It
// returns the data version the cubes hold; on an error none is built.
func buildCubes(ctx context.Context, db *sql.DB, defs []cubeDef, progress func(done, total int)) (string, error) {
	if len(defs) == 0 {
		return "", errors.New("no cube to build")
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	version, err := dataVersion(ctx, tx)
	if err != nil {
		return "", err
	}
	rows := make([]int64, len(defs))
	took := make([]float64, len(defs))
	building := map[string]bool{}
	for i, d := range defs {
		if progress != nil {
			progress(i, len(defs))
		}
		t0 := time.Now()
		name := d.table()
		building[name], building[name+"_m"] = true, true
		// name is a hex digest; d.sql holds catalogue expressions (checked) and fixed fragments only.
		build := "CREATE OR REPLACE TABLE " + name + " AS " + d.sql
		if d.date != "" {
			// Stored in date order, so that the days of a partly covered month are read from a few
			// row groups (DuckDB skips the others by their min/max), not the whole cube.
			build = "CREATE OR REPLACE TABLE " + name + " AS SELECT * FROM (" + d.sql + ") ORDER BY " + d.date
		}
		if _, err := tx.ExecContext(ctx, build); err != nil {
			return "", err
		}
		if m := d.monthsSQL(); m != "" {
			if _, err := tx.ExecContext(ctx, "CREATE OR REPLACE TABLE "+name+"_m AS "+m); err != nil {
				return "", err
			}
		}
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+name).Scan(&rows[i]); err != nil {
			return "", err
		}
		took[i] = float64(time.Since(t0).Microseconds()) / 1000
	}
	stale, err := staleCubes(ctx, tx, version)
	if err != nil {
		return "", err
	}
	for _, s := range stale {
		if building[s] {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS "+s); err != nil {
			return "", err
		}
	}
	// The registry in two statements whatever the number of cubes (a statement costs DuckDB about
	// a millisecond, and a warm-up registers a few dozen): the old versions' rows and these cubes'
	// rows out, these cubes' rows in. Every value is a parameter.
	drop, add := make([]string, len(defs)), make([]string, len(defs))
	dropArgs, addArgs := []any{version}, make([]any, 0, 5*len(defs))
	for i, d := range defs {
		drop[i], add[i] = "?", "(?, ?, ?, now()::TIMESTAMP, ?, ?)"
		dropArgs = append(dropArgs, d.table())
		addArgs = append(addArgs, d.table(), d.sql, version, rows[i], took[i])
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM stat_cubes WHERE data_version <> ? OR name IN ("+strings.Join(drop, ", ")+")", dropArgs...); err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO stat_cubes VALUES "+strings.Join(add, ", "), addArgs...); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", err
	}
	return version, nil
}

// staleCubes: cube tables not built from this version (their names come from the registry and
// from the catalog, both written only by buildCube: stat_cube_ and a hex digest).
func staleCubes(ctx context.Context, tx *sql.Tx, version string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_name LIKE 'stat\_cube\_%' ESCAPE '\'
		  AND table_name NOT IN (SELECT name FROM stat_cubes WHERE data_version = ? UNION ALL SELECT name || '_m' FROM stat_cubes WHERE data_version = ?)`, version, version)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		if !cubeName(s) {
			continue
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// cubeName: a daily cube's table (stat_cube_ and 16 hex digits) or its monthly one (…_m).
func cubeName(s string) bool {
	hex := strings.TrimSuffix(strings.TrimPrefix(s, "stat_cube_"), "_m")
	if len(hex) != 16 || hex == s {
		return false
	}
	for _, r := range hex {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// WarmCubes builds every cube the catalogues read that is not current, so the first view after an
// import reads cubes; progress (may be nil) hears of each built. It returns how many it built. A
// pooled or read-only database has none, nor one of fewer than cubeMinRecords records.
func WarmCubes(ctx context.Context, db *sql.DB, progress func(done, total int), cats ...*Catalog) (int, error) {
	if len(cats) == 0 || cats[0] == nil {
		return 0, nil
	}
	c := openCubes(ctx, db, cats[0])
	if c == nil {
		return 0, nil
	}
	// The cubes registered at this version (an import keeps them current in its transaction,
	// cube_delta.go): known current without a query each, and not counted as built.
	if rows, err := db.QueryContext(ctx, "SELECT name FROM stat_cubes WHERE data_version = ?", c.version); err == nil {
		c.reg.mu.Lock()
		for rows.Next() {
			var name string
			if rows.Scan(&name) == nil {
				c.reg.current[name] = c.version
			}
		}
		c.reg.mu.Unlock()
		rows.Close()
	}
	var todo []cubeDef
	seen := map[string]bool{}
	for _, cat := range cats {
		if cat == nil {
			continue
		}
		for _, d := range cubeDefsOf(cat) {
			c.reg.mu.Lock()
			fresh := c.reg.current[d.table()] == c.version
			c.reg.mu.Unlock()
			if !fresh && !seen[d.table()] {
				seen[d.table()] = true
				todo = append(todo, d)
			}
		}
	}
	if len(todo) > 1 && c.buildAll(ctx, todo, progress) {
		return len(todo), nil
	}
	for i, d := range todo {
		if progress != nil {
			progress(i, len(todo))
		}
		if c.ensure(ctx, d) == "" {
			if err := ctx.Err(); err != nil {
				return i, err
			}
			c.reg.mu.Lock()
			newer := c.reg.current[d.table()] != "" // built from data newer than this call began with
			c.reg.mu.Unlock()
			if !newer {
				return i, fmt.Errorf("cube for %s could not be built", d.view)
			}
		}
	}
	if progress != nil && len(todo) > 0 {
		progress(len(todo), len(todo))
	}
	return len(todo), nil
}

// buildAll builds the cubes in one transaction (buildCubes) and says whether it did; a failure
// (one broken cube of a municipality's own catalogue) leaves them to be built one by one, so that
// the others are built still.
func (c *cubeSet) buildAll(ctx context.Context, todo []cubeDef, progress func(done, total int)) bool {
	c.reg.mu.Lock()
	defer c.reg.mu.Unlock()
	if c.reg.disabled {
		return false
	}
	built, err := buildCubes(ctx, c.db, todo, progress)
	if err != nil {
		return false
	}
	for _, d := range todo {
		c.reg.current[d.table()] = built
	}
	if progress != nil {
		progress(len(todo), len(todo))
	}
	return true
}

// WithCubes makes the Computes and WarmCubes under ctx use cubes whatever the size of the data
// (tests over small fixtures).
func WithCubes(ctx context.Context) context.Context { return withCubes(ctx) }

// RebuildCubes builds every cube the catalogues read from the records, current or not (a repair,
// or definitions changed by hand: otzvuk maintenance --rebuild); progress (may be nil) hears of
// each. It returns how many it built; none where WarmCubes would build none.
func RebuildCubes(ctx context.Context, db *sql.DB, progress func(done, total int), cats ...*Catalog) (int, error) {
	if len(cats) == 0 || cats[0] == nil {
		return 0, nil
	}
	c := openCubes(ctx, db, cats[0])
	if c == nil {
		return 0, nil
	}
	var todo []cubeDef
	seen := map[string]bool{}
	for _, cat := range cats {
		if cat == nil {
			continue
		}
		for _, d := range cubeDefsOf(cat) {
			if !seen[d.table()] {
				seen[d.table()] = true
				todo = append(todo, d)
			}
		}
	}
	for i, d := range todo {
		if progress != nil {
			progress(i, len(todo))
		}
		c.reg.mu.Lock()
		built, err := buildCube(ctx, db, d)
		if err == nil {
			c.reg.current[d.table()] = built
		}
		c.reg.mu.Unlock()
		if err != nil {
			return i, fmt.Errorf("cube for %s: %w", d.view, err)
		}
	}
	if progress != nil {
		progress(len(todo), len(todo))
	}
	return len(todo), nil
}
