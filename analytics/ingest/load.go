package ingest

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/digest"
	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// Options tune one import.
type Options struct {
	MaxRejectRate float64   // above this share (0…1) of rejected rows nothing is imported; 0 = the default 0.05 unless RejectRateSet
	RejectRateSet bool      // MaxRejectRate is meant as given, even 0 (none may fail)
	Now           time.Time // "today" for the future-date check; default now
	Progress      func(Progress)
	// MaxProblemsKept caps the quarantine rows kept for one file (a broken file can reject millions).
	MaxProblemsKept int
	// ReplaceChanged overrides a profile's on_changed_record: refuse — the user's explicit choice
	// that this file is a corrected version of the one imported before.
	ReplaceChanged bool
	// Cubes: the catalogues whose summary cubes the import keeps current in its own transaction
	// (methodology.CubeDelta); nil: the cubes are left to be rebuilt after the import.
	Cubes []*methodology.Catalog
}

// Progress reports an import under way.
type Progress struct {
	File     string  `json:"file"`
	Stage    string  `json:"stage"` // reading | checking | writing | done; the window adds summarising (methodology.WarmCubes)
	Rows     int     `json:"rows"`
	Fraction float64 `json:"fraction"` // 0–1 of the file read, when known
}

// Summary is what an import did.
type Summary struct {
	File        string     `json:"file"`
	SHA256      string     `json:"sha256"`
	ImportID    int64      `json:"importId"`
	Status      string     `json:"status"` // ok | unchanged | rejected | failed (the merge or commit failed: nothing was imported)
	Message     string     `json:"message,omitempty"`
	Read        int        `json:"read"`
	Accepted    int        `json:"accepted"`
	Rejected    int        `json:"rejected"`
	Duplicates  int        `json:"duplicates"`
	Conflicting int        `json:"conflicting"` // copies of a key with different content that were not kept
	Conflicts   []Conflict `json:"conflicts"`
	// FieldsEmptied counts the cells of optional fields whose bad value was left out while their
	// records were kept (quarantined with the kind "field").
	FieldsEmptied int             `json:"fieldsEmptied"`
	Replaced      int             `json:"replaced"`
	New           int             `json:"new"`
	NewDepts      int             `json:"newDepartments"`
	PIIMasked     int             `json:"piiMasked"`
	Problems      []*read.Problem `json:"problems"`
	Source        read.SourceInfo `json:"source"`
	ProfileName   string          `json:"profile"`

	emptiedRows map[int]int // row → cells emptied while its record was kept (emptied_cells.go)
}

// Conflict is a key exported more than once with different content: the row kept and the others.
type Conflict struct {
	Key     string   `json:"key"`
	Kept    int      `json:"kept"`    // the row stored
	Rows    []int    `json:"rows"`    // the conflicting copies, not stored
	Columns []string `json:"columns"` // the columns in which they differ from the kept row
}

// ErrRejected: the file had too many bad rows and nothing was imported.
var ErrRejected = errors.New("too many rejected rows")

// fractioner is a source that tells how far into its file it has read (read's CSV source does).
type fractioner interface{ Fraction() float64 }

// Import loads one file through a profile in one transaction: all of it, or nothing. Rejected rows
// go to the quarantine with their reasons; a re-import of the same file adds nothing; a corrected
// file replaces the records with the same keys.
func Import(ctx context.Context, s *store.Store, p *Profile, path string, o Options) (*Summary, error) {
	sum, err := importFile(ctx, s, p, path, o)
	if err != nil && sum != nil && sum.Status == "ok" && IsDiskFull(err) {
		// A full disk anywhere on the way (the import's number, the merge, the commit): rolled back.
		sum.Status = "failed"
	}
	return sum, writeFailed(filepath.Base(path), s.Path, err)
}

