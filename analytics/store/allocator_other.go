//go:build !linux || !cgo

package store

// Without DuckDB's jemalloc (Windows, macOS) the system's allocator is left as it is.
func keepFreedMemory(int) {}

func arenaDecayMS(int) (int, bool) { return 0, false }
