package ingest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/store"
)

// Options tune one import.
type Options struct {
	MaxRejectRate float64   // above this share of rejected rows nothing is imported; default 0.05
	Now           time.Time // "today" for the future-date check; default now
	Progress      func(Progress)
	// MaxProblemsKept caps the quarantine rows kept for one file (a broken file can reject millions).
	MaxProblemsKept int
}

// Progress reports an import under way.
type Progress struct {
	File     string  `json:"file"`
	Stage    string  `json:"stage"` // reading | checking | writing | done
	Rows     int     `json:"rows"`
	Fraction float64 `json:"fraction"` // 0–1 of the file read, when known
}

// Summary is what an import did.
type Summary struct {
	File        string     `json:"file"`
	SHA256      string     `json:"sha256"`
	ImportID    int64      `json:"importId"`
	Status      string     `json:"status"` // ok | unchanged | rejected
	Message     string     `json:"message,omitempty"`
	Read        int        `json:"read"`
	Accepted    int        `json:"accepted"`
	Rejected    int        `json:"rejected"`
	Duplicates  int        `json:"duplicates"`
	Replaced    int        `json:"replaced"`
	New         int        `json:"new"`
	NewDepts    int        `json:"newDepartments"`
	PIIMasked   int        `json:"piiMasked"`
	Problems    []*Problem `json:"problems"`
	Source      SourceInfo `json:"source"`
	ProfileName string     `json:"profile"`
}

// ErrRejected: the file had too many bad rows and nothing was imported.
var ErrRejected = errors.New("too many rejected rows")

type fractioner interface{ fraction() float64 }

func (s *csvSource) fraction() float64 {
	st, err := s.f.Stat()
	if err != nil || st.Size() == 0 {
		return 0
	}
	off, _ := s.f.Seek(0, io.SeekCurrent)
	return float64(off) / float64(st.Size())
}

