package pool

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// A package's SHA-256 sums prove only that its files are the ones its manifest lists: whoever
// writes the manifest can rewrite the values too. The pool therefore checks every value as an
// import would (the ranges of analytics/ingest/schema.go) and refuses a package that fails.

// valueRule is one check on a pooled record table: bad is a SQL condition true for a wrong row,
// shown is the value named in the message, and the text says what is allowed.
type valueRule struct {
	view, column, bad, shown string
	bg, en                   string
}

// inRange is a rule for a number that must be finite and within [lo, hi] (NULL is allowed).
func inRange(view, column string, lo, hi float64) valueRule {
	cond := fmt.Sprintf("%s IS NOT NULL AND (NOT isfinite(%s::DOUBLE) OR %s < %g OR %s > %g)", column, column, column, lo, column, hi)
	return valueRule{view: view, column: column, bad: cond, shown: column,
		bg: fmt.Sprintf("стойности извън %g…%g", lo, hi), en: fmt.Sprintf("values outside %g…%g", lo, hi)}
}

// atLeast is a rule for a number that must be finite and at least lo.
func atLeast(view, column string, lo float64) valueRule {
	cond := fmt.Sprintf("%s IS NOT NULL AND (NOT isfinite(%s::DOUBLE) OR %s < %g)", column, column, column, lo)
	return valueRule{view: view, column: column, bad: cond, shown: column,
		bg: fmt.Sprintf("стойности под %g или безкрайни", lo), en: fmt.Sprintf("values below %g or not finite", lo)}
}

// valueRules are the import's ranges, per record view of a package.
func valueRules() []valueRule {
	return []valueRule{
		{view: "v_survey_ratings", column: "scale_min, scale_max", shown: "scale_min || '…' || scale_max",
			bad: "NOT isfinite(scale_min::DOUBLE) OR NOT isfinite(scale_max::DOUBLE) OR scale_min >= scale_max OR scale_min < -1000 OR scale_max > 1000",
			bg:  "скалата не е от крайни числа с min < max", en: "the scale is not finite numbers with min < max"},
		{view: "v_survey_ratings", column: "rating", shown: "rating",
			bad: "rating IS NOT NULL AND (NOT isfinite(rating::DOUBLE) OR rating < scale_min OR rating > scale_max)",
			bg:  "оценки извън скалата на въпроса", en: "ratings outside the item's scale"},
		inRange("v_survey_responses", "recommend_score", 0, 10),
		inRange("v_survey_responses", "waiting_minutes", 0, 24*60),
		inRange("v_feedback_cards", "rating", 1, 5),
		inRange("v_signals", "deadline_days", 1, 3650),
		inRange("v_service_requests", "waiting_minutes", 0, 24*60),
		inRange("v_service_requests", "deadline_days", 0, 3650),
		atLeast("v_mystery_items", "points", 0),
		atLeast("v_mystery_items", "max_points", 0),
		{view: "v_mystery_items", column: "points", shown: "points || ' > ' || max_points",
			bad: "points > max_points", bg: "точки над максималните", en: "points above the maximum"},
		atLeast("v_consultations", "participants", 0),
		atLeast("v_consultations", "ngo_participants", 0),
		atLeast("v_consultations", "business_participants", 0),
		atLeast("v_consultations", "proposals_submitted", 0),
		atLeast("v_consultations", "proposals_accepted", 0),
	}
}

// numericColumns are the columns a rule reads; each must have a number type in every package
// (a text column would compare as text).
var numericColumns = map[string][]string{
	"v_survey_ratings":   {"rating", "scale_min", "scale_max"},
	"v_survey_responses": {"recommend_score", "waiting_minutes"},
	"v_feedback_cards":   {"rating"},
	"v_signals":          {"deadline_days"},
	"v_service_requests": {"waiting_minutes", "deadline_days"},
	"v_mystery_items":    {"points", "max_points"},
	"v_consultations":    {"participants", "ngo_participants", "business_participants", "proposals_submitted", "proposals_accepted"},
}

// validateValues checks the pooled tables; the first failure is returned naming its package.
func validateValues(ctx context.Context, db *sql.DB, pkgs []Pooled) error {
	dirOf := map[string]string{}
	for _, p := range pkgs {
		dirOf[p.Manifest.Key] = p.Dir
	}
	dir := func(key string) string {
		if d, ok := dirOf[key]; ok {
			return d
		}
		return pkgs[0].Dir
	}
	for _, v := range RecordViews {
		for _, col := range numericColumns[v.Name] {
			var typ string
			err := db.QueryRowContext(ctx, `SELECT data_type FROM information_schema.columns WHERE table_name = ? AND column_name = ?`, v.Name, col).Scan(&typ)
			if err != nil || !isNumberType(typ) {
				return &PackageError{Dir: dir(""), BG: fmt.Sprintf("%s: колоната %s не е числова (%s)", v.Name, col, typ),
					EN: fmt.Sprintf("%s: the column %s is not numeric (%s)", v.Name, col, typ)}
			}
		}
		// Every record's own date: a real day from 1990 to next year, as an import accepts.
		next := time.Now().Year() + 1
		if err := firstBad(ctx, db, v.Name, fmt.Sprintf("date IS NULL OR year(date) < 1990 OR year(date) > %d", next), "coalesce(date::VARCHAR, 'NULL')",
			func(key, shown string, n int64) error {
				return &PackageError{Dir: dir(key), BG: fmt.Sprintf("%s.date: %d записа с дата извън 1990…%d (напр. %s)", v.Name, n, next, shown),
					EN: fmt.Sprintf("%s.date: %d records dated outside 1990…%d (e.g. %s)", v.Name, n, next, shown)}
			}); err != nil {
			return err
		}
	}
	for _, r := range valueRules() {
		r := r
		if err := firstBad(ctx, db, r.view, r.bad, r.shown, func(key, shown string, n int64) error {
			return &PackageError{Dir: dir(key), BG: fmt.Sprintf("%s.%s: %d %s (напр. %s); пакетът не е такъв, какъвто импортът би приел — изнесете го отново",
				r.view, r.column, n, r.bg, shown),
				EN: fmt.Sprintf("%s.%s: %d %s (e.g. %s); the package is not what an import would accept — export it again",
					r.view, r.column, n, r.en, shown)}
		}); err != nil {
			return err
		}
	}
	return nil
}

// firstBad finds the first municipality with rows matching bad in table and reports it through refuse.
func firstBad(ctx context.Context, db *sql.DB, table, bad, shown string, refuse func(key, shown string, n int64) error) error {
	q := fmt.Sprintf(`SELECT municipality, count(*), min((%s)::VARCHAR) FROM %s WHERE %s GROUP BY municipality ORDER BY municipality LIMIT 1`, shown, table, bad)
	var key, example sql.NullString
	var n int64
	err := db.QueryRowContext(ctx, q).Scan(&key, &n, &example)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	return refuse(key.String, example.String, n)
}

func isNumberType(t string) bool {
	t = strings.ToUpper(t)
	for _, n := range []string{"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL"} {
		if strings.HasPrefix(t, n) {
			return true
		}
	}
	return false
}