func importFile(ctx context.Context, s *store.Store, p *Profile, path string, o Options) (*Summary, error) {
	if o.MaxRejectRate == 0 && !o.RejectRateSet {
		o.MaxRejectRate = 0.05
	}
	if r := o.MaxRejectRate; math.IsNaN(r) || r < 0 || r > 1 {
		return &Summary{File: filepath.Base(path), Status: "rejected"}, newErr(filepath.Base(path), 0, "", "", "bad_reject_rate", strconv.FormatFloat(r, 'g', -1, 64))
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.MaxProblemsKept == 0 {
		o.MaxProblemsKept = 100_000
	}
	name := filepath.Base(path)
	sum := &Summary{File: name, ProfileName: p.Name, Status: "ok"}
	tr0 := newTracer()
	fileDigest, err := digest.File(path)
	if err != nil {
		return sum, read.NewProblem(name, 0, "", "", "io", err.Error())
	}
	sum.SHA256 = fileDigest
	var when sql.NullTime
	err = s.DB.QueryRowContext(ctx, `SELECT max(finished_at)::TIMESTAMP FROM import_log WHERE sha256 = ? AND record_kind = ? AND status = 'ok'`,
		fileDigest, p.kind.Name).Scan(&when)
	if err != nil {
		return sum, err
	}
	if when.Valid {
		pr := newErr(name, 0, "", "", "already_imported", when.Time.Format("02.01.2006 15:04"))
		sum.Status, sum.Message = "unchanged", pr.Error()
		return sum, nil
	}
	opts := p.Source
	opts.LateMergeCheck = true // every row is read: a merged header is refused at the sheet's end
	src, err := read.Open(path, opts)
	if err != nil {
		return sum, read.Relabel(err, name)
	}
	defer src.Close()
	sum.Source = src.Info()
	m, err := newMapper(p, name, src.Header(), src.Info(), o.Now)
	if err != nil {
		if x, ok := src.(read.MergedHeaderChecker); ok {
			if merr := x.CheckMergedHeader(); merr != nil {
				return sum, read.Relabel(merr, name)
			}
		}
		return sum, err
	}
	for _, table := range []string{"departments", "services"} {
		rows, err := s.DB.QueryContext(ctx, "SELECT code FROM "+table+" ORDER BY code")
		if err != nil {
			return sum, err
		}
		for rows.Next() {
			var code string
			if err := rows.Scan(&code); err != nil {
				rows.Close()
				return sum, err
			}
			m.knowCode(table, code)
		}
		rows.Close()
	}
	var importID int64
	if err := s.DB.QueryRowContext(ctx, "SELECT nextval('import_id_seq')").Scan(&importID); err != nil {
		return sum, err
	}
	sum.ImportID = importID
	tr0.mark("file hashed, opened, codes read")
	started := time.Now()
	var loadErr error
	err = s.Raw(ctx, func(dc driver.Conn) error {
		restore, err := s.ImportLimit(ctx, dc, 0)
		if err != nil {
			return err
		}
		defer restore()
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		var cubes *methodology.CubeDelta
		if len(o.Cubes) > 0 {
			tr := newTracer()
			cubes, loadErr = methodology.StartCubeDelta(ctx, cubeTx{dc}, p.kind.Table, o.Cubes...)
			tr.mark("cubes: version and registry read")
		}
		if loadErr == nil {
			loadErr = load(ctx, dc, s, p, m, src, sum, o, cubes)
		}
		if loadErr == nil {
			loadErr = finish(ctx, dc, p, sum, started)
		}
		if loadErr == nil && cubes != nil {
			tr := newTracer()
			loadErr = cubes.Finish(ctx, cubeTx{dc})
			tr.mark("cubes: delta applied, relabelled")
		}
		if loadErr != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return nil
		}
		tr := newTracer()
		err = store.Exec(ctx, dc, "COMMIT")
		tr.mark("commit")
		return err
	})
	if err != nil {
		// The commit failed: nothing was imported, whatever the counts say.
		sum.Status = "failed"
		return sum, err
	}
	if loadErr != nil {
		if errors.Is(loadErr, ErrRejected) {
			// Nothing was imported; the log and the quarantine still say why.
			sum.Status = "rejected"
			if werr := logRejected(ctx, s, p, sum, started); werr != nil {
				return sum, werr
			}
			return sum, loadErr
		}
		sum.Status = "failed" // the merge failed and was rolled back
		return sum, loadErr
	}
	report(o, Progress{File: name, Stage: "done", Rows: sum.Read, Fraction: 1})
	return sum, nil
}

func report(o Options, p Progress) {
	if o.Progress != nil {
		o.Progress(p)
	}
}