// Import loads one file through a profile in one transaction: all of it, or nothing. Rejected rows
// go to the quarantine with their reasons; a re-import of the same file adds nothing; a corrected
// file replaces the records with the same keys.
func Import(ctx context.Context, s *store.Store, p *Profile, path string, o Options) (*Summary, error) {
	if o.MaxRejectRate == 0 {
		o.MaxRejectRate = 0.05
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.MaxProblemsKept == 0 {
		o.MaxProblemsKept = 100_000
	}
	name := filepath.Base(path)
	sum := &Summary{File: name, ProfileName: p.Name, Status: "ok"}
	digest, err := fileSHA256(path)
	if err != nil {
		return sum, newErr(name, 0, "", "", "io", err.Error())
	}
	sum.SHA256 = digest
	var when sql.NullTime
	err = s.DB.QueryRowContext(ctx, `SELECT max(finished_at)::TIMESTAMP FROM import_log WHERE sha256 = ? AND record_kind = ? AND status = 'ok'`,
		digest, p.kind.Name).Scan(&when)
	if err != nil {
		return sum, err
	}
	if when.Valid {
		pr := newErr(name, 0, "", "", "already_imported", when.Time.Format("02.01.2006 15:04"))
		sum.Status, sum.Message = "unchanged", pr.Error()
		return sum, nil
	}
	src, err := Open(path, p.Source)
	if err != nil {
		return sum, relabel(err, name)
	}
	defer src.Close()
	sum.Source = src.Info()
	m, err := newMapper(p, name, src.Header(), src.Info(), o.Now)
	if err != nil {
		return sum, err
	}
	var importID int64
	if err := s.DB.QueryRowContext(ctx, "SELECT nextval('import_id_seq')").Scan(&importID); err != nil {
		return sum, err
	}
	sum.ImportID = importID
	started := time.Now()
	var loadErr error
	err = s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		loadErr = load(ctx, dc, p, m, src, sum, o)
		if loadErr == nil {
			loadErr = finish(ctx, dc, p, sum, started)
		}
		if loadErr != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return nil
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
	if err != nil {
		return sum, err
	}
	if loadErr != nil {
		if errors.Is(loadErr, ErrRejected) {
			// Nothing was imported; the log and the quarantine still say why.
			sum.Status = "rejected"
			if werr := logRejected(ctx, s, p, sum, started); werr != nil {
				return sum, werr
			}
		}
		return sum, loadErr
	}
	report(o, Progress{File: name, Stage: "done", Rows: sum.Read, Fraction: 1})
	return sum, nil
}

func relabel(err error, name string) error {
	var pr *Problem
	if errors.As(err, &pr) {
		pr.File = name
		return pr
	}
	return err
}

func report(o Options, p Progress) {
	if o.Progress != nil {
		o.Progress(p)
	}
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// load reads every row into staging tables with the Appender, then checks across rows in SQL
// and merges into the record tables.
func load(ctx context.Context, dc driver.Conn, p *Profile, m *mapper, src Source, sum *Summary, o Options) error {
	k := p.kind
	cols := make([]string, 0, len(k.Fields)+4)
	for _, f := range k.Fields {
		cols = append(cols, fmt.Sprintf("%s %s", f.Name, f.sqlType()))
	}
	cols = append(cols, "_row BIGINT", "_key VARCHAR", "_hash VARCHAR", "_dept_name VARCHAR")
	for _, q := range []string{
		"DROP TABLE IF EXISTS temp.stg", "DROP TABLE IF EXISTS temp.stg_items",
		"CREATE TEMP TABLE stg (" + strings.Join(cols, ", ") + ")",
		"CREATE TEMP TABLE stg_items (_key VARCHAR, item VARCHAR, rating DOUBLE, scale_min DOUBLE, scale_max DOUBLE)",
	} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	stg, err := newStageFile("", "otzvuk-stage-*.csv")
	if err != nil {
		return err
	}
	defer stg.remove()
	stg.dates = map[int]bool{}
	for i, f := range k.Fields {
		if f.Type == TDate {
			stg.dates[i] = true
		}
	}
	items, err := newStageFile("", "otzvuk-items-*.csv")
	if err != nil {
		return err
	}
	defer items.remove()
	rejectedRows := map[int]bool{}
	keep := func(pr *Problem) {
		rejectedRows[pr.Row] = true
		if len(sum.Problems) < o.MaxProblemsKept {
			sum.Problems = append(sum.Problems, pr)
		}
	}
	frac, _ := src.(fractioner)
	row := make([]any, len(k.Fields)+4)
	for {
		cells, n, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pr *Problem
			if errors.As(err, &pr) && pr.Row > 0 && (pr.Code == "json_nested" || rowLimit(pr.Code)) {
				sum.Read++
				keep(pr)
				continue
			}
			return err
		}
		sum.Read++
		if sum.Read%2000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			pg := Progress{File: sum.File, Stage: "reading", Rows: sum.Read}
			if frac != nil {
				pg.Fraction = frac.fraction()
			}
			report(o, pg)
		}
		rec, probs := m.Map(cells, n)
		if len(probs) > 0 {
			for _, pr := range probs {
				keep(pr)
			}
			continue
		}
		sum.PIIMasked += rec.PII
		for i, v := range rec.Values {
			row[i] = v
		}
		var dept any
		if rec.DeptName != "" {
			dept = rec.DeptName
		}
		row[len(k.Fields)], row[len(k.Fields)+1], row[len(k.Fields)+2], row[len(k.Fields)+3] = int64(rec.Row), rec.Key, rec.Hash, dept
		if err := stg.write(row...); err != nil {
			return fmt.Errorf("%s row %d: %w", sum.File, rec.Row, err)
		}
		for _, it := range rec.Items {
			if err := items.write(rec.Key, it.Item, it.Value, it.Min, it.Max); err != nil {
				return fmt.Errorf("%s row %d: %w", sum.File, rec.Row, err)
			}
		}
	}
	names, types := make([]string, 0, len(k.Fields)+4), make([]string, 0, len(k.Fields)+4)
	for _, f := range k.Fields {
		names, types = append(names, f.Name), append(types, f.sqlType())
	}
	names = append(names, "_row", "_key", "_hash", "_dept_name")
	types = append(types, "BIGINT", "VARCHAR", "VARCHAR", "VARCHAR")
	if err := stg.loadInto(ctx, dc, "stg", names, types); err != nil {
		return fmt.Errorf("staging %s: %w", sum.File, err)
	}
	if err := items.loadInto(ctx, dc, "stg_items", []string{"_key", "item", "rating", "scale_min", "scale_max"},
		[]string{"VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "DOUBLE"}); err != nil {
		return fmt.Errorf("staging %s: %w", sum.File, err)
	}
	if sum.Read == 0 {
		return newErr(sum.File, 0, "", "", "header_only", "")
	}
	report(o, Progress{File: sum.File, Stage: "checking", Rows: sum.Read, Fraction: 1})
	if err := crossRowChecks(ctx, dc, p, sum, keep); err != nil {
		return err
	}
	sum.Rejected = len(rejectedRows)
	if rate := float64(sum.Rejected) / float64(sum.Read); rate > o.MaxRejectRate {
		pr := newErr(sum.File, 0, "", "", "too_many_rejected", fmt.Sprintf("%d/%d (%.1f%%, праг / threshold %.1f%%)", sum.Rejected, sum.Read, 100*rate, 100*o.MaxRejectRate))
		sum.Message = pr.Error()
		return fmt.Errorf("%w: %s", ErrRejected, pr.Error())
	}
	report(o, Progress{File: sum.File, Stage: "writing", Rows: sum.Read, Fraction: 1})
	return merge(ctx, dc, p, sum)
}

// queryRows runs a query on the driver connection and hands each row to fn.
func queryRows(ctx context.Context, dc driver.Conn, query string, fn func([]driver.Value)) error {
	q, ok := dc.(driver.QueryerContext)
	if !ok {
		return errors.New("connection cannot query")
	}
	rows, err := q.QueryContext(ctx, query, nil)
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]driver.Value, len(rows.Columns()))
	for {
		if err := rows.Next(vals); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		fn(vals)
	}
}

