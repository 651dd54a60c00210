package methodology

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// An import brings its own records' contribution to the cubes, and takes away the contribution of
// the records it replaces: every cube row is a sum over records (counts, Σ value, Σ value²,
// histogram counts, span counts), so the cube after the import is the cube before plus the new
// records' cube minus the replaced records' cube, row by row, with the rows left with no record
// removed — what a rebuild from all records would make, at the cost of the import's records.
//
// Design: the delta is applied inside the import's transaction, not after its commit. The
// replaced records are deleted by the merge, so their old contribution can only be read before it,
// in the same snapshot; and the cubes are then labelled with the data version read inside the
// transaction at its end, so a cube and its label come from one snapshot and commit or roll back
// with the records (a rejected or failed import leaves the cubes as they were). A cube is only
// updated when the registry says it was built from the version read at the transaction's start;
// anything else (a changed definition, a cube already stale, an undo, the demo's removal, an
// import of a kind or into a view this file does not know) leaves its label alone, and the next
// WarmCubes rebuilds it from the records as before. If another writer commits beside the import,
// the version after both differs from the one the cubes carry, so they are rebuilt too.
//
// Per kind: stats, hist, sum, count and spans are plain sums (stats and sum carry r, the records
// of a row, so a row left with none goes, and a Σ whose values all went becomes NULL again as in a
// rebuild). exists is not incremental: its monthly cube counts days, not records, and its views
// (v_method_activity) join several registers with no record key — it is rebuilt.

// CubeTx is the import's transaction as the cube delta uses it.
type CubeTx interface {
	Exec(ctx context.Context, query string, args ...any) error
	// Rows runs a query with no parameters and hands each row to fn.
	Rows(ctx context.Context, query string, fn func(row []any)) error
}

// incrementalViews: per record table, the views of its records that expose the table's key as id
// and nothing from another table — the cubes over them can take a delta. feeds: every view a
// record table's rows appear in (a cube over a fed view that is not incremental is rebuilt; a
// cube over a view not fed keeps its rows and takes the new label). A table not listed: no delta.
var (
	incrementalViews = map[string]string{
		"service_requests": "v_service_requests",
		"consultations":    "v_consultations",
		"feedback_cards":   "v_feedback_cards",
		"signals":          "v_signals",
		"survey_responses": "v_survey_responses",
	}
	feeds = map[string][]string{
		"service_requests": {"v_service_requests"},
		"consultations":    {"v_consultations", "v_method_activity"},
		"feedback_cards":   {"v_feedback_cards", "v_feedback_items", "v_method_activity", "v_comment_texts", "v_comments"},
		"signals":          {"v_signals", "v_feedback_items", "v_method_activity", "v_comment_texts", "v_comments"},
		"survey_responses": {"v_survey_responses", "v_survey_ratings", "v_feedback_items", "v_method_activity", "v_comment_texts", "v_comments"},
	}
	// knownViews: every view a cube may read; a cube over any other is never relabelled.
	knownViews = map[string]bool{"v_service_requests": true, "v_consultations": true, "v_feedback_cards": true, "v_signals": true,
		"v_survey_responses": true, "v_survey_ratings": true, "v_feedback_items": true, "v_method_activity": true,
		"v_mystery_items": true, "v_comment_texts": true, "v_comments": true}
)

// CubeDelta is one import's update of the cubes (StartCubeDelta, Subtract, Add, Finish).
type CubeDelta struct {
	table  string
	before string
	update []deltaCube // cubes taking the delta
	keep   []string    // cubes the import does not touch: relabelled only
}

type deltaCube struct {
	def     cubeDef
	keys    []string // the daily cube's key columns
	values  []string // its value columns
	started bool     // the delta table exists
}

// deltaTable: the temporary table gathering a cube's delta (its name is the cube's hex digest).
func (c *deltaCube) deltaTable() string {
	return "cube_delta_" + strings.TrimPrefix(c.def.table(), "stat_cube_")
}

