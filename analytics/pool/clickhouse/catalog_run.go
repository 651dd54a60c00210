package clickhouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
)

// Row is one indicator value of the catalogue SQL: a municipality's year (and a mix's value).
type Row struct {
	Municipality string   `json:"municipality"`
	Year         int      `json:"year"`
	Key          string   `json:"k"`
	N            int64    `json:"n"`
	Value        *float64 `json:"value"`
}

// EngineSQL is one indicator in both dialects, with the values DuckDB gives (when computed).
type EngineSQL struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	DuckDB     string `json:"duckdb"`
	ClickHouse string `json:"clickhouse,omitempty"`
	Expected   []Row  `json:"expected"`
}

// Untranslatable is an indicator the translation refused, and why.
type Untranslatable struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// CatalogForEngines is what otzvuk catalog-sql writes and the chDB test reads.
type CatalogForEngines struct {
	AsOf           string           `json:"as_of"`
	Rules          []string         `json:"rules"`
	Indicators     []EngineSQL      `json:"indicators"`
	Untranslatable []Untranslatable `json:"untranslatable"`
}

// clickHouseSources maps each record view to a table function over the packages' Parquet, and
// each union view to its definition over those.
func clickHouseSources(pkgDirs []string) (func(string) (string, bool), error) {
	base := map[string]string{}
	for _, v := range pool.RecordViews {
		var parts []string
		for _, d := range pkgDirs {
			abs, err := filepath.Abs(d)
			if err != nil {
				return nil, err
			}
			p := filepath.ToSlash(filepath.Join(abs, "records", v.Name)) + "/**/*.parquet"
			for _, r := range p {
				if r < 0x20 {
					return nil, fmt.Errorf("control character in %q", p)
				}
			}
			lit := "'" + strings.ReplaceAll(strings.ReplaceAll(p, `\`, `\\`), "'", `\'`) + "'"
			parts = append(parts, "SELECT * FROM file("+lit+", Parquet)")
		}
		base[v.Name] = "(" + strings.Join(parts, " UNION ALL ") + ")"
	}
	src := func(view string) (string, bool) { s, ok := base[view]; return s, ok }
	all := map[string]string{}
	for k, v := range base {
		all[k] = v
	}
	for _, u := range pool.UnionViews {
		s, err := Translate(u.SQL, src)
		if err != nil {
			return nil, err
		}
		all[u.Name] = "(" + strings.TrimSuffix(s, clickHouseSettings) + ")"
	}
	return func(view string) (string, bool) { s, ok := all[view]; return s, ok }, nil
}

// BuildCatalogForEngines writes every indicator's SQL for DuckDB and, given packages, for
// ClickHouse over them; with a pooled database, also the values DuckDB computes.
func BuildCatalogForEngines(ctx context.Context, cat *methodology.Catalog, asOf time.Time, pkgDirs []string, pooled *sql.DB) (*CatalogForEngines, error) {
	list, err := CatalogSQL(cat, asOf)
	if err != nil {
		return nil, err
	}
	out := &CatalogForEngines{AsOf: asOf.Format("2006-01-02"), Rules: TranslationRules, Untranslatable: []Untranslatable{}}
	var src func(string) (string, bool)
	if len(pkgDirs) > 0 {
		if src, err = clickHouseSources(pkgDirs); err != nil {
			return nil, err
		}
	}
	for _, q := range list {
		e := EngineSQL{ID: q.ID, Kind: q.Kind, DuckDB: q.SQL}
		if src != nil {
			ch, err := Translate(q.SQL, src)
			var ue *UntranslatableError
			if errors.As(err, &ue) {
				out.Untranslatable = append(out.Untranslatable, Untranslatable{ID: q.ID, Reason: ue.What})
			} else if err != nil {
				return nil, err
			}
			e.ClickHouse = ch
		}
		if pooled != nil {
			if e.Expected, err = RunCatalogSQL(ctx, pooled, q.SQL); err != nil {
				return nil, fmt.Errorf("%s: %w", q.ID, err)
			}
		}
		out.Indicators = append(out.Indicators, e)
	}
	return out, nil
}

// RunCatalogSQL runs one indicator's DuckDB text on a pooled database, rows in key order.
func RunCatalogSQL(ctx context.Context, db *sql.DB, q string) ([]Row, error) {
	rows, err := db.QueryContext(ctx, "SELECT * FROM ("+q+") ORDER BY municipality, y, k")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Row{}
	for rows.Next() {
		var r Row
		var v sql.NullFloat64
		if err := rows.Scan(&r.Municipality, &r.Year, &r.Key, &r.N, &v); err != nil {
			return nil, err
		}
		if v.Valid {
			x := v.Float64
			r.Value = &x
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
