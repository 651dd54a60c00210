package cli

import (
	"fmt"
	"path/filepath"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/pool"
)

// demoPooled writes three generated municipalities, their Parquet packages and their pool.
func demoPooled(c *run, out string) int {
	ctx := c.ctx
	if out == "" {
		fmt.Fprintln(c.stderr, "otzvuk demo --pooled: посочете --out ПАПКА / give --out DIR")
		return 2
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		return c.fail(1, err)
	}
	db, pkgs, err := pool.DemoPooled(ctx, out, cat, Version)
	if err != nil {
		printPackageError(c.stderr, "demo", err)
		return 1
	}
	fmt.Fprintf(c.stdout, "Обединено демо / pooled demo: %s (%d общини / municipalities, пакети / packages in %s)\n", db, len(pkgs), filepath.Join(out, "packages"))
	for _, p := range pkgs {
		fmt.Fprintf(c.stdout, "  %-24s %-24s %9d записа / records\n", p.Manifest.Key, p.Manifest.Municipality.Name, p.Records)
	}
	fmt.Fprintf(c.stdout, "otzvuk indicators --db %s --by municipality --grain year\n", db)
	return 0
}
