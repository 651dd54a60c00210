//go:build windows

package ingest

import (
	"errors"
	"os"
	"syscall"
)

// processAlive: on Windows FindProcess opens the process, and fails when there is none.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}

// diskFull: ERROR_HANDLE_DISK_FULL (39) and ERROR_DISK_FULL (112).
func diskFull(err error) bool {
	return errors.Is(err, syscall.Errno(39)) || errors.Is(err, syscall.Errno(112))
}
