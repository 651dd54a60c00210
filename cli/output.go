package cli

import (
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/store"
)

// outputs is where every file a subcommand writes goes through: never the open database, its
// WAL, another DuckDB file, a folder or a file that is not an earlier export of the same kind.
func outputs(s *store.Store) export.Guard {
	return export.Guard{Protect: []string{s.Path}}
}

// writeOutput writes one output file through the guard.
func writeOutput(s *store.Store, path string, kind export.Kind, write func(io.Writer) error) error {
	return outputs(s).Write(path, kind, write)
}
