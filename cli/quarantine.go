package cli

import (
	"context"
	"fmt"
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/ingest"
)

func runQuarantine(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("quarantine", stderr)
	db := dbFlag(fs)
	importID := fs.Int64("import", 0, "one import's rejected rows (default: all)")
	out := fs.String("out", "", "CSV file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx := context.Background()
	s, ok := openDB(ctx, *db, mustExist, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "quarantine", stderr) {
		return 1
	}
	if *out != "" {
		n := 0
		err := writeOutput(s, *out, export.KindCSV, func(w io.Writer) (err error) {
			n, err = ingest.WriteQuarantineCSV(ctx, s, *importID, w)
			return err
		})
		if err != nil {
			fmt.Fprintln(stderr, "otzvuk quarantine:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%d отхвърлени клетки записани в %s / %d rejected cells written to %s\n", n, *out, n, *out)
		return 0
	}
	if _, err := ingest.WriteQuarantineCSV(ctx, s, *importID, stdout); err != nil {
		fmt.Fprintln(stderr, "otzvuk quarantine:", err)
		return 1
	}
	return 0
}