// StartCubeDelta is called at the start of an import's transaction into the record table, before
// any write: it reads the data version and which of the catalogues' cubes are current at it. Nil:
// nothing to update (no cube current, or a table this file does not know).
func StartCubeDelta(ctx context.Context, tx CubeTx, table string, cats ...*Catalog) (*CubeDelta, error) {
	if _, ok := feeds[table]; !ok {
		return nil, nil
	}
	before, err := versionIn(ctx, tx)
	if err != nil {
		return nil, err
	}
	current := map[string]bool{}
	if err := tx.Rows(ctx, "SELECT name, data_version FROM stat_cubes", func(r []any) {
		name, _ := r[0].(string)
		v, _ := r[1].(string)
		if v == before && cubeName(name) {
			current[name] = true
		}
	}); err != nil {
		return nil, err
	}
	if len(current) == 0 {
		return nil, nil
	}
	columns := map[string][]string{}
	if err := tx.Rows(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_name LIKE 'stat\_cube\_%' ESCAPE '\' ORDER BY table_name, ordinal_position`, func(r []any) {
		t, _ := r[0].(string)
		c, _ := r[1].(string)
		columns[t] = append(columns[t], c)
	}); err != nil {
		return nil, err
	}
	fed := map[string]bool{}
	for _, v := range feeds[table] {
		fed[v] = true
	}
	d := &CubeDelta{table: table, before: before}
	seen := map[string]bool{}
	for _, cat := range cats {
		if cat == nil {
			continue
		}
		for _, def := range cubeDefsOf(cat) {
			name := def.table()
			if seen[name] || !current[name] || len(columns[name]) == 0 || (def.monthsSQL() != "" && len(columns[name+"_m"]) == 0) {
				continue
			}
			seen[name] = true
			switch {
			case !knownViews[def.view]:
			case !fed[def.view]:
				d.keep = append(d.keep, name)
			case def.view == incrementalViews[table] && def.kind != "exists" && strings.Count(def.sql, " FROM "+def.view+" ") == 1:
				keys := cubeKeyColumns(def)
				isKey := map[string]bool{}
				for _, k := range keys {
					isKey[k] = true
				}
				c := deltaCube{def: def, keys: keys}
				for _, col := range columns[name] {
					if !isKey[col] {
						c.values = append(c.values, col)
					}
				}
				d.update = append(d.update, c)
			}
		}
	}
	if len(d.update) == 0 && len(d.keep) == 0 {
		return nil, nil
	}
	return d, nil
}

// cubeKeyColumns: the columns a cube's rows are grouped by.
func cubeKeyColumns(d cubeDef) []string {
	switch d.kind {
	case "spans":
		return append([]string{"open_from", "open_to"}, cubeDims...)
	case "hist":
		return append(append([]string{d.date}, cubeDims...), "v")
	}
	return append([]string{d.date}, cubeDims...)
}

// over is the cube's SELECT over the records of src (the view's rows of the import's records,
// gathered once into a temporary table for every cube).
func (c *deltaCube) over(src string) string {
	return strings.Replace(c.def.sql, " FROM "+c.def.view+" ", " FROM "+src+" ", 1)
}

// Subtract takes away the contribution of the stored records whose id the query ids lists (fixed
// SQL of the import: the staged keys) — called before the merge deletes them.
func (d *CubeDelta) Subtract(ctx context.Context, tx CubeTx, ids string) error {
	return d.gather(ctx, tx, ids, -1)
}

// Add adds the contribution of the records whose id ids lists — called after the merge wrote them.
func (d *CubeDelta) Add(ctx context.Context, tx CubeTx, ids string) error {
	return d.gather(ctx, tx, ids, 1)
}

