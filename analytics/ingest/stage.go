package ingest

import (
	"bufio"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"otzvuk/analytics/store"
)

// stageFile collects validated rows as a normalised CSV (UTF-8, ISO dates, decimal points) that
// DuckDB's read_csv then loads into a staging table in one parallel pass — much faster than
// handing values one by one across cgo.
type stageFile struct {
	dir   string
	f     *os.File
	w     *bufio.Writer
	dates []bool // columns that are DATE (written without a time)
}

// StageDir is the folder of the staging files: $OTZVUK_STAGE_DIR when set, else the system's
// temporary folder ($TMPDIR, %TEMP%).
func StageDir() string {
	if d := os.Getenv("OTZVUK_STAGE_DIR"); d != "" {
		return d
	}
	return os.TempDir()
}

func newStageFile(dir, pattern string) (*stageFile, error) {
	if dir == "" {
		dir = StageDir()
	}
	cleanStaleOnce(dir)
	f, err := os.CreateTemp(dir, stagePattern(pattern))
	if err != nil {
		return nil, stageErr(dir, err)
	}
	return &stageFile{dir: dir, f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// stageErr is a failure to write the staging file: the temporary folder is full or not writable.
// It names the folder, not the row being written when the disk ran out.
func stageErr(dir string, err error) error {
	if err == nil {
		return nil
	}
	code := "temp_unwritable"
	if errors.Is(err, syscall.ENOSPC) || diskFull(err) {
		code = "temp_full"
	}
	return newErr("", 0, "", "", code, dir)
}

// write appends one row; nil is written as an empty field (NULL).
func (s *stageFile) write(vals ...any) error {
	b := s.w.AvailableBuffer() // written in place when the row fits what the buffer has left
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		if str, ok := v.(string); ok {
			b = appendQuoted(b, str)
			continue
		}
		b = appendValue(b, v, i < len(s.dates) && s.dates[i])
	}
	b = append(b, '\n')
	_, err := s.w.Write(b)
	return stageErr(s.dir, err)
}

// writeRecord appends a record's row of the staging table: what write(values…, row, key, hash,
// department name or nil, seq, filled, item signature) writes, without boxing each value.
func (s *stageFile) writeRecord(rec *Record, seq int64) error {
	b := s.w.AvailableBuffer()
	for i, v := range rec.Values {
		if i > 0 {
			b = append(b, ',')
		}
		if str, ok := v.(string); ok {
			b = appendQuoted(b, str)
			continue
		}
		b = appendValue(b, v, i < len(s.dates) && s.dates[i])
	}
	b = strconv.AppendInt(append(b, ','), int64(rec.Row), 10)
	b = appendQuoted(append(b, ','), rec.Key)
	b = appendQuoted(append(b, ','), rec.Hash)
	b = append(b, ',')
	if rec.DeptName != "" {
		b = appendQuoted(b, rec.DeptName)
	}
	b = strconv.AppendInt(append(b, ','), seq, 10)
	b = strconv.AppendInt(append(b, ','), int64(rec.Filled), 10)
	b = appendQuoted(append(b, ','), rec.ItemsSig)
	b = append(b, '\n')
	_, err := s.w.Write(b)
	return stageErr(s.dir, err)
}

// stageWriter writes mapped records to the staging files on its own goroutine, in the order they
// are sent, numbering them (_seq) as it goes: mapping a row and writing it share the cores.
type stageWriter struct {
	in     chan []*Record
	failed chan struct{} // closed when a write failed; err says why
	done   chan struct{} // closed when the writer has stopped
	err    error
	once   sync.Once
	// keys holds a 64-bit hash of every staged key: when no two are equal no key repeats, and
	// the cross-row checks skip counting distinct keys in DuckDB (a hash table of every key,
	// built while the staging table is in memory — the import's peak).
	seed maphash.Seed
	keys []uint64
}

// keysRepeat says whether two staged records may share a key (a hash collision says yes too,
// and the checks in SQL then find out). Call after finish; it frees the hashes.
func (w *stageWriter) keysRepeat() bool {
	keys := w.keys
	w.keys = nil
	return anyRepeat(keys)
}

// anyRepeat says whether a value occurs twice. The values (hashes, evenly spread) are put into
// 256 buckets by their top byte, and the buckets sorted and compared on every core: at a million
// keys a third of the time of sorting them all on one.
func anyRepeat(keys []uint64) bool {
	if len(keys) < 1<<14 {
		slices.Sort(keys)
		for i := 1; i < len(keys); i++ {
			if keys[i] == keys[i-1] {
				return true
			}
		}
		return false
	}
	var start [257]int
	for _, k := range keys {
		start[k>>56+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := make([]uint64, len(keys))
	at := start
	for _, k := range keys {
		b := k >> 56
		out[at[b]] = k
		at[b]++
	}
	var found atomic.Bool
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !found.Load() {
				b := int(next.Add(1) - 1)
				if b >= 256 {
					return
				}
				s := out[start[b]:start[b+1]]
				slices.Sort(s)
				for i := 1; i < len(s); i++ {
					if s[i] == s[i-1] {
						found.Store(true)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	return found.Load()
}

func startStageWriter(stg, items *stageFile, fields int) *stageWriter {
	w := &stageWriter{in: make(chan []*Record, 8), failed: make(chan struct{}), done: make(chan struct{}), seed: maphash.MakeSeed()}
	go func() {
		defer close(w.done)
		seq := int64(0)
		for batch := range w.in {
			if w.err != nil {
				continue // failed: the rest is only drained
			}
			for _, rec := range batch {
				w.keys = append(w.keys, maphash.String(w.seed, rec.Key))
				if w.err = w.write(stg, items, &seq, rec); w.err != nil {
					close(w.failed)
					break
				}
			}
		}
	}()
	return w
}

func (w *stageWriter) write(stg, items *stageFile, seq *int64, rec *Record) error {
	*seq++
	rec.Hash = recordHash(rec)
	if err := stg.writeRecord(rec, *seq); err != nil {
		return err
	}
	for _, it := range rec.Items {
		if err := items.write(*seq, rec.Key, it.Item, it.Value, it.Min, it.Max); err != nil {
			return err
		}
	}
	return nil
}

// send hands a batch of records to the writer, or returns why writing failed.
func (w *stageWriter) send(batch []*Record) error {
	if len(batch) == 0 {
		return nil
	}
	select {
	case w.in <- batch:
		return nil
	case <-w.failed:
		return w.err
	}
}

// finish says no more records come and waits until all are written; it may be called again.
func (w *stageWriter) finish() error {
	w.once.Do(func() { close(w.in) })
	<-w.done
	return w.err
}

func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// loadInto closes the file and loads it into a staging table whose columns are given as name → type.
func (s *stageFile) loadInto(ctx context.Context, dc driver.Conn, table string, names, types []string) error {
	scan, err := s.close(names, types)
	if err != nil {
		return err
	}
	return loadUnordered(ctx, dc, "INSERT INTO "+table+" SELECT * FROM "+scan)
}

// close flushes and closes the file and returns the read_csv call that scans it with the
// columns given as name → type.
func (s *stageFile) close(names, types []string) (string, error) {
	if err := s.w.Flush(); err != nil {
		return "", stageErr(s.dir, err)
	}
	if err := s.f.Close(); err != nil {
		return "", stageErr(s.dir, err)
	}
	cols := make([]string, len(names))
	for i := range names {
		cols[i] = fmt.Sprintf("'%s': '%s'", names[i], types[i])
	}
	// The path is ours (CreateTemp); quotes are doubled all the same. Its read buffer is 4 MB
	// instead of 32 MB per thread: ~60 MB less at a million rows, no slower.
	path := strings.ReplaceAll(s.f.Name(), "'", "''")
	return fmt.Sprintf(`read_csv('%s', header = false, delim = ',', quote = '"', escape = '"',
		auto_detect = false, buffer_size = 4194304, columns = {%s})`, path, strings.Join(cols, ", ")), nil
}

// loadUnordered runs a statement that loads a staging file. Every staged row carries its own
// order (_seq) and file row (_row), and every pass that picks a copy orders by them, so the load
// need not keep the file's order: without it DuckDB's parallel CSV scan appends straight into the
// table instead of buffering batches to put them back in order (about a fifth faster and ~100 MB
// less at a million rows).
func loadUnordered(ctx context.Context, dc driver.Conn, query string) error {
	if err := store.Exec(ctx, dc, "SET preserve_insertion_order = false"); err != nil {
		return err
	}
	defer store.Exec(context.Background(), dc, "RESET preserve_insertion_order")
	return store.Exec(ctx, dc, query)
}

func (s *stageFile) remove() {
	s.f.Close()
	os.Remove(s.f.Name())
}

// appendValue writes a typed value as text: ISO dates, decimal points, nothing for nil.
// The staging CSV and the record hash both use it, so they agree on what a value is.
func appendValue(b []byte, v any, dateOnly bool) []byte {
	switch x := v.(type) {
	case nil:
		return b
	case string:
		return append(b, x...)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case float64:
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	case bool:
		return strconv.AppendBool(b, x)
	case time.Time:
		return appendTime(b, x, dateOnly)
	}
	return fmt.Append(b, v)
}

// appendTime writes what AppendFormat writes for "2006-01-02" or "2006-01-02 15:04:05.000000",
// digit by digit: on a million rows the layout parser of AppendFormat was a tenth of an import.
func appendTime(b []byte, t time.Time, dateOnly bool) []byte {
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		if dateOnly {
			return t.AppendFormat(b, "2006-01-02")
		}
		return t.AppendFormat(b, "2006-01-02 15:04:05.000000")
	}
	b = append(b, byte('0'+year/1000), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10), '-',
		byte('0'+int(month)/10), byte('0'+int(month)%10), '-', byte('0'+day/10), byte('0'+day%10))
	if dateOnly {
		return b
	}
	hour, min, sec := t.Clock()
	us := t.Nanosecond() / 1000
	return append(b, ' ', byte('0'+hour/10), byte('0'+hour%10), ':', byte('0'+min/10), byte('0'+min%10), ':',
		byte('0'+sec/10), byte('0'+sec%10), '.', byte('0'+us/100000), byte('0'+us/10000%10), byte('0'+us/1000%10),
		byte('0'+us/100%10), byte('0'+us/10%10), byte('0'+us%10))
}