// load reads every row into staging tables with the Appender, then checks across rows in SQL
// and merges into the record tables.
func load(ctx context.Context, dc driver.Conn, s *store.Store, p *Profile, m *mapper, src read.Source, sum *Summary, o Options, cubes *methodology.CubeDelta) error {
	k := p.kind
	cols := make([]string, 0, len(k.Fields)+4)
	for _, f := range k.Fields {
		cols = append(cols, fmt.Sprintf("%s %s", f.Name, f.sqlType()))
	}
	cols = append(cols, stageExtra...)
	for _, q := range []string{
		"DROP TABLE IF EXISTS temp.stg", "DROP TABLE IF EXISTS temp.stg_items",
		"CREATE TEMP TABLE stg (" + strings.Join(cols, ", ") + ")",
		"CREATE TEMP TABLE stg_items (_seq BIGINT, _key VARCHAR, item VARCHAR, rating DOUBLE, scale_min DOUBLE, scale_max DOUBLE)",
	} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	stg, err := newStageFile("", "otzvuk-stage-*.csv")
	if err != nil {
		return read.Relabel(err, sum.File)
	}
	defer stg.remove()
	stg.dates = make([]bool, len(k.Fields))
	for i, f := range k.Fields {
		stg.dates[i] = f.Type == TDate
	}
	items, err := newStageFile("", "otzvuk-items-*.csv")
	if err != nil {
		return read.Relabel(err, sum.File)
	}
	defer items.remove()
	tr := newTracer()
	rejectedRows := map[int]bool{}
	keep := rejectRow(sum, o, rejectedRows)
	st, err := stageRows(ctx, k, m, src, sum, o, stg, items, rejectedRows)
	if err != nil {
		return err
	}
	staged, depts, span, keysRepeat := st.staged, st.depts, st.span, st.keysRepeat
	tr.mark("read, map, stage file, keys compared")
	// Reading and mapping are done: the Go heap they grew goes back to the system before DuckDB
	// loads the staging table, the import's memory peak.
	debug.FreeOSMemory()
	tr.mark("memory returned")
	names, types := make([]string, 0, len(k.Fields)+len(stageExtra)), make([]string, 0, len(k.Fields)+len(stageExtra))
	for _, f := range k.Fields {
		names, types = append(names, f.Name), append(types, f.sqlType())
	}
	for _, c := range stageExtra {
		name, typ, _ := strings.Cut(c, " ")
		names, types = append(names, name), append(types, typ)
	}
	if direct, unknown, err := canInsertDirectly(ctx, dc, p, keysRepeat, depts); err != nil {
		return err
	} else if direct {
		if err := insertDirectly(ctx, dc, s, p, stg, names, types, sum, o, rejectedRows, staged, depts, unknown, span, tr); err != nil {
			return err
		}
		// The table was empty: every record in it is this import's. k.Key and the number are the
		// fixed schema's and the import's own.
		return cubes.Add(ctx, cubeTx{dc}, fmt.Sprintf("SELECT %s FROM %s WHERE import_id = %d", k.Key, k.Table, sum.ImportID))
	}
	if err := stg.loadInto(ctx, dc, "stg", names, types); err != nil {
		var pr *read.Problem
		if errors.As(err, &pr) {
			return read.Relabel(err, sum.File)
		}
		return fmt.Errorf("staging %s: %w", sum.File, err)
	}
	if err := items.loadInto(ctx, dc, "stg_items", []string{"_seq", "_key", "item", "rating", "scale_min", "scale_max"},
		[]string{"BIGINT", "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "DOUBLE"}); err != nil {
		var pr *read.Problem
		if errors.As(err, &pr) {
			return read.Relabel(err, sum.File)
		}
		return fmt.Errorf("staging %s: %w", sum.File, err)
	}
	if sum.Read == 0 {
		return read.NewProblem(sum.File, 0, "", "", "header_only", "")
	}
	// The staging table may be evicted; the new records' key index (the kinds that keep one) may
	// not: the limit now grows with the rows staged (Import puts the opened limit back at the end).
	if _, err := s.ImportLimit(ctx, dc, sum.Read); err != nil {
		return err
	}
	report(o, Progress{File: sum.File, Stage: "checking", Rows: sum.Read, Fraction: 1})
	if err := crossRowChecks(ctx, dc, p, m, sum, keep, o.MaxProblemsKept, keysRepeat); err != nil {
		return err
	}
	tr.mark("stage table, cross-row checks")
	rowsRejectedLater(sum, rejectedRows)
	sum.Rejected = len(rejectedRows)
	if err := rejectRate(sum, o); err != nil {
		return err
	}
	report(o, Progress{File: sum.File, Stage: "writing", Rows: sum.Read, Fraction: 1})
	if err := recordCoverage(ctx, dc, p, sum); err != nil {
		return err
	}
	err = merge(ctx, dc, p, sum, o, cubes)
	tr.mark("merge")
	return err
}

// keysStayUnique is the key check of a table without a key index, after merge wrote the staged
// records: none of their keys may now be stored twice. The checks before it make that so; this
// turns a mistake in them into a failed import (nothing written) instead of a record counted twice.
func keysStayUnique(ctx context.Context, dc driver.Conn, k *Kind, sum *Summary) error {
	key := k.keySQL("t.")
	twice, err := queryInt(ctx, dc, fmt.Sprintf(`SELECT count(*) FROM (SELECT %[1]s FROM %[2]s t
		WHERE %[1]s IN (SELECT _key FROM stg) GROUP BY %[1]s HAVING count(*) > 1)`, key, k.Table))
	if err != nil || twice == 0 {
		return err
	}
	return newErrBi(sum.File, 0, "", "", "key_stored_twice", strconv.Itoa(twice), strconv.Itoa(twice))
}

// rejectRate: above the profile's share of rejected rows nothing is imported. Rows that would
// have kept their record without a field count too (rowsWithBadCells), and then are rejected.
func rejectRate(sum *Summary, o Options) error {
	if rate := float64(rowsWithBadCells(sum)) / float64(sum.Read); rate > o.MaxRejectRate {
		notKept(sum)
		pr := newErrBi(sum.File, 0, "", "", "too_many_rejected",
			fmt.Sprintf("%d от %d (%.1f%%, праг %.1f%%)", sum.Rejected, sum.Read, 100*rate, 100*o.MaxRejectRate),
			fmt.Sprintf("%d of %d (%.1f%%, threshold %.1f%%)", sum.Rejected, sum.Read, 100*rate, 100*o.MaxRejectRate))
		sum.Message = pr.Error()
		return fmt.Errorf("%w: %s", ErrRejected, pr.Error())
	}
	return nil
}

// directInsert allows the direct insert (tests turn it off to compare it with the staging table);
// directInserts counts the imports that took it.
var (
	directInsert  = true
	directInserts int
)

// canInsertDirectly says whether the staged file can go straight into the record table, without
// the staging table and the passes over it: when those passes can find nothing — no key repeats
// in the file (the stage writer's key hashes say so), every department is a stored one or one the
// profile creates (unknown: those it creates), and the record table is empty (no record to keep,
// replace or compare with). It is the first import of a kind, the usual large one; the staging
// table and its copy are the import's largest cost after reading. Kinds that write a second table
// from the staging table (survey ratings, mystery visits) and the departments themselves always
// take the staging table.
func canInsertDirectly(ctx context.Context, dc driver.Conn, p *Profile, keysRepeat bool, depts map[string]string) (direct bool, unknown []string, err error) {
	k := p.kind
	if !directInsert || keysRepeat || k.Name == "survey_responses" || k.Name == "mystery_items" || k.Name == "departments" {
		return false, nil, nil
	}
	// Asked inside the import's transaction, as the checks in SQL would be.
	stored, err := queryInt(ctx, dc, fmt.Sprintf(`SELECT count(*) FROM (SELECT 1 FROM %s LIMIT 1)`, k.Table))
	if err != nil || stored > 0 {
		return false, nil, err
	}
	if len(depts) == 0 {
		return true, nil, nil
	}
	if unknown, err = unknownDepartments(ctx, dc, depts); err != nil {
		return false, nil, err
	}
	// Departments the profile creates are created by the direct insert as the staging table's way
	// would (createDepartments); a file of more than a handful takes the staging table's one statement.
	return len(unknown) == 0 || (p.NewDepartments == "create" && len(unknown) <= maxDepartmentsCreatedDirectly), unknown, nil
}

const maxDepartmentsCreatedDirectly = 64

// unknownDepartments: the staged departments not stored, sorted.
func unknownDepartments(ctx context.Context, dc driver.Conn, depts map[string]string) ([]string, error) {
	stored := map[string]bool{}
	err := queryRows(ctx, dc, `SELECT code FROM departments`, func(v []driver.Value) {
		if c, ok := v[0].(string); ok {
			stored[c] = true
		}
	})
	var unknown []string
	for c := range depts {
		if !stored[c] {
			unknown = append(unknown, c)
		}
	}
	slices.Sort(unknown)
	return unknown, err
}

// createDepartments creates the staged departments not stored (unknown, as canInsertDirectly found
// them in the same transaction), each named by its file's name for it or else by its code: what
// crossRowChecks' INSERT does from the staging table.
func createDepartments(ctx context.Context, dc driver.Conn, depts map[string]string, unknown []string, sum *Summary) error {
	for _, code := range unknown {
		name := depts[code]
		if name == "" {
			name = code
		}
		if err := store.Exec(ctx, dc, `INSERT INTO departments (code, name, kind) VALUES (?, ?, 'specialised')`, code, name); err != nil {
			return err
		}
	}
	sum.NewDepts = len(unknown)
	return nil
}

// insertDirectly loads the staging file straight into the empty record table: the same records,
// counts, coverage and log as the staging table's way, which would find no repeat, no unknown
// department and no stored record.
func insertDirectly(ctx context.Context, dc driver.Conn, s *store.Store, p *Profile, stg *stageFile, names, types []string,
	sum *Summary, o Options, rejectedRows map[int]bool, staged int, depts map[string]string, unknown []string, span [2]time.Time, tr *tracer) error {
	k := p.kind
	scan, err := stg.close(names, types)
	if err != nil {
		return read.Relabel(err, sum.File)
	}
	if sum.Read == 0 {
		return read.NewProblem(sum.File, 0, "", "", "header_only", "")
	}
	if _, err := s.ImportLimit(ctx, dc, sum.Read); err != nil {
		return err
	}
	report(o, Progress{File: sum.File, Stage: "checking", Rows: sum.Read, Fraction: 1})
	sum.Rejected = len(rejectedRows)
	if err := rejectRate(sum, o); err != nil {
		return err
	}
	report(o, Progress{File: sum.File, Stage: "writing", Rows: sum.Read, Fraction: 1})
	if p.NewDepartments == "create" {
		if err := createDepartments(ctx, dc, depts, unknown, sum); err != nil {
			return err
		}
	}
	if col := k.coverageDate(); col != "" && p.Coverage == nil {
		if !span[0].IsZero() {
			if err := store.Exec(ctx, dc, `INSERT INTO data_coverage VALUES (?, ?, ?::DATE, ?::DATE, false)`,
				sum.ImportID, k.Name, span[0].Format("2006-01-02"), span[1].Format("2006-01-02")); err != nil {
				return err
			}
		}
	} else if err := recordCoverage(ctx, dc, p, sum); err != nil {
		return err
	}
	fields := k.tableFields()
	selects := make([]string, len(fields))
	for i, f := range fields {
		selects[i] = k.selectSQL(f)
	}
	if err := loadUnordered(ctx, dc, fmt.Sprintf(`INSERT INTO %s (%s, import_id, row_hash) SELECT %s, %d, _hash FROM %s`,
		k.Table, strings.Join(fields, ", "), strings.Join(selects, ", "), sum.ImportID, scan)); err != nil {
		var pr *read.Problem
		if errors.As(err, &pr) {
			return read.Relabel(err, sum.File)
		}
		return fmt.Errorf("staging %s: %w", sum.File, err)
	}
	tr.mark("insert from the staging file")
	directInserts++
	sum.New, sum.Replaced = staged, 0
	sum.Accepted = sum.Read - sum.Rejected
	return nil
}

// While rows are read and mapped the Go heap is small and short-lived (batches in flight), and
// the collector ran so often that it took a tenth of the reading's CPU; readGCPercent lets the
// heap grow 4× between collections instead of 1× (peak RSS is DuckDB's load later, unchanged).
// lessGC raises it while any import reads and puts the process's own setting back after the last.
const readGCPercent = 400

var gcState struct {
	sync.Mutex
	readers, saved int
}

func lessGC() (release func()) {
	gcState.Lock()
	if gcState.readers++; gcState.readers == 1 {
		if gcState.saved = debug.SetGCPercent(readGCPercent); gcState.saved < 0 || gcState.saved > readGCPercent {
			debug.SetGCPercent(gcState.saved) // GC off, or already rarer: left as it is
		}
	}
	gcState.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			gcState.Lock()
			if gcState.readers--; gcState.readers == 0 {
				debug.SetGCPercent(gcState.saved)
			}
			gcState.Unlock()
		})
	}
}

