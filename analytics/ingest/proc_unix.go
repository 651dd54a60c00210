//go:build !windows

package ingest

import (
	"errors"
	"syscall"
)

// processAlive: signal 0 checks for the process without touching it (EPERM: alive, not ours).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// diskFull: on Unix a full disk is ENOSPC, which the caller checks already.
func diskFull(error) bool { return false }
