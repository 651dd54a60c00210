package pool

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/export"
	"otzvuk/analytics/store"
)

// Pooled is one package brought into a pooled database.
type Pooled struct {
	Dir      string
	Manifest *Manifest
	Records  int64
}

// Pool combines municipalities' packages into a new pooled database at out: each record view a
// table of every municipality's records with a municipality column, the union views rebuilt over
// them, department and service names, stated coverage, and pool_packages naming who is in. Every
// package is checked first (manifest, SHA-256 of each file, package format, one schema version for
// all and none newer than this build, no municipality twice); nothing is written if one fails.
// An earlier pooled database at out is replaced; any other file is refused.
func Pool(ctx context.Context, out string, dirs []string) ([]Pooled, error) {
	if len(dirs) == 0 {
		return nil, &PackageError{Dir: "", BG: "не е посочен пакет", EN: "no package given"}
	}
	if err := checkPoolTarget(out, dirs); err != nil {
		return nil, err
	}
	var pkgs []Pooled
	seen := map[string]string{}
	latest := store.LatestSchemaVersion()
	for _, d := range dirs {
		m, ok, err := ReadManifest(d)
		if err != nil || !ok {
			return nil, &PackageError{Dir: d, BG: "няма manifest.json на пакет на Отзвук", EN: "there is no manifest.json of an Otzvuk package"}
		}
		if m.PackageFormat != PackageFormat {
			return nil, &PackageError{Dir: d, BG: fmt.Sprintf("форматът на пакета е %d, а тази версия чете %d", m.PackageFormat, PackageFormat),
				EN: fmt.Sprintf("the package format is %d; this version reads %d", m.PackageFormat, PackageFormat)}
		}
		if m.SchemaVersion > latest {
			return nil, &PackageError{Dir: d, BG: fmt.Sprintf("пакетът е от по-нова версия на Отзвук (схема %d, тази версия знае до %d); обновете Отзвук", m.SchemaVersion, latest),
				EN: fmt.Sprintf("the package is from a newer Otzvuk (schema %d, this version knows up to %d); update Otzvuk", m.SchemaVersion, latest)}
		}
		if len(pkgs) > 0 && m.SchemaVersion != pkgs[0].Manifest.SchemaVersion {
			first := pkgs[0]
			return nil, &PackageError{Dir: d, BG: fmt.Sprintf("схемата на пакета е версия %d, а на %s — %d; изнесете пакетите с една и съща версия на Отзвук", m.SchemaVersion, first.Dir, first.Manifest.SchemaVersion),
				EN: fmt.Sprintf("the package's schema is version %d but %s's is %d; export the packages with the same Otzvuk version", m.SchemaVersion, first.Dir, first.Manifest.SchemaVersion)}
		}
		if !ValidKey(m.Key) {
			return nil, &PackageError{Dir: d, BG: fmt.Sprintf("ключът на общината %q е невалиден", m.Key), EN: fmt.Sprintf("the municipality key %q is not valid", m.Key)}
		}
		hasRecords := false
		for _, c := range m.Contents {
			hasRecords = hasRecords || c == "records"
		}
		if !hasRecords {
			return nil, &PackageError{Dir: d, BG: "пакетът няма записи (изнесен е само с --aggregates)", EN: "the package holds no records (it was exported with --aggregates only)"}
		}
		for _, id := range []string{"key:" + m.Key, "ekatte:" + m.Municipality.EKATTE} {
			if id == "ekatte:" {
				continue
			}
			if other, dup := seen[id]; dup {
				return nil, &PackageError{Dir: d, BG: fmt.Sprintf("общината %s (%s) вече е в обединението от %s", m.Municipality.Name, m.Key, other),
					EN: fmt.Sprintf("the municipality %s (%s) is already pooled from %s", m.Municipality.Name, m.Key, other)}
			}
			seen[id] = d
		}
		if err := m.Verify(d); err != nil {
			return nil, err
		}
		pkgs = append(pkgs, Pooled{Dir: d, Manifest: m})
	}
	abs, _ := filepath.Abs(out)
	tmpFile, err := os.CreateTemp(filepath.Dir(abs), ".otzvuk-pool-*.duckdb")
	if err != nil {
		return nil, &export.OutputError{Path: out, Kind: export.KindJSON, Code: export.RefusedNoFolder}
	}
	tmp := tmpFile.Name()
	tmpFile.Close()
	os.Remove(tmp) // DuckDB creates it
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp)
			os.Remove(tmp + ".wal")
		}
	}()
	if err := build(ctx, tmp, pkgs); err != nil {
		return nil, err
	}
	os.Remove(abs + ".wal")
	if err := os.Rename(tmp, abs); err != nil {
		return nil, err
	}
	ok = true
	return pkgs, nil
}