type readRow struct {
	cells []string
	n     int
	err   error
}

// readBatch is a run of rows read ahead, and how far into the file the reader was after them.
type readBatch struct {
	rows     []readRow
	fraction float64
}

// readAhead reads the source on its own goroutine, a batch of rows at a time, so that decoding
// the file and mapping its rows share the processor's cores. The last batch ends with io.EOF or
// with the error that stops reading. stop ends the reading and waits until the source is no
// longer in use (it may be closed then).
func readAhead(ctx context.Context, src read.Source) (<-chan readBatch, func()) {
	const batchRows = 512
	ctx, cancel := context.WithCancel(ctx)
	out := make(chan readBatch, 8)
	frac, _ := src.(fractioner)
	go func() {
		defer close(out)
		b := readBatch{rows: make([]readRow, 0, batchRows)}
		for ctx.Err() == nil {
			cells, n, err := src.Next()
			b.rows = append(b.rows, readRow{cells, n, err})
			var pr *read.Problem
			last := err != nil && !read.RowProblem(err, &pr)
			if len(b.rows) < batchRows && !last {
				continue
			}
			if frac != nil {
				b.fraction = frac.Fraction()
			}
			select {
			case out <- b:
			case <-ctx.Done():
				return
			}
			if last {
				return
			}
			b = readBatch{rows: make([]readRow, 0, batchRows)}
		}
	}()
	return out, func() {
		cancel()
		for range out {
		}
	}
}

