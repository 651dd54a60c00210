package cli

import (
	"fmt"
	"io"
	"time"

	"otzvuk/analytics/export"
	"otzvuk/analytics/pool/clickhouse"
)

// runCatalogSQL writes the catalogue as one SQL text per indicator for an engine: DuckDB's own
// text, or its ClickHouse translation over Parquet packages, with the values DuckDB computes on a
// pooled database (what the chDB comparison checks).
func runCatalogSQL(c *run, args []string) int {
	fs := c.flags()
	engine := fs.String("engine", "duckdb", "duckdb or clickhouse")
	db := fs.String("db", "", "a pooled database: add the values DuckDB computes (expected)")
	out := fs.String("out", "", "write JSON to this file (default: standard output)")
	asOfFlag := fs.String("as-of", "", "the day open items are counted at, YYYY-MM-DD (default: today)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *engine != string(clickhouse.DuckDB) && *engine != string(clickhouse.ClickHouse) {
		fmt.Fprintln(c.stderr, "otzvuk catalog-sql:", say("unknownEngine", *engine))
		return 2
	}
	if *engine == string(clickhouse.ClickHouse) && fs.NArg() == 0 {
		fmt.Fprintln(c.stderr, "otzvuk catalog-sql:", say("clickhousePackages"))
		return 2
	}
	asOf := time.Now()
	if *asOfFlag != "" {
		t, err := parseDay("--as-of", *asOfFlag)
		if err != nil {
			return c.badArgs(err)
		}
		asOf = t
	}
	ctx := c.ctx
	guard := export.Guard{}
	catPath := ""
	var result *clickhouse.CatalogForEngines
	var err error
	if *db != "" {
		s, ok := c.open(*db, mustExist)
		if !ok {
			return 1
		}
		defer s.Close()
		if !s.Pooled(ctx) {
			fmt.Fprintln(c.stderr, "otzvuk catalog-sql:", say("notPooled", *db))
			return 2
		}
		guard, catPath = outputs(s), s.Path
		cat, ok := LoadCatalog(catPath, c.stderr)
		if !ok {
			return 1
		}
		result, err = clickhouse.BuildCatalogForEngines(ctx, cat, asOf, packagesFor(*engine, fs.Args()), s.DB)
	} else {
		cat, ok := LoadCatalog(".", c.stderr)
		if !ok {
			return 1
		}
		result, err = clickhouse.BuildCatalogForEngines(ctx, cat, asOf, packagesFor(*engine, fs.Args()), nil)
	}
	if err != nil {
		return c.fail(1, err)
	}
	write := func(w io.Writer) error { return writeJSON(w, result) }
	if *out != "" {
		if err := guard.Write(*out, export.KindJSON, write); err != nil {
			printPackageError(c.stderr, "catalog-sql", err)
			return 1
		}
	} else if err := write(c.stdout); err != nil {
		return 1
	}
	for _, u := range result.Untranslatable {
		fmt.Fprintf(c.stderr, "otzvuk catalog-sql: %s %s: %s\n", u.ID, say("untranslatable"), u.Reason)
	}
	if len(result.Untranslatable) > 0 {
		return 1
	}
	return 0
}

func packagesFor(engine string, dirs []string) []string {
	if engine == string(clickhouse.ClickHouse) {
		return dirs
	}
	return nil
}
