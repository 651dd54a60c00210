package cli

import (
	"fmt"
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/ingest"
)

func runQuarantine(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	importID := fs.Int64("import", 0, "one import's rejected rows (default: all)")
	out := fs.String("out", "", "CSV file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *importID < 0 {
		return c.badArgs(argErr("importNumber", *importID))
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "quarantine", c.stderr) {
		return 1
	}
	if *importID != 0 {
		// An import that does not exist would give an empty CSV, as if it had rejected nothing.
		var n int
		if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM import_log WHERE import_id = ?`, *importID).Scan(&n); err != nil {
			return c.fail(1, err)
		}
		if n == 0 {
			printArgError(c.stderr, c.name, argErr("noSuchImport", *importID))
			return 1 // the flag is well formed; the database lacks the import
		}
	}
	if *out != "" {
		n := 0
		err := writeOutput(s, *out, export.KindCSV, func(w io.Writer) (err error) {
			n, err = ingest.WriteQuarantineCSV(ctx, s, *importID, w)
			return err
		})
		if err != nil {
			return c.fail(1, err)
		}
		fmt.Fprintln(c.stdout, say("quarantineWritten", n, *out))
		return 0
	}
	if _, err := ingest.WriteQuarantineCSV(ctx, s, *importID, c.stdout); err != nil {
		return c.fail(1, err)
	}
	return 0
}
