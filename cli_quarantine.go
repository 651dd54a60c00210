package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"otzvuk/analytics/ingest"
)

func runQuarantine(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("quarantine", stderr)
	db := fs.String("db", "", "database file (default: the desktop app's)")
	importID := fs.Int64("import", 0, "one import's rejected rows (default: all)")
	out := fs.String("out", "", "CSV file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx := context.Background()
	s, ok := openDB(ctx, *db, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	w := stdout
	if *out != "" {
		f, err := os.CreateTemp(dirOf(*out), ".otzvuk-*.csv")
		if err != nil {
			fmt.Fprintln(stderr, "otzvuk quarantine:", err)
			return 1
		}
		defer os.Remove(f.Name())
		n, err := ingest.WriteQuarantineCSV(ctx, s, *importID, f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(f.Name(), *out) // the old file is replaced only by a complete new one
		}
		if err != nil {
			fmt.Fprintln(stderr, "otzvuk quarantine:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%d отхвърлени клетки записани в %s / %d rejected cells written to %s\n", n, *out, n, *out)
		return 0
	}
	if _, err := ingest.WriteQuarantineCSV(ctx, s, *importID, w); err != nil {
		fmt.Fprintln(stderr, "otzvuk quarantine:", err)
		return 1
	}
	return 0
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
