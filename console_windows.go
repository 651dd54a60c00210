//go:build windows

package main

import (
	"os"
	"syscall"
)

// attachParentConsole lets the GUI-subsystem exe print when a headless subcommand is run from
// cmd.exe or PowerShell: Windows gives such a program no console, so it borrows its parent's.
// When output is redirected to a file or pipe the inherited handles are kept.
func attachParentConsole() {
	if h, err := syscall.GetStdHandle(syscall.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != syscall.InvalidHandle {
		return
	}
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
