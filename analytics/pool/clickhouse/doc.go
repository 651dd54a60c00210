// Package clickhouse is the catalogue's ClickHouse dialect and its proof. It writes every
// indicator of the catalogue as one SQL text in DuckDB's dialect (catalog_sql.go), translates that
// text for ClickHouse token by token, refusing what it cannot translate faithfully (engine.go), and
// builds what `otzvuk catalog-sql` writes: both texts over a pool's Parquet packages, with the
// values DuckDB computes on the pooled database (catalog_run.go).
//
// The proof sits beside it: the Go tests hold the translation's rules and the DuckDB text equal to
// methodology.Compute on a pooled database; chdb/ (`make chdb-test`, node with the npm package
// chdb) runs every translated indicator on ClickHouse embedded and compares it with DuckDB's values.
//
// It reads the packages' layout (the record and union views) from analytics/pool and is not
// imported by it: pooling, export and the pooled demo need no dialect.
package clickhouse