// checkPoolTarget refuses any existing file at out but an earlier pooled database, and a path inside a package.
func checkPoolTarget(out string, dirs []string) error {
	if out == "" {
		return &export.OutputError{Path: out, Kind: export.KindJSON, Code: export.RefusedNoFolder}
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if da, err := filepath.Abs(d); err == nil && (abs == da || strings.HasPrefix(abs, da+string(filepath.Separator))) {
			return &PackageError{Dir: d, BG: "обединената база не се записва в пакет", EN: "the pooled database is not written into a package"}
		}
	}
	if st, err := os.Stat(filepath.Dir(abs)); err != nil || !st.IsDir() {
		return &export.OutputError{Path: out, Kind: export.KindJSON, Code: export.RefusedNoFolder}
	}
	st, err := os.Stat(abs)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	refuse := &PackageError{Dir: out, BG: "файлът съществува и не е обединена база на Отзвук; не се заменя — изберете друго име",
		EN: "the file exists and is not an Otzvuk pooled database; it is not replaced — choose another name"}
	if st.IsDir() {
		return refuse
	}
	if !isPooledFile(abs) {
		return refuse
	}
	return nil
}

// isPooledFile opens a DuckDB file read-only and looks for pool_packages.
func isPooledFile(path string) bool {
	head := make([]byte, 12)
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	n, _ := f.Read(head)
	f.Close()
	if n < 12 || string(head[8:12]) != "DUCK" {
		return false
	}
	c, err := duckdb.NewConnector(path+"?access_mode=READ_ONLY&autoinstall_known_extensions=false&autoload_known_extensions=false", nil)
	if err != nil {
		return false
	}
	db := sql.OpenDB(c)
	defer c.Close()
	defer db.Close()
	var k int
	err = db.QueryRow("SELECT count(*) FROM information_schema.tables WHERE table_name = 'pool_packages'").Scan(&k)
	return err == nil && k > 0
}

