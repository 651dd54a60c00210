package cli

import (
	"context"
	"fmt"
	"io"

	"otzvuk/analytics/pool"
)

// runPool combines municipalities' Parquet packages into one pooled database, in which the
// municipality is a dimension (otzvuk indicators --by municipality).
func runPool(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("pool", stderr)
	out := fs.String("out", "", "the pooled database to write (new, or an earlier pooled database, which is replaced)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "otzvuk pool: посочете --out ФАЙЛ и поне един пакет / give --out FILE and at least one PACKAGE_DIR")
		return 2
	}
	pkgs, err := pool.Pool(context.Background(), *out, fs.Args())
	if err != nil {
		printPackageError(stderr, "pool", err)
		return 1
	}
	fmt.Fprintf(stdout, "Обединена база / pooled database %s: %d общини / municipalities\n", *out, len(pkgs))
	for _, p := range pkgs {
		fmt.Fprintf(stdout, "  %-24s %-32s %9d записа / records (%s)\n", p.Manifest.Key, p.Manifest.Municipality.Name, p.Records, p.Dir)
	}
	return 0
}
