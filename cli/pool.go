package cli

import (
	"fmt"

	"otzvuk/analytics/pool"
)

// runPool combines municipalities' Parquet packages into one pooled database, in which the
// municipality is a dimension (otzvuk indicators --by municipality).
func runPool(c *run, args []string) int {
	fs := c.flags()
	out := fs.String("out", "", "the pooled database to write (new, or an earlier pooled database, which is replaced)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(c.stderr, "otzvuk pool:", say("poolArgs"))
		return 2
	}
	pkgs, err := pool.Pool(c.ctx, *out, fs.Args())
	if err != nil {
		printPackageError(c.stderr, "pool", err)
		return 1
	}
	fmt.Fprintf(c.stdout, "%s %s: %d %s\n", say("pooledDatabase"), *out, len(pkgs), say("municipalities"))
	for _, p := range pkgs {
		fmt.Fprintf(c.stdout, "  %-24s %-32s %9d %s (%s)\n", p.Manifest.Key, p.Manifest.Municipality.Name, p.Records, say("records"), p.Dir)
	}
	return 0
}