func queryInt(ctx context.Context, dc driver.Conn, query string) (int, error) {
	n := 0
	err := queryRows(ctx, dc, query, func(v []driver.Value) {
		switch x := v[0].(type) {
		case int64:
			n = int(x)
		case int32:
			n = int(x)
		}
	})
	return n, err
}

// crossRowChecks: keys repeated with different content, and departments nobody knows.
func crossRowChecks(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary, keep func(*Problem)) error {
	keyCol := p.kind.Key
	if fm := p.Fields[keyCol]; fm != nil && fm.Column != "" {
		keyCol = fm.Column
	}
	err := queryRows(ctx, dc, `SELECT _key, list(_row ORDER BY _row)::VARCHAR, list(_row ORDER BY _row) FROM stg
		WHERE _key IN (SELECT _key FROM stg GROUP BY _key HAVING count(DISTINCT _hash) > 1) GROUP BY _key`, func(v []driver.Value) {
		rowsText := strings.Trim(fmt.Sprint(v[1]), "[]")
		for _, r := range v[2].([]any) {
			keep(newErr(sum.File, int(r.(int64)), keyCol, fmt.Sprint(v[0]), "duplicate_key", rowsText))
		}
	})
	if err != nil {
		return err
	}
	dups, err := queryInt(ctx, dc, `SELECT count(*) - count(DISTINCT _key) FROM stg WHERE _key NOT IN (SELECT _key FROM stg GROUP BY _key HAVING count(DISTINCT _hash) > 1)`)
	if err != nil {
		return err
	}
	sum.Duplicates += dups
	for _, q := range []string{
		`DELETE FROM stg WHERE _key IN (SELECT _key FROM stg GROUP BY _key HAVING count(DISTINCT _hash) > 1)`,
		`DELETE FROM stg WHERE _row NOT IN (SELECT min(_row) FROM stg GROUP BY _key)`, // identical repeats: keep the first
		`DELETE FROM stg_items WHERE _key NOT IN (SELECT _key FROM stg)`,
	} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	if !p.kind.hasDepartment() {
		return nil
	}
	if p.NewDepartments == "create" {
		n, err := queryInt(ctx, dc, `SELECT count(DISTINCT department_code) FROM stg WHERE department_code NOT IN (SELECT code FROM departments)`)
		if err != nil {
			return err
		}
		sum.NewDepts = n
		return store.Exec(ctx, dc, `INSERT INTO departments (code, name, kind)
			SELECT department_code, coalesce(max(_dept_name), department_code), 'specialised' FROM stg
			WHERE department_code NOT IN (SELECT code FROM departments) GROUP BY department_code`)
	}
	deptCol := "department_code"
	if fm := p.Fields["department_code"]; fm != nil && fm.Column != "" {
		deptCol = fm.Column
	}
	err = queryRows(ctx, dc, `SELECT _row, department_code FROM stg WHERE department_code NOT IN (SELECT code FROM departments) ORDER BY _row`, func(v []driver.Value) {
		keep(newErr(sum.File, int(v[0].(int64)), deptCol, fmt.Sprint(v[1]), "unknown_department", ""))
	})
	if err != nil {
		return err
	}
	return store.Exec(ctx, dc, `DELETE FROM stg WHERE department_code NOT IN (SELECT code FROM departments)`)
}