// recordCoverage notes what the file covers: the span its profile states, else its records'
// first and last dates (the indicators call a period complete only where coverage spans it).
func recordCoverage(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary) error {
	col := p.kind.coverageDate()
	if col == "" {
		return nil
	}
	if c := p.Coverage; c != nil {
		return store.Exec(ctx, dc, `INSERT INTO data_coverage VALUES (?, ?, ?::DATE, ?::DATE, true)`,
			sum.ImportID, p.kind.Name, c.from.Format("2006-01-02"), c.to.Format("2006-01-02"))
	}
	// col is a field name from the fixed schema, never text from a profile or a file.
	return store.Exec(ctx, dc, fmt.Sprintf(`INSERT INTO data_coverage SELECT ?, ?, min(%s)::DATE, max(%s)::DATE, false
		FROM stg WHERE %s IS NOT NULL HAVING count(*) > 0`, col, col, col), sum.ImportID, p.kind.Name)
}

// stageExtra are the staging table's bookkeeping columns after the kind's fields: the row number
// in the file, the key, the content hash, the department's name, the order of staging, how
// complete the row is, and its item ratings.
var stageExtra = []string{"_row BIGINT", "_key VARCHAR", "_hash VARCHAR", "_dept_name VARCHAR", "_seq BIGINT", "_filled BIGINT", "_items VARCHAR"}

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

