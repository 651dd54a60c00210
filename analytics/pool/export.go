package pool

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"otzvuk/analytics/digest"
	"path/filepath"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// ExportOptions choose what a package holds; with neither, both.
type ExportOptions struct {
	Records, Aggregates bool
	Catalog             *methodology.Catalog // for aggregates
	Version             string               // Otzvuk's, for the manifest
	Today               time.Time            // "now" for open items in the aggregates; zero = real today
	// Municipality, when set, is the name the package gives its municipality instead of the one
	// set with otzvuk settings (export-parquet --municipality); the key stays the settings' own,
	// so a package exported under another spelling still pools as the same municipality.
	Municipality string
}

// Export writes the database's package to dir: record views partitioned municipality=KEY/year=YYYY,
// aggregated yearly indicators likewise, reference lists (department and service names, stated
// coverage) and the manifest. The package is built in a new folder beside dir and moved into place
// only when whole; an earlier package at dir is replaced, anything else refused.
func Export(ctx context.Context, s *store.Store, dir string, opts ExportOptions) (*Manifest, error) {
	if !opts.Records && !opts.Aggregates {
		opts.Records, opts.Aggregates = true, true
	}
	guard := export.Guard{Protect: []string{s.Path}}
	if err := checkOutDir(dir, guard); err != nil {
		return nil, err
	}
	muni, err := store.GetMunicipality(ctx, s.DB)
	if err != nil {
		return nil, err
	}
	key := muni.Key()
	if opts.Municipality != "" {
		muni.Name = opts.Municipality
	}
	kl, err := keyLiteral(key)
	if err != nil {
		return nil, err
	}
	version, err := s.SchemaVersion(ctx)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(dir)
	tmp, err := os.MkdirTemp(filepath.Dir(abs), ".otzvuk-package-*")
	if err != nil {
		return nil, &export.OutputError{Path: dir, Kind: export.KindJSON, Code: export.RefusedNoFolder}
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	m := &Manifest{Format: manifestFormat, PackageFormat: PackageFormat, SchemaVersion: version, Otzvuk: opts.Version,
		Municipality: muni, Key: key, CreatedAt: time.Now().UTC().Format(time.RFC3339),
		Coverage: map[string]Span{}, RowCounts: map[string]int64{}}
	copyTo := func(query, rel string, partitioned bool) error {
		stmt, err := copyStatement(tmp, query, rel, partitioned)
		if err != nil {
			return err
		}
		_, err = s.DB.ExecContext(ctx, stmt)
		return err
	}
	if opts.Records {
		m.Contents = append(m.Contents, "records")
		for _, v := range RecordViews {
			var n int64
			if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM "+v.Name).Scan(&n); err != nil {
				return nil, fmt.Errorf("%s: %w", v.Name, err)
			}
			m.RowCounts[v.Name] = n
			q := fmt.Sprintf("SELECT %s, %s AS municipality, year(%s)::INTEGER AS year FROM %s",
				strings.Join(v.columns(), ", "), kl, v.Date, v.Name)
			if n == 0 {
				// An empty view still carries its columns, so a pool knows them.
				if err := copyTo(q+" LIMIT 0", "records/"+v.Name+"/municipality="+key+"/empty.parquet", false); err != nil {
					return nil, fmt.Errorf("%s: %w", v.Name, err)
				}
				continue
			}
			if err := copyTo(q+" ORDER BY year, date", "records/"+v.Name, true); err != nil {
				return nil, fmt.Errorf("%s: %w", v.Name, err)
			}
		}
	}
	// Coverage: what the imports state and the records' own first and last days, per kind.
	rows, err := s.DB.QueryContext(ctx, `SELECT record_kind, min(date_from)::VARCHAR, max(date_to)::VARCHAR FROM data_coverage GROUP BY record_kind`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k string
		var sp Span
		if err := rows.Scan(&k, &sp.From, &sp.To); err != nil {
			rows.Close()
			return nil, err
		}
		m.Coverage[k] = sp
	}
	rows.Close()
	for _, v := range RecordViews {
		var lo, hi sql.NullString
		if err := s.DB.QueryRowContext(ctx, fmt.Sprintf("SELECT min(%s)::VARCHAR, max(%s)::VARCHAR FROM %s", v.Date, v.Date, v.Name)).Scan(&lo, &hi); err != nil {
			return nil, err
		}
		if !lo.Valid {
			continue
		}
		sp, ok := m.Coverage[v.Kind]
		if !ok || lo.String < sp.From {
			sp.From = lo.String
		}
		if !ok || hi.String > sp.To {
			sp.To = hi.String
		}
		m.Coverage[v.Kind] = sp
	}
	for _, ref := range []struct{ name, query string }{
		{"departments", "SELECT code, name, " + kl + " AS municipality FROM departments ORDER BY code"},
		{"services", "SELECT code, name, department_code, " + kl + " AS municipality FROM services ORDER BY code"},
		{"coverage", "SELECT record_kind, min(date_from) AS date_from, max(date_to) AS date_to, bool_or(stated) AS stated, " + kl +
			" AS municipality FROM data_coverage GROUP BY record_kind ORDER BY record_kind"},
	} {
		if err := copyTo(ref.query, "reference/"+ref.name+".parquet", false); err != nil {
			return nil, fmt.Errorf("%s: %w", ref.name, err)
		}
	}
	if opts.Aggregates {
		m.Contents = append(m.Contents, "aggregates")
		n, err := writeAggregates(ctx, s, opts, kl, tmp)
		if err != nil {
			return nil, fmt.Errorf("aggregates: %w", err)
		}
		m.RowCounts["indicators"] = n
	}
	files, err := listFiles(tmp)
	if err != nil {
		return nil, err
	}
	for _, rel := range files {
		full := filepath.Join(tmp, filepath.FromSlash(rel))
		sum, err := digest.File(full)
		if err != nil {
			return nil, err
		}
		lit, _ := pathLiteral(full)
		var n int64
		if err := s.DB.QueryRowContext(ctx, "SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata("+lit+")").Scan(&n); err != nil {
			return nil, fmt.Errorf("%s: %w", rel, err)
		}
		m.Files = append(m.Files, File{Path: rel, Rows: n, SHA256: sum})
	}
	if err := guard.Write(filepath.Join(tmp, ManifestName), export.KindJSON, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	}); err != nil {
		return nil, err
	}
	if err := swapIn(tmp, dir); err != nil {
		return nil, err
	}
	done = true
	return m, nil
}

