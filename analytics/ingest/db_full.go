package ingest

import (
	"errors"
	"strings"
	"syscall"

	"otzvuk/analytics/ingest/read"
)

// A full disk under the database shows up as DuckDB's own text ("TransactionContext Error: Failed
// to commit: Could not write file …: No space left on device"), not as an ENOSPC the caller can
// test: the merge or the commit then failed, nothing was imported, and the user must read that in
// words, not DuckDB's.

// IsDiskFull tells whether err is a full disk, whichever layer reported it.
func IsDiskFull(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, syscall.ENOSPC) || diskFull(err) {
		return true
	}
	msg := err.Error()
	for _, s := range []string{"No space left on device", "There is not enough space on the disk", "disk is full", "Disk full"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// writeFailed is the error of an import whose merge or commit failed: a full disk in both
// languages, naming the database; anything else as it came.
func writeFailed(file, dbPath string, err error) error {
	var pr *read.Problem
	if err == nil || errors.As(err, &pr) || !IsDiskFull(err) {
		return err
	}
	return newErr(file, 0, "", "", "db_full", dbPath)
}