// build writes the pooled database at path from checked packages.
func build(ctx context.Context, path string, pkgs []Pooled) error {
	c, err := duckdb.NewConnector(path+"?autoinstall_known_extensions=false&autoload_known_extensions=false", nil)
	if err != nil {
		return err
	}
	db := sql.OpenDB(c)
	defer c.Close()
	defer db.Close()
	db.SetMaxOpenConns(1)
	exec := func(q string, args ...any) error {
		_, err := db.ExecContext(ctx, q, args...)
		return err
	}
	if err := exec(`CREATE TABLE pool_packages (municipality VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, ekatte VARCHAR NOT NULL,
		schema_version INTEGER NOT NULL, package_format INTEGER NOT NULL, otzvuk_version VARCHAR, source VARCHAR NOT NULL,
		created_at VARCHAR, pooled_at TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	if err := exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	if err := exec(`INSERT INTO schema_migrations (version, name) VALUES (?, 'pooled')`, pkgs[0].Manifest.SchemaVersion); err != nil {
		return err
	}
	for _, p := range pkgs {
		m := p.Manifest
		abs, _ := filepath.Abs(p.Dir)
		if err := exec(`INSERT INTO pool_packages (municipality, name, ekatte, schema_version, package_format, otzvuk_version, source, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.Key, m.Municipality.Name, m.Municipality.EKATTE, m.SchemaVersion, m.PackageFormat, m.Otzvuk, abs, m.CreatedAt); err != nil {
			return err
		}
	}
	// files lists the package files under prefix, as a DuckDB list literal of checked paths.
	files := func(prefix string) (string, int, error) {
		var lits []string
		for _, p := range pkgs {
			for _, f := range p.Manifest.Files {
				if strings.HasPrefix(f.Path, prefix) && strings.HasSuffix(f.Path, ".parquet") {
					lit, err := pathLiteral(filepath.Join(p.Dir, filepath.FromSlash(f.Path)))
					if err != nil {
						return "", 0, err
					}
					lits = append(lits, lit)
				}
			}
		}
		return "[" + strings.Join(lits, ", ") + "]", len(lits), nil
	}
	for _, v := range RecordViews {
		list, n, err := files("records/" + v.Name + "/")
		if err != nil {
			return err
		}
		if n == 0 {
			return &PackageError{Dir: pkgs[0].Dir, BG: "липсват записите " + v.Name, EN: "the records " + v.Name + " are missing"}
		}
		if err := exec(fmt.Sprintf("CREATE TABLE %s AS SELECT * FROM read_parquet(%s, hive_partitioning = false, union_by_name = true)", v.Name, list)); err != nil {
			return fmt.Errorf("%s: %w", v.Name, err)
		}
	}
	for _, u := range UnionViews {
		if err := exec(fmt.Sprintf("CREATE VIEW %s AS %s", u.Name, u.SQL)); err != nil {
			return fmt.Errorf("%s: %w", u.Name, err)
		}
	}
	refs := []struct{ file, sql string }{
		{"reference/departments.parquet", "CREATE TABLE departments AS SELECT code, min(name) AS name FROM read_parquet(%s) GROUP BY code"},
		{"reference/services.parquet", "CREATE TABLE services AS SELECT code, min(name) AS name, min(department_code) AS department_code FROM read_parquet(%s) GROUP BY code"},
		{"reference/coverage.parquet", "CREATE TABLE data_coverage AS SELECT 0::BIGINT AS import_id, record_kind, date_from, date_to, stated, municipality FROM read_parquet(%s)"},
	}
	for _, r := range refs {
		list, _, err := files(r.file)
		if err != nil {
			return err
		}
		if err := exec(fmt.Sprintf(r.sql, list)); err != nil {
			return fmt.Errorf("%s: %w", r.file, err)
		}
	}
	// What the methodology reads besides the record views: each record kind's own date.
	for _, shim := range []string{
		"CREATE VIEW survey_responses AS SELECT municipality, date AS response_date FROM v_survey_responses",
		"CREATE VIEW feedback_cards AS SELECT municipality, date AS card_date FROM v_feedback_cards",
		"CREATE VIEW signals AS SELECT municipality, received_date FROM v_signals",
		"CREATE VIEW service_requests AS SELECT municipality, submitted_date::TIMESTAMP AS submitted_at FROM v_service_requests",
		"CREATE VIEW mystery_visits AS SELECT DISTINCT municipality, date AS visit_date FROM v_mystery_items",
		"CREATE VIEW consultations AS SELECT municipality, date AS start_date FROM v_consultations",
	} {
		if err := exec(shim); err != nil {
			return err
		}
	}
	if list, n, err := files("aggregates/"); err != nil {
		return err
	} else if n > 0 {
		if err := exec(fmt.Sprintf("CREATE TABLE pool_aggregates AS SELECT * FROM read_parquet(%s, hive_partitioning = false, union_by_name = true)", list)); err != nil {
			return err
		}
	}
	if err := validateValues(ctx, db, pkgs); err != nil {
		return err
	}
	for i := range pkgs {
		for _, v := range RecordViews {
			var n int64
			if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+v.Name+" WHERE municipality = ?", pkgs[i].Manifest.Key).Scan(&n); err != nil {
				return err
			}
			if n != pkgs[i].Manifest.RowCounts[v.Name] {
				return &PackageError{Dir: pkgs[i].Dir, BG: fmt.Sprintf("%s: %d реда, а манифестът казва %d", v.Name, n, pkgs[i].Manifest.RowCounts[v.Name]),
					EN: fmt.Sprintf("%s: %d rows where the manifest says %d", v.Name, n, pkgs[i].Manifest.RowCounts[v.Name])}
			}
			pkgs[i].Records += n
		}
	}
	return exec("CHECKPOINT")
}