func (d *CubeDelta) gather(ctx context.Context, tx CubeTx, ids string, sign int) error {
	if d == nil || len(d.update) == 0 {
		return nil
	}
	// The view's rows of these records, read once (one pass over the record table) for every cube.
	view := incrementalViews[d.table]
	if err := tx.Exec(ctx, "CREATE OR REPLACE TEMP TABLE cube_delta_records AS SELECT * FROM "+view+" WHERE id IN ("+ids+")"); err != nil {
		return err
	}
	for i := range d.update {
		c := &d.update[i]
		sel := "SELECT * FROM (" + c.over("temp.cube_delta_records") + ")"
		if sign < 0 {
			cols := append([]string(nil), c.keys...)
			for _, v := range c.values {
				cols = append(cols, "-"+v+" AS "+v)
			}
			sel = "SELECT " + strings.Join(cols, ", ") + " FROM (" + c.over("temp.cube_delta_records") + ")"
		}
		q := "INSERT INTO temp." + c.deltaTable() + " BY NAME " + sel
		if !c.started {
			q = "CREATE OR REPLACE TEMP TABLE " + c.deltaTable() + " AS " + sel
		}
		if err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("cube delta of %s: %w", c.def.table(), err)
		}
		c.started = true
	}
	return tx.Exec(ctx, "DROP TABLE temp.cube_delta_records")
}

// Finish applies the gathered deltas to the daily and monthly cubes and labels them, with the
// cubes the import did not touch, with the data version read now (the end of the transaction).
func (d *CubeDelta) Finish(ctx context.Context, tx CubeTx) error {
	if d == nil {
		return nil
	}
	var names []string
	for i := range d.update {
		c := &d.update[i]
		if c.started {
			if err := c.apply(ctx, tx); err != nil {
				return fmt.Errorf("cube delta of %s: %w", c.def.table(), err)
			}
		}
		names = append(names, c.def.table())
	}
	names = append(names, d.keep...)
	after, err := versionIn(ctx, tx)
	if err != nil {
		return err
	}
	sort.Strings(names)
	// One statement for every label: a statement costs DuckDB ~1 ms whatever it does, and an
	// import into the requests relabels some thirty cubes. Each name is a hex digest (cubeName),
	// checked again here since it is written into the SQL; the versions are parameters.
	counts := make([]string, 0, len(names))
	for _, name := range names {
		if !cubeName(name) {
			return fmt.Errorf("cube delta: %q is not a cube's name", name)
		}
		counts = append(counts, fmt.Sprintf("SELECT '%s' AS name, count(*) AS n FROM %s", name, name))
	}
	if len(counts) == 0 {
		return nil
	}
	return tx.Exec(ctx, "UPDATE stat_cubes SET data_version = ?, row_count = c.n FROM ("+strings.Join(counts, " UNION ALL ")+
		") c WHERE stat_cubes.name = c.name AND stat_cubes.data_version = ?", after, d.before)
}

// match: the key columns of a and b equal, NULL matching NULL (dimensions may be NULL).
func match(a, b string, keys []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s.%s IS NOT DISTINCT FROM %s.%s", a, k, b, k)
	}
	return strings.Join(parts, " AND ")
}

// merged: the rows of src summed per key, with a sum's NULL put back where it counts no value
// (a Σ over no value is NULL in a rebuild) and the rows counting no record left out.
func (c *deltaCube) merged(src string) string {
	var sel []string
	sel = append(sel, c.keys...)
	has := map[string]bool{}
	for _, v := range c.values {
		has[v] = true
	}
	for _, v := range c.values {
		sel = append(sel, fmt.Sprintf("sum(%s) AS %s", v, v))
	}
	inner := fmt.Sprintf("SELECT %s FROM %s GROUP BY %s", strings.Join(sel, ", "), src, strings.Join(c.keys, ", "))
	var out []string
	out = append(out, c.keys...)
	for _, v := range c.values {
		var count string
		switch {
		case c.def.kind == "sum" && v == "s":
			count = "nv"
		case c.def.kind == "stats" && (strings.HasPrefix(v, "a_") || strings.HasPrefix(v, "b_") || strings.HasPrefix(v, "k_")):
			count = "n_" + v[2:]
		}
		if count != "" && has[count] {
			out = append(out, fmt.Sprintf("CASE WHEN %s = 0 THEN NULL ELSE %s END AS %s", count, v, v))
		} else {
			out = append(out, v)
		}
	}
	rows := "c"
	if c.def.kind == "stats" || c.def.kind == "sum" {
		rows = "r"
	}
	return fmt.Sprintf("SELECT %s FROM (%s) WHERE %s <> 0", strings.Join(out, ", "), inner, rows)
}

