//go:build linux && cgo

package store

/*
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

// DuckDB's jemalloc (its symbols carry DuckDB's prefix); weak, so that a DuckDB built without it
// links too and the decay is simply left alone.
extern int duckdb_je_mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen) __attribute__((weak));

// set_decay sets the dirty and muzzy decay of the arenas made from now on and of every arena
// already made (without jemalloc: nothing).
static void set_decay(ssize_t ms) {
	if (duckdb_je_mallctl == NULL) return;
	duckdb_je_mallctl("arenas.dirty_decay_ms", NULL, NULL, &ms, sizeof(ms));
	duckdb_je_mallctl("arenas.muzzy_decay_ms", NULL, NULL, &ms, sizeof(ms));
	unsigned n = 0;
	size_t len = sizeof(n);
	if (duckdb_je_mallctl("arenas.narenas", &n, &len, NULL, 0) != 0) return;
	char name[64];
	for (unsigned i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "arena.%u.dirty_decay_ms", i);
		if (duckdb_je_mallctl(name, NULL, NULL, &ms, sizeof(ms)) != 0) continue; // not made yet
		snprintf(name, sizeof(name), "arena.%u.muzzy_decay_ms", i);
		duckdb_je_mallctl(name, NULL, NULL, &ms, sizeof(ms));
	}
}

// arena_decay reads an arena's dirty decay, or (i < 0) the default of the arenas made from now
// on (-2: no jemalloc or no such arena).
static ssize_t arena_decay(int i) {
	if (duckdb_je_mallctl == NULL) return -2;
	char name[64];
	if (i < 0) snprintf(name, sizeof(name), "arenas.dirty_decay_ms");
	else snprintf(name, sizeof(name), "arena.%d.dirty_decay_ms", i);
	ssize_t ms = 0;
	size_t len = sizeof(ms);
	if (duckdb_je_mallctl(name, &ms, &len, NULL, 0) != 0) return -2;
	return ms;
}
*/
import "C"

// keepFreedMemory sets how long DuckDB's allocator keeps memory a query freed (allocator.go).
func keepFreedMemory(ms int) { C.set_decay(C.ssize_t(ms)) }

// arenaDecayMS is arena i's dirty decay as jemalloc reports it, or with i < 0 the default of the
// arenas made later (DuckDB's worker threads get theirs as they start); false without jemalloc.
func arenaDecayMS(i int) (int, bool) {
	ms := C.arena_decay(C.int(i))
	return int(ms), ms != -2
}
