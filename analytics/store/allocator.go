package store

import "os"

// DuckDB allocates through its own jemalloc on Linux, which hands memory a query freed back to
// the system about a second later (DuckDB's build sets that decay). A user clicks after reading a
// view for longer than that, so every click's queries fault their working memory in again, page
// by page — on the 2-core machine of BENCHMARKS.md ~40 % of a view's time in Go (the comparison:
// 140 → 80 ms median after 2 s pauses). Keeping freed memory a minute keeps a reading user's
// clicks warm and still returns the memory of an import or a report a minute after it.
//
// jemalloc reads its configuration when the program loads (a C constructor, before Go starts),
// so the decay is changed in place, on the arenas, as soon as this package starts — before any
// database opens. A user who configured DuckDB's allocator (DUCKDB_JE_MALLOC_CONF) keeps theirs.
const (
	allocatorEnv       = "DUCKDB_JE_MALLOC_CONF"
	freedMemoryDecayMS = 60_000
)

func init() {
	if os.Getenv(allocatorEnv) == "" {
		keepFreedMemory(freedMemoryDecayMS)
	}
}
