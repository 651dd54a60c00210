//go:build !windows

package main

// attachParentConsole is only needed on Windows, where the exe is a GUI program.
func attachParentConsole() {}
