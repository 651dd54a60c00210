// Package store opens Otzvuk's DuckDB file and keeps its schema current.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// DefaultMemoryLimit keeps DuckDB well inside an office PC's memory.
const DefaultMemoryLimit = "2GB"

// ImportMemoryLimit is DuckDB's memory limit while a file is imported (when the store was opened
// with the default limit): the staging table and the new records' buffers are evicted to DuckDB's
// temporary folder before the process grows past it, instead of being kept because there is room.
// At a million rows this keeps the import's peak resident memory at 330–355 MB (400–430 MB with
// the 2 GB limit) at the same speed. The primary-key index of the new records cannot be evicted,
// so once the rows are counted the limit grows with them (ImportRowBytes a row; see ImportLimit).
const ImportMemoryLimit = "256MB"

// ImportRowBytes: memory allowed per staged row on top of importBaseMB, once the rows are known.
// With 160 bytes 1M rows stay at 256 MB and 10M rows get ~1.7 GB (the index needs ~80 a row).
const ImportRowBytes = 160

const importBaseMB, defaultLimitMB = 96, 2000 // DefaultMemoryLimit in MB (DuckDB's GB is 1000 MB)

// Store is an open Otzvuk database.
type Store struct {
	DB          *sql.DB
	Path        string
	connector   *duckdb.Connector
	memoryLimit string // the limit it was opened with
	chosenLimit bool   // the caller chose that limit (Options.MemoryLimit)
}

// ImportLimit lowers DuckDB's memory limit on the driver connection's database for one import and
// returns how to put the opened limit back. With rows > 0 (the staged rows, once counted) it sets
// the limit those rows need, never above the opened one. A limit the caller chose is kept.
func (s *Store) ImportLimit(ctx context.Context, dc driver.Conn, rows int) (restore func(), err error) {
	restore = func() { Exec(context.Background(), dc, "SET memory_limit = '"+s.memoryLimit+"'") }
	if s.chosenLimit {
		return func() {}, nil
	}
	limit := ImportMemoryLimit
	if rows > 0 {
		mb := importBaseMB + rows/1_000_000*ImportRowBytes + (rows%1_000_000)*ImportRowBytes/1_000_000
		mb = max(mb, 256)
		if mb >= defaultLimitMB {
			limit = s.memoryLimit
		} else {
			limit = strconv.Itoa(mb) + "MB"
		}
	}
	if err := Exec(ctx, dc, "SET memory_limit = '"+limit+"'"); err != nil {
		return nil, err
	}
	return restore, nil
}

// Options tune how the database is opened.
type Options struct {
	MemoryLimit string // e.g. "2GB"; DefaultMemoryLimit when empty
	ReadOnly    bool
}

// DefaultPath is where the desktop app keeps its database: the user's config directory.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no user config directory: %w", err)
	}
	return filepath.Join(dir, "otzvuk", "otzvuk.duckdb"), nil
}

// Open opens (creating if needed) the database at path and applies pending migrations.
// Extensions are never installed or loaded automatically: the app works offline.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create database folder: %w", err)
	}
	limit := opts.MemoryLimit
	if limit == "" {
		limit = DefaultMemoryLimit
	}
	q := url.Values{}
	q.Set("autoinstall_known_extensions", "false")
	q.Set("autoload_known_extensions", "false")
	q.Set("memory_limit", limit)
	if opts.ReadOnly {
		q.Set("access_mode", "READ_ONLY")
	}
	connector, err := duckdb.NewConnector(path+"?"+q.Encode(), initConnection)
	if err != nil {
		return nil, classifyOpenError(path, err)
	}
	db := sql.OpenDB(connector)
	// A view runs a few queries at once (methodology.Compute: 4); keeping that many connections
	// idle keeps their prepared statements too, rather than closing two after every view.
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		connector.Close()
		return nil, classifyOpenError(path, err)
	}
	s := &Store{DB: db, Path: path, connector: connector, memoryLimit: limit, chosenLimit: opts.MemoryLimit != ""}
	if !opts.ReadOnly && !s.Pooled(ctx) {
		if err := s.migrate(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// initConnection runs on every new connection: calendar dates are Sofia's, whatever the machine's zone.
func initConnection(execer driver.ExecerContext) error {
	_, err := execer.ExecContext(context.Background(), "SET TimeZone = 'Europe/Sofia'", nil)
	return err
}

// Close releases the database file (and its lock).
func (s *Store) Close() error {
	err := s.DB.Close()
	if cerr := s.connector.Close(); err == nil {
		err = cerr
	}
	return err
}

// Raw runs fn on one dedicated DuckDB driver connection, for the Appender and explicit transactions.
// Inside fn use Exec on that connection: the pooled *sql.DB would hand out a different one.
func (s *Store) Raw(ctx context.Context, fn func(dc driver.Conn) error) error {
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		d, ok := dc.(driver.Conn)
		if !ok {
			return errors.New("store: not a DuckDB driver connection")
		}
		return fn(d)
	})
}

// Exec runs one statement on a driver connection handed out by Raw.
func Exec(ctx context.Context, dc driver.Conn, query string, args ...any) error {
	ex, ok := dc.(driver.ExecerContext)
	if !ok {
		return errors.New("store: connection cannot execute statements")
	}
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	_, err := ex.ExecContext(ctx, query, named)
	return err
}

// LockedError says another process holds the database file.
type LockedError struct {
	Path string
	PID  string // the holder's process id when DuckDB names it
}

func (e *LockedError) Error() string {
	holder := "another program"
	if e.PID != "" {
		holder = "another program (PID " + e.PID + ")"
	}
	return fmt.Sprintf("the database %s is already open in %s; close that Otzvuk window or command and try again"+
		" / базата данни %s вече е отворена от друга програма; затворете другия прозорец или команда на Otzvuk и опитайте отново",
		e.Path, holder, e.Path)
}

var lockPID = regexp.MustCompile(`\(PID (\d+)\)`)

func classifyOpenError(path string, err error) error {
	msg := err.Error()
	if regexp.MustCompile(`(?i)could not set lock|conflicting lock`).MatchString(msg) {
		le := &LockedError{Path: path}
		if m := lockPID.FindStringSubmatch(msg); m != nil {
			le.PID = m[1]
		}
		return le
	}
	return fmt.Errorf("open database %s: %w", path, err)
}