// crossRowChecks: departments nobody knows, and keys repeated in the file. Identical repeats are
// duplicates; a key repeated with different content keeps one record by the profile's on_conflict
// rule, and the other copies are conflicting copies (or, with on_conflict: reject, all are rejected).
func crossRowChecks(ctx context.Context, dc driver.Conn, p *Profile, m *mapper, sum *Summary, keep func(*read.Problem), maxKept int, keysRepeat bool) error {
	deptCol := m.columnOf("department_code")
	if p.kind.HasDepartment() && p.NewDepartments != "create" {
		// A row whose department is unknown is rejected before it can be the copy that is kept.
		reason := "unknown_department"
		if strings.HasPrefix(p.path, "otzvuk:") {
			// Otzvuk's own template (or the window's card entry): the user wrote no profile to change.
			reason = "unknown_department_template"
		}
		err := queryRows(ctx, dc, `SELECT _row, department_code FROM stg WHERE department_code NOT IN (SELECT code FROM departments) ORDER BY _row`, func(v []driver.Value) {
			keep(newErr(sum.File, int(v[0].(int64)), deptCol, fmt.Sprint(v[1]), reason, ""))
		})
		if err != nil {
			return err
		}
		if err := store.Exec(ctx, dc, `DELETE FROM stg WHERE department_code NOT IN (SELECT code FROM departments)`); err != nil {
			return err
		}
	}
	repeats, err := 0, error(nil)
	if keysRepeat { // else every staged key differs from every other (their hashes do)
		if repeats, err = queryInt(ctx, dc, `SELECT count(*) - count(DISTINCT _key) FROM stg`); err != nil {
			return err
		}
	}
	conflicted := `SELECT _key FROM stg GROUP BY _key HAVING count(DISTINCT _hash) > 1`
	if repeats == 0 {
		// Every key once (the usual export): no copies to compare or drop, and the three passes
		// over the staging table that would find none are skipped.
	} else if p.onConflict() == "reject" {
		keyCol := m.columnOf(p.kind.Key)
		err := queryRows(ctx, dc, `SELECT _key, list(_row ORDER BY _row)::VARCHAR, list(_row ORDER BY _row) FROM stg
			WHERE _key IN (`+conflicted+`) GROUP BY _key`, func(v []driver.Value) {
			rowsText := strings.Trim(fmt.Sprint(v[1]), "[]")
			for _, r := range v[2].([]any) {
				keep(newErr(sum.File, int(r.(int64)), keyCol, fmt.Sprint(v[0]), "duplicate_key", rowsText))
			}
		})
		if err != nil {
			return err
		}
		if err := store.Exec(ctx, dc, `DELETE FROM stg WHERE _key IN (`+conflicted+`)`); err != nil {
			return err
		}
	} else if err := resolveConflicts(ctx, dc, p, m, sum, conflicted, maxKept); err != nil {
		return err
	}
	dups := 0
	if repeats > 0 {
		if dups, err = queryInt(ctx, dc, `SELECT count(*) - count(DISTINCT _key) FROM stg`); err != nil {
			return err
		}
	}
	sum.Duplicates += dups
	var cleanup []string
	if p.Items != nil { // without item columns stg_items is empty: no pass over the _seq of every row
		cleanup = append(cleanup, `DELETE FROM stg_items WHERE _seq NOT IN (SELECT _seq FROM stg)`)
	}
	if dups > 0 {
		cleanup = append([]string{`DELETE FROM stg WHERE _seq NOT IN (SELECT min(_seq) FROM stg GROUP BY _key)`}, cleanup...) // identical repeats: keep the first
	}
	for _, q := range cleanup {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	if !p.kind.HasDepartment() || p.NewDepartments != "create" {
		return nil
	}
	n, err := queryInt(ctx, dc, `SELECT count(DISTINCT department_code) FROM stg WHERE department_code NOT IN (SELECT code FROM departments)`)
	if err != nil {
		return err
	}
	sum.NewDepts = n
	return store.Exec(ctx, dc, `INSERT INTO departments (code, name, kind)
		SELECT department_code, coalesce(max(_dept_name), department_code), 'specialised' FROM stg
		WHERE department_code NOT IN (SELECT code FROM departments) GROUP BY department_code`)
}

// resolveConflicts keeps one row per key repeated with different content and deletes the others
// from the staging table, listing them (row, key, the columns that differ) as conflicting copies.
// Rows identical to the kept one stay: they are ordinary duplicates.
func resolveConflicts(ctx context.Context, dc driver.Conn, p *Profile, m *mapper, sum *Summary, conflicted string, maxKept int) error {
	order := "_filled DESC, _seq DESC" // keep_most_complete: ties go to the later row
	switch p.onConflict() {
	case "keep_last":
		order = "_seq DESC"
	case "keep_first":
		order = "_seq ASC"
	}
	if err := store.Exec(ctx, dc, `CREATE OR REPLACE TEMP TABLE stg_keep AS SELECT _key, _seq, _hash, _row FROM (
		SELECT _key, _seq, _hash, _row, row_number() OVER (PARTITION BY _key ORDER BY `+order+`) AS rn
		FROM stg WHERE _key IN (`+conflicted+`)) WHERE rn = 1`); err != nil {
		return err
	}
	var diffs []string
	for _, f := range p.kind.Fields {
		if p.Fields[f.Name] == nil {
			continue
		}
		diffs = append(diffs, fmt.Sprintf("CASE WHEN l.%[1]s IS DISTINCT FROM w.%[1]s THEN '%[2]s' END", f.Name, strings.ReplaceAll(m.columnOf(f.Name), "'", "''")))
	}
	diffSQL := "''"
	if len(diffs) > 0 {
		diffSQL = "concat_ws(chr(31), " + strings.Join(diffs, ", ") + ")"
	}
	byKey := map[string]int{}
	err := queryRows(ctx, dc, `SELECT l._key, k._row, l._row, `+diffSQL+`, l._items, w._items
		FROM stg l JOIN stg_keep k ON l._key = k._key JOIN stg w ON w._seq = k._seq
		WHERE l._hash <> k._hash ORDER BY k._row, l._row`, func(v []driver.Value) {
		key, kept, row := fmt.Sprint(v[0]), int(v[1].(int64)), int(v[2].(int64))
		var cols []string
		if d, _ := v[3].(string); d != "" {
			cols = strings.Split(d, "\x1f")
		}
		li, _ := v[4].(string)
		wi, _ := v[5].(string)
		cols = append(cols, itemsDiffer(li, wi)...)
		sum.Conflicting++
		i, ok := byKey[key]
		if !ok {
			if len(sum.Conflicts) >= maxKept {
				return
			}
			i = len(sum.Conflicts)
			byKey[key] = i
			sum.Conflicts = append(sum.Conflicts, Conflict{Key: key, Kept: kept})
		}
		c := &sum.Conflicts[i]
		c.Rows = append(c.Rows, row)
		for _, col := range cols {
			if !slices.Contains(c.Columns, col) {
				c.Columns = append(c.Columns, col)
			}
		}
		if len(sum.Problems) < maxKept {
			sum.Problems = append(sum.Problems, conflictProblem(sum.File, row, kept, key, cols, p.onConflict()))
		}
	})
	if err != nil {
		return err
	}
	same, err := queryInt(ctx, dc, `SELECT count(*) FROM stg l JOIN stg_keep k ON l._key = k._key WHERE l._hash = k._hash AND l._seq <> k._seq`)
	if err != nil {
		return err
	}
	sum.Duplicates += same
	return store.Exec(ctx, dc, `DELETE FROM stg WHERE _seq IN (SELECT l._seq FROM stg l JOIN stg_keep k ON l._key = k._key WHERE l._seq <> k._seq)`)
}

// itemsDiffer names the item columns in which two rows' ratings (column=value;…) differ.
func itemsDiffer(a, b string) []string {
	parse := func(s string) map[string]string {
		out := map[string]string{}
		for _, kv := range strings.Split(s, "\x1f") {
			if k, v, ok := strings.Cut(kv, "="); ok {
				out[k] = v
			}
		}
		return out
	}
	am, bm := parse(a), parse(b)
	var cols []string
	for k, v := range am {
		if bm[k] != v {
			cols = append(cols, k)
		}
	}
	for k := range bm {
		if _, ok := am[k]; !ok {
			cols = append(cols, k)
		}
	}
	sortStrings(cols)
	return cols
}

// merge: identical records stay (duplicates), changed ones are replaced, new ones inserted.
// cubes (may be nil) hears of the records replaced before they go and of the records written.
func merge(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary, o Options, cubes *methodology.CubeDelta) error {
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
	if replaced > 0 && p.OnChangedRecord == "refuse" && !o.ReplaceChanged {
		return changedRecords(ctx, dc, p, sum, replaced)
	}
	sum.Duplicates += identical
	sum.Replaced = replaced
	fields := k.tableFields()
	selects := make([]string, len(fields))
	for i, f := range fields {
		selects[i] = k.selectSQL(f)
	}
	// A pass that can find nothing is skipped: with no identical record none leaves the staging
	// table, and with none replaced no stored record has a staged key.
	var stmts []string
	if identical > 0 {
		stmts = append(stmts,
			fmt.Sprintf(`DELETE FROM stg WHERE _key IN (SELECT %s FROM %s t WHERE t.row_hash IS NOT NULL AND t.row_hash IN (SELECT _hash FROM stg))`, key, k.Table),
			`DELETE FROM stg_items WHERE _key NOT IN (SELECT _key FROM stg)`)
	}
	for _, q := range stmts {
		if err := store.Exec(ctx, dc, q); err != nil {
			return fmt.Errorf("merge into %s: %w", k.Table, err)
		}
	}
	stmts = nil
	if replaced > 0 {
		// The stored records with a staged key are now exactly the ones replaced (the identical
		// ones left the staging table above).
		if err := cubes.Subtract(ctx, cubeTx{dc}, "SELECT _key FROM stg"); err != nil {
			return err
		}
	}
	if k.Name == "survey_responses" {
		stmts = append(stmts, `DELETE FROM survey_ratings WHERE response_id IN (SELECT _key FROM stg)`)
	}
	if replaced > 0 {
		stmts = append(stmts, fmt.Sprintf(`DELETE FROM %s t WHERE %s IN (SELECT _key FROM stg)`, k.Table, key))
	}
	stmts = append(stmts,
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
	if k.keyUnindexed {
		if err := keysStayUnique(ctx, dc, k, sum); err != nil {
			return err
		}
	}
	if err := cubes.Add(ctx, cubeTx{dc}, "SELECT _key FROM stg"); err != nil {
		return err
	}
	n, err := queryInt(ctx, dc, `SELECT count(*) FROM stg`)
	if err != nil {
		return err
	}
	sum.New = n - replaced
	sum.Accepted = sum.Read - sum.Rejected
	// The staging tables are done with: dropped here, their memory is free before COMMIT writes
	// the new records (the import's peak memory is otherwise staging + records + commit at once).
	for _, q := range []string{"DROP TABLE temp.stg", "DROP TABLE temp.stg_items"} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	return nil
}

// finish writes the import log and the quarantine inside the import's transaction.
func finish(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary, started time.Time) error {
	if err := store.Exec(ctx, dc, `INSERT INTO import_log (import_id, file_name, sha256, profile, record_kind, rows_read, rows_accepted,
		rows_rejected, rows_duplicate, rows_conflict, rows_replaced, rows_new, pii_masked, started_at, finished_at, status, message)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?)`,
		sum.ImportID, sum.File, sum.SHA256, p.Name, p.kind.Name, int64(sum.Read), int64(sum.Accepted), int64(sum.Rejected),
		int64(sum.Duplicates), int64(sum.Conflicting), int64(sum.Replaced), int64(sum.New), int64(sum.PIIMasked), started, sum.Status, sum.Message); err != nil {
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
		kind := "rejected"
		if pr.Kind == "conflict" || pr.Kind == KindField {
			kind = pr.Kind
		}
		if err := a.AppendRow(sum.ImportID, sum.File, int64(pr.Row), pr.Column, pr.Value, pr.BG, pr.EN, kind, pr.Raw); err != nil {
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
		notKept(sum)
		if err := finish(ctx, dc, p, sum, started); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
}

// cubeTx is the import's transaction as methodology.CubeDelta uses it.
type cubeTx struct{ dc driver.Conn }

func (t cubeTx) Exec(ctx context.Context, query string, args ...any) error {
	t0 := time.Now()
	err := store.Exec(ctx, t.dc, query, args...)
	if traceOn && time.Since(t0) > 10*time.Millisecond {
		fmt.Fprintf(os.Stderr, "import:   cubes %.90s %7.3f s\n", query, time.Since(t0).Seconds())
	}
	return err
}

func (t cubeTx) Rows(ctx context.Context, query string, fn func(row []any)) error {
	return queryRows(ctx, t.dc, query, func(v []driver.Value) {
		row := make([]any, len(v))
		for i := range v {
			row[i] = v[i]
		}
		fn(row)
	})
}

// rejectRow keeps a rejected row's problem (up to the limit) and its number.
func rejectRow(sum *Summary, o Options, rejectedRows map[int]bool) func(*read.Problem) {
	return func(pr *read.Problem) {
		rejectedRows[pr.Row] = true
		if len(sum.Problems) < o.MaxProblemsKept {
			sum.Problems = append(sum.Problems, pr)
		}
	}
}

// stageResult is what the direct insert needs to know of the staged records (the checks the staging
// table would answer in SQL): how many, their departments, the span of their dates, and whether
// any key repeats.
type stageResult struct {
	staged     int
	depts      map[string]string // department code → its name in the file (the largest, as SQL's max), "" for none
	span       [2]time.Time
	keysRepeat bool
}

// stageRows reads the source, maps each row and writes the records to the stage files (a
// rejected row's problem kept in sum and its number in rejectedRows, an emptied field's too),
// reporting progress and stopping on cancellation.
func stageRows(ctx context.Context, k *Kind, m *mapper, src read.Source, sum *Summary, o Options, stg, items *stageFile, rejectedRows map[int]bool) (stageResult, error) {
	keep := rejectRow(sum, o, rejectedRows)
	keepField := func(pr *read.Problem) {
		sum.emptied(pr)
		if len(sum.Problems) < o.MaxProblemsKept {
			sum.Problems = append(sum.Problems, pr)
		}
	}
	rows, stopReading := readAhead(ctx, src)
	defer stopReading()
	releaseGC := lessGC()
	defer releaseGC()
	w := startStageWriter(stg, items, len(k.Fields))
	defer w.finish()
	const writeRows = 256
	pending := make([]*Record, 0, writeRows)
	// What the direct insert needs to know of the staged records: how many, their departments
	// and the span of their dates (the checks the staging table would answer in SQL).
	stagedN, deptAt, lastDept, lastName, depts := 0, -1, "", "", map[string]string{}
	if k.HasDepartment() {
		deptAt = slices.IndexFunc(k.Fields, func(f Field) bool { return f.Name == "department_code" })
	}
	covAt, span := -1, [2]time.Time{}
	if c := k.coverageDate(); c != "" {
		covAt = slices.IndexFunc(k.Fields, func(f Field) bool { return f.Name == c })
	}
	var batch readBatch
	for next := 0; ; next++ {
		if next == len(batch.rows) {
			var ok bool
			if batch, ok = <-rows; !ok {
				return stageResult{}, ctx.Err() // the reader stopped early: the import was cancelled
			}
			next = 0
		}
		cells, n, err := batch.rows[next].cells, batch.rows[next].n, batch.rows[next].err
		if err == io.EOF {
			break
		}
		if err != nil {
			var pr *read.Problem
			if read.RowProblem(err, &pr) {
				sum.Read++
				keep(pr)
				continue
			}
			return stageResult{}, err
		}
		sum.Read++
		if sum.Read%2000 == 0 {
			if err := ctx.Err(); err != nil {
				return stageResult{}, err
			}
			report(o, Progress{File: sum.File, Stage: "reading", Rows: sum.Read, Fraction: batch.fraction})
		}
		rec, probs := m.Map(cells, n)
		if rec == nil {
			for _, pr := range probs {
				keep(pr)
			}
			continue
		}
		for _, pr := range probs { // the record is kept; these fields were emptied
			keepField(pr)
		}
		sum.PIIMasked += rec.PII
		stagedN++
		if deptAt >= 0 {
			if d, ok := rec.Values[deptAt].(string); ok {
				if d != lastDept || len(depts) == 0 {
					lastDept, lastName = d, depts[d]
					depts[d] = lastName
				}
				if rec.DeptName > lastName { // the name a department created by the import gets: max(_dept_name)
					depts[d], lastName = rec.DeptName, rec.DeptName
				}
			}
		}
		if covAt >= 0 {
			if t, ok := rec.Values[covAt].(time.Time); ok {
				if span[0].IsZero() || t.Before(span[0]) {
					span[0] = t
				}
				if span[1].IsZero() || t.After(span[1]) {
					span[1] = t
				}
			}
		}
		if pending = append(pending, rec); len(pending) == writeRows {
			if err := w.send(pending); err != nil {
				return stageResult{}, read.Relabel(err, sum.File)
			}
			pending = make([]*Record, 0, writeRows)
		}
	}
	if err := w.send(pending); err != nil {
		return stageResult{}, read.Relabel(err, sum.File)
	}
	if err := w.finish(); err != nil {
		return stageResult{}, read.Relabel(err, sum.File)
	}
	keysRepeat := w.keysRepeat()
	releaseGC()
	return stageResult{staged: stagedN, depts: depts, span: span, keysRepeat: keysRepeat}, nil
}