// copyStatement is COPY (query) TO root/rel as Parquet, partitioned by municipality and year or one file.
func copyStatement(root, query, rel string, partitioned bool) (string, error) {
	target := filepath.Join(root, filepath.FromSlash(rel))
	dir := target
	if !partitioned {
		dir = filepath.Dir(target)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	lit, err := pathLiteral(target)
	if err != nil {
		return "", err
	}
	opt := "FORMAT parquet, COMPRESSION zstd"
	if partitioned {
		opt += ", PARTITION_BY (municipality, year), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true"
	}
	return fmt.Sprintf("COPY (%s) TO %s (%s)", query, lit, opt), nil
}

// writeAggregates computes every catalogue indicator per year (municipal totals; a mix per value)
// and writes them partitioned like the records; returns the number of rows.
func writeAggregates(ctx context.Context, s *store.Store, opts ExportOptions, kl, root string) (int64, error) {
	cat := opts.Catalog
	if cat == nil {
		return 0, fmt.Errorf("no catalogue")
	}
	vals, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: cat.IDs(), Grain: methodology.Year, Today: opts.Today})
	if _, err2 := methodology.SplitSkipped(err); err2 != nil {
		return 0, err2
	}
	var n int64
	// The temporary table lives on one connection: append and copy on that one.
	err = s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, `CREATE OR REPLACE TEMP TABLE pool_aggregates (indicator VARCHAR, year INTEGER, dimension_value VARCHAR,
			value DOUBLE, n BIGINT, ci_low DOUBLE, ci_high DOUBLE, complete BOOLEAN, small_sample BOOLEAN)`); err != nil {
			return err
		}
		a, err := duckdb.NewAppender(dc, "temp", "main", "pool_aggregates")
		if err != nil {
			return err
		}
		for _, v := range vals {
			var year int
			if _, err := fmt.Sscanf(v.Period, "%d", &year); err != nil {
				continue
			}
			var dim any
			if v.Channel != nil { // a mix indicator's share per channel
				dim = *v.Channel
			}
			if err := a.AppendRow(v.Indicator, int32(year), dim, ptr(v.Value), v.N, ptr(v.CILow), ptr(v.CIHigh), v.Complete, v.SmallSample); err != nil {
				a.Close()
				return err
			}
			n++
		}
		if err := a.Close(); err != nil {
			return err
		}
		q := "SELECT *, " + kl + " AS municipality FROM pool_aggregates ORDER BY indicator, year"
		if n == 0 {
			q = "SELECT *, " + kl + " AS municipality FROM pool_aggregates"
		}
		stmt, err := copyStatement(root, q, "aggregates/indicators", n > 0)
		if n == 0 {
			stmt, err = copyStatement(root, q, "aggregates/indicators/empty.parquet", false)
		}
		if err != nil {
			return err
		}
		if err := store.Exec(ctx, dc, stmt); err != nil {
			return err
		}
		return store.Exec(ctx, dc, "DROP TABLE temp.pool_aggregates")
	})
	return n, err
}

func ptr(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
