package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
)

// demoPooled writes three generated municipalities, their Parquet packages and their pool.
func demoPooled(ctx context.Context, out string, stdout, stderr io.Writer) int {
	if out == "" {
		fmt.Fprintln(stderr, "otzvuk demo --pooled: посочете --out ПАПКА / give --out DIR")
		return 2
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk demo:", err)
		return 1
	}
	db, pkgs, err := pool.DemoPooled(ctx, out, cat, Version)
	if err != nil {
		printPackageError(stderr, "demo", err)
		return 1
	}
	fmt.Fprintf(stdout, "Обединено демо / pooled demo: %s (%d общини / municipalities, пакети / packages in %s)\n", db, len(pkgs), filepath.Join(out, "packages"))
	for _, p := range pkgs {
		fmt.Fprintf(stdout, "  %-24s %-24s %9d записа / records\n", p.Manifest.Key, p.Manifest.Municipality.Name, p.Records)
	}
	fmt.Fprintf(stdout, "otzvuk indicators --db %s --by municipality --grain year\n", db)
	return 0
}
