package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Before any database opens (this test binary's too), DuckDB's allocator keeps freed memory a
// minute, on the arenas made before (arena 0) and as the default of those made after (a query
// thread's) — unless the user set DuckDB's allocator configuration themselves. On Linux the
// build links DuckDB's jemalloc: its absence would silently lose the setting, so it fails here.
func TestAllocatorKeepsFreedMemoryAMinute(t *testing.T) {
	if v := os.Getenv(allocatorEnv); v != "" {
		t.Skipf("%s=%q was set before the process started: the user's configuration stays", allocatorEnv, v)
	}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "a.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.DB.Exec("CREATE TABLE t AS SELECT range AS i FROM range(100000)"); err != nil {
		t.Fatal(err)
	}
	for _, arena := range []int{0, -1} {
		got, ok := arenaDecayMS(arena)
		if !ok {
			if runtime.GOOS == "linux" {
				t.Fatal("DuckDB's jemalloc not found on Linux")
			}
			t.Skip("no jemalloc on " + runtime.GOOS)
		}
		if got != freedMemoryDecayMS {
			t.Fatalf("arena %d (-1: the default of new arenas) returns freed memory after %d ms, want %d", arena, got, freedMemoryDecayMS)
		}
	}
}