func (c *deltaCube) apply(ctx context.Context, tx CubeTx) error {
	name, delta := c.def.table(), "temp."+c.deltaTable()
	// the cube's rows whose key the delta has
	touched := fmt.Sprintf("EXISTS (SELECT 1 FROM %s k WHERE %s)", delta, match("k", "t", c.keys))
	merged := "temp." + c.deltaTable() + "_r"
	stmts := []string{
		fmt.Sprintf("CREATE OR REPLACE TEMP TABLE %s AS %s", c.deltaTable()+"_r",
			c.merged(fmt.Sprintf("(SELECT * FROM %s t WHERE %s UNION ALL BY NAME SELECT * FROM %s)", name, touched, delta))),
		fmt.Sprintf("DELETE FROM %s t WHERE %s", name, touched),
		fmt.Sprintf("INSERT INTO %s BY NAME SELECT * FROM %s", name, merged),
	}
	if c.def.monthsSQL() != "" {
		// The months the delta touched are summed again from the updated daily cube.
		monthKey := func(alias, k string) string {
			switch {
			case c.def.kind == "spans" && (k == "open_from" || k == "open_to"):
				return fmt.Sprintf("last_day(%s%s)", alias, k)
			case k == c.def.date:
				return fmt.Sprintf("date_trunc('month', %s%s)::DATE", alias, k)
			}
			return alias + k
		}
		var dmk, tmk []string
		for _, k := range c.keys {
			dmk = append(dmk, monthKey("", k)+" AS "+k)
			tmk = append(tmk, fmt.Sprintf("k.%s IS NOT DISTINCT FROM %s", k, monthKey("t.", k)))
		}
		mk := "temp." + c.deltaTable() + "_mk"
		stmts = append(stmts,
			fmt.Sprintf("CREATE OR REPLACE TEMP TABLE %s AS SELECT DISTINCT %s FROM %s", c.deltaTable()+"_mk", strings.Join(dmk, ", "), delta),
			fmt.Sprintf("DELETE FROM %s_m t WHERE EXISTS (SELECT 1 FROM %s k WHERE %s)", name, mk, match("k", "t", c.keys)),
			fmt.Sprintf("INSERT INTO %s_m BY NAME %s", name,
				c.def.monthsFrom(fmt.Sprintf("(SELECT * FROM %s t WHERE EXISTS (SELECT 1 FROM %s k WHERE %s))", name, mk, strings.Join(tmk, " AND ")))),
		)
	}
	for _, t := range []string{"", "_r", "_mk"} {
		stmts = append(stmts, "DROP TABLE IF EXISTS temp."+c.deltaTable()+t)
	}
	for _, q := range stmts {
		if err := tx.Exec(ctx, q); err != nil {
			return err
		}
	}
	c.started = false
	return nil
}

// versionIn: the data version as the transaction sees it (dataVersion through CubeTx).
func versionIn(ctx context.Context, tx CubeTx) (string, error) {
	var parts []string
	err := tx.Rows(ctx, strings.Join(versionTables, " UNION ALL "), func(r []any) {
		name, _ := r[0].(string)
		var n int64
		switch x := r[1].(type) {
		case int64:
			n = x
		case int32:
			n = int64(x)
		}
		sum, _ := r[2].(string)
		max, _ := r[3].(string)
		parts = append(parts, fmt.Sprintf("%s:%d:%s:%s", name, n, sum, max))
	})
	if err != nil {
		return "", err
	}
	sort.Strings(parts)
	return strings.Join(parts, ";"), nil
}
