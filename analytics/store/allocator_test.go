package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Before any database opens (this test binary's too), DuckDB's allocator keeps freed memory a
// minute, on the arena every query of a database opened after it uses — unless the user set
// DuckDB's allocator configuration themselves.
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
	got, ok := arenaDecayMS(0)
	if !ok {
		if runtime.GOOS == "linux" {
			t.Fatal("DuckDB's jemalloc not found on Linux")
		}
		t.Skip("no jemalloc on " + runtime.GOOS)
	}
	if got != freedMemoryDecayMS {
		t.Fatalf("arena 0 returns freed memory after %d ms, want %d", got, freedMemoryDecayMS)
	}
}
