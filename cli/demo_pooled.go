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
		fmt.Fprintln(c.stderr, "otzvuk demo --pooled:", say("giveOutDir"))
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
	fmt.Fprintf(c.stdout, "%s: %s (%d %s, %s %s)\n", say("pooledDemo"), db, len(pkgs), say("municipalities"), say("packagesIn"), filepath.Join(out, "packages"))
	for _, p := range pkgs {
		fmt.Fprintf(c.stdout, "  %-24s %-24s %9d %s\n", p.Manifest.Key, p.Manifest.Municipality.Name, p.Records, say("records"))
	}
	fmt.Fprintf(c.stdout, "otzvuk indicators --db %s --by municipality --grain year\n", db)
	return 0
}
