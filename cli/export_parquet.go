package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"otzvuk/analytics/export"
	"otzvuk/analytics/pool"
)

// runExportParquet writes the municipality's package: PII-free record views and/or yearly
// indicators as Parquet partitioned municipality=KEY/year=YYYY, with manifest.json.
func runExportParquet(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	out := fs.String("out", "", "the package folder (new, empty, or an earlier package, which is replaced)")
	records := fs.Bool("records", false, "write the record views (default: records and aggregates)")
	aggregates := fs.Bool("aggregates", false, "write the yearly indicators (default: records and aggregates)")
	municipality := fs.String("municipality", "", "the municipality's name in the package (default: the one set with otzvuk settings)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(c.stderr, "otzvuk export-parquet:", say("giveOutDir"))
		return 2
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "export-parquet", c.stderr) {
		return 1
	}
	cat, ok := LoadCatalog(s.Path, c.stderr)
	if !ok {
		return 1
	}
	m, err := pool.Export(ctx, s, *out, pool.ExportOptions{Records: *records, Aggregates: *aggregates, Catalog: cat, Version: Version,
		Municipality: *municipality})
	if err != nil {
		printPackageError(c.stderr, "export-parquet", err)
		return 1
	}
	var rows int64
	for _, f := range m.Files {
		rows += f.Rows
	}
	fmt.Fprintf(c.stdout, "Пакет на %s (%s) записан в %s: %d файла, %d реда\nPackage of %s (%s) written to %s: %d files, %d rows\n",
		m.Municipality.Name, m.Key, *out, len(m.Files), rows, m.Municipality.Name, m.Key, *out, len(m.Files), rows)
	return 0
}

// printPackageError prints a refusal once per language, never Go's internal text when it is ours.
func printPackageError(stderr io.Writer, cmd string, err error) {
	var pe *pool.PackageError
	var oe *export.OutputError
	switch {
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "otzvuk %s: пакет %s: %s\notzvuk %s: package %s: %s\n", cmd, pe.Dir, pe.BG, cmd, pe.Dir, pe.EN)
	case errors.As(err, &oe):
		bg, en := oe.Messages()
		fmt.Fprintf(stderr, "otzvuk %s: %s\notzvuk %s: %s\n", cmd, bg, cmd, en)
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "otzvuk %s: %s\n", cmd, say("cancelled"))
	default:
		fmt.Fprintf(stderr, "otzvuk %s: %v\n", cmd, err)
	}
}
