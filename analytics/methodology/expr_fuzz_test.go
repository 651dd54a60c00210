package methodology

import (
	"context"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"otzvuk/analytics/store"
)

// catalogueExprs are the expressions of the shipped catalogue, with the view each reads.
func catalogueExprs(t testing.TB) [][2]string {
	files, _ := fs.Glob(catalogFiles, "catalog/*.yaml")
	var out [][2]string
	for _, f := range files {
		body, _ := catalogFiles.ReadFile(f)
		var list []Indicator
		if err := yaml.Unmarshal(body, &list); err != nil {
			t.Fatal(err)
		}
		for _, ind := range list {
			m := ind.Measure
			for _, e := range []string{m.Filter, m.Value, m.Numerator} {
				if e != "" {
					out = append(out, [2]string{e, ind.Source})
				}
			}
			for _, side := range []*Side{m.Num, m.Den} {
				if side == nil {
					continue
				}
				src := ind.Source
				if side.Source != "" {
					src = side.Source
				}
				for _, e := range []string{side.Value, side.Filter} {
					if e != "" {
						out = append(out, [2]string{e, src})
					}
				}
			}
		}
	}
	return out
}

func viewNames() []string {
	var names []string
	for v, cols := range recordViews {
		if len(cols.cols) > 0 {
			names = append(names, v)
		}
	}
	sort.Strings(names)
	return names
}

// FuzzExprCheck: whatever the checker accepts, run as SELECT <expr> FROM <view> on the record view,
// calls only allowed functions (by DuckDB's parser) and never meets a Catalog Error.
func FuzzExprCheck(f *testing.F) {
	views := viewNames()
	index := map[string]int{}
	for i, v := range views {
		index[v] = i
	}
	for _, e := range catalogueExprs(f) {
		f.Add(e[0], uint8(index[e[1]]))
	}
	for _, attack := range []string{
		"length(format\t('{}', id))", "length(format\r('{}', id))", "length(format\n('{}', id))",
		"read_csv('/etc/passwd') IS NOT NULL", "(SELECT count(*) FROM survey_responses)", "kind = 'x' -- c",
		"1; DROP TABLE signals", "count(*) OVER ()", "kind IN (SELECT kind FROM signals)", "kind AS x",
		"lower\f(kind) = 'a'", "coalesce(kind, getenv('HOME'))", "kind || current_setting('threads')",
		"CASE WHEN kind = 'a' THEN format('{}', 1) END", "kind LIKE 'a%' ESCAPE '!'", "id, kind",
	} {
		f.Add(attack, uint8(index["v_signals"]))
	}
	s, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.duckdb"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, expr string, v uint8) {
		view := views[int(v)%len(views)]
		if checkExpr(expr, recordViews[view].columns()) != nil {
			return
		}
		query := "SELECT " + expr + " FROM " + view
		calls, err := calledFunctions(query)
		if err != nil {
			t.Fatalf("%q accepted but not parsed again: %v", expr, err)
		}
		for _, c := range calls {
			if !exprFunctionAllowed(c) {
				t.Fatalf("%q accepted but calls %s", expr, c)
			}
		}
		rows, err := s.DB.QueryContext(context.Background(), query+" LIMIT 1")
		if err != nil {
			if strings.Contains(err.Error(), "Catalog Error") {
				t.Fatalf("%q accepted but: %v", expr, err)
			}
			return
		}
		rows.Close()
	})
}

func TestCatalogueExpressionsPassTheChecker(t *testing.T) {
	for _, e := range catalogueExprs(t) {
		if err := checkExpr(e[0], recordViews[e[1]].columns()); err != nil {
			t.Errorf("%s: %q: %v", e[1], e[0], err)
		}
	}
}