// merge: identical records stay (duplicates), changed ones are replaced, new ones inserted.
func merge(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary) error {
	k := p.kind
	key := k.keySQL("t.")
	identical, err := queryInt(ctx, dc, fmt.Sprintf(`SELECT count(*) FROM stg s JOIN %s t ON %s = s._key WHERE t.row_hash = s._hash`, k.Table, key))
	if err != nil {
		return err
	}
	replaced, err := queryInt(ctx, dc, fmt.Sprintf(`SELECT count(*) FROM stg s JOIN %s t ON %s = s._key WHERE t.row_hash IS DISTINCT FROM s._hash`, k.Table, key))
	if err != nil {
		return err
	}
	sum.Duplicates += identical
	sum.Replaced = replaced
	fields := k.tableFields()
	selects := make([]string, len(fields))
	for i, f := range fields {
		selects[i] = k.selectSQL(f)
	}
	stmts := []string{
		fmt.Sprintf(`DELETE FROM stg WHERE _key IN (SELECT %s FROM %s t WHERE t.row_hash IS NOT NULL AND t.row_hash IN (SELECT _hash FROM stg))`, key, k.Table),
		`DELETE FROM stg_items WHERE _key NOT IN (SELECT _key FROM stg)`,
	}
	if k.Name == "survey_responses" {
		stmts = append(stmts, `DELETE FROM survey_ratings WHERE response_id IN (SELECT _key FROM stg)`)
	}
	stmts = append(stmts,
		fmt.Sprintf(`DELETE FROM %s t WHERE %s IN (SELECT _key FROM stg)`, k.Table, key),
		fmt.Sprintf(`INSERT INTO %s (%s, import_id, row_hash) SELECT %s, %d, _hash FROM stg`, k.Table, strings.Join(fields, ", "), strings.Join(selects, ", "), sum.ImportID),
	)
	if k.Name == "survey_responses" {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id)
			SELECT _key, item, rating, scale_min, scale_max, %d FROM stg_items`, sum.ImportID))
	}
	if k.Name == "mystery_items" {
		stmts = append(stmts, fmt.Sprintf(`INSERT OR REPLACE INTO mystery_visits (id, visit_date, department_code, channel, service_code, import_id)
			SELECT visit_id, min(visit_date), min(department_code), min(channel), min(service_code), %d FROM stg GROUP BY visit_id`, sum.ImportID))
	}
	for _, q := range stmts {
		if err := store.Exec(ctx, dc, q); err != nil {
			return fmt.Errorf("merge into %s: %w", k.Table, err)
		}
	}
	n, err := queryInt(ctx, dc, `SELECT count(*) FROM stg`)
	if err != nil {
		return err
	}
	sum.New = n - replaced
	sum.Accepted = sum.Read - sum.Rejected
	return nil
}

// finish writes the import log and the quarantine inside the import's transaction.
func finish(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary, started time.Time) error {
	if err := store.Exec(ctx, dc, `INSERT INTO import_log (import_id, file_name, sha256, profile, record_kind, rows_read, rows_accepted,
		rows_rejected, rows_duplicate, rows_replaced, rows_new, pii_masked, started_at, finished_at, status, message)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?)`,
		sum.ImportID, sum.File, sum.SHA256, p.Name, p.kind.Name, int64(sum.Read), int64(sum.Accepted), int64(sum.Rejected),
		int64(sum.Duplicates), int64(sum.Replaced), int64(sum.New), int64(sum.PIIMasked), started, sum.Status, sum.Message); err != nil {
		return err
	}
	return appendQuarantine(dc, sum)
}

func appendQuarantine(dc driver.Conn, sum *Summary) error {
	if len(sum.Problems) == 0 {
		return nil
	}
	a, err := duckdb.NewAppender(dc, "", "", "quarantine")
	if err != nil {
		return err
	}
	for _, pr := range sum.Problems {
		if err := a.AppendRow(sum.ImportID, sum.File, int64(pr.Row), pr.Column, pr.Value, pr.BG, pr.EN); err != nil {
			a.Close()
			return err
		}
	}
	return a.Close()
}

// logRejected records a rejected file and its quarantined rows after the import rolled back.
func logRejected(ctx context.Context, s *store.Store, p *Profile, sum *Summary, started time.Time) error {
	return s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		sum.Accepted, sum.New, sum.Replaced = 0, 0, 0
		if err := finish(ctx, dc, p, sum, started); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
}
