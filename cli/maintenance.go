package cli

import (
	"fmt"
	"time"

	"otzvuk/analytics/methodology"
)

// runMaintenance: --rebuild builds every summary cube again from the records (a repair, or after
// the catalogue's definitions were changed by hand); --check compares the current ones with the
// records. An import keeps the cubes current itself (methodology.CubeDelta); neither is needed
// in the ordinary course.
func runMaintenance(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	rebuild := fs.Bool("rebuild", false, "rebuild every summary cube from the records")
	check := fs.Bool("check", false, "compare the current summary cubes with the records")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !*rebuild && !*check {
		fmt.Fprintln(c.stderr, "otzvuk maintenance:", say("rebuildOrCheck"))
		return 2
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	cat, ok := LoadCatalog(s.Path, c.stderr)
	if !ok {
		return 1
	}
	_, themeCat := loadThemes(s.Path, c.stderr)
	cats := []*methodology.Catalog{cat, themeCat}
	if *rebuild {
		bar := progressBar(c.stderr)
		t0 := time.Now()
		n, err := methodology.RebuildCubes(ctx, s.DB, func(done, total int) { bar(done, total, say("summaries")) }, cats...)
		if err != nil {
			fmt.Fprintf(c.stderr, "otzvuk maintenance: %s: %v\n", say("cubesNotRebuilt"), dbWriteReason(s.Path, err))
			return 1
		}
		if n == 0 {
			fmt.Fprintln(c.stdout, say("noCubes"))
		} else {
			fmt.Fprintf(c.stdout, "%s: %d (%.1f s)\n", say("cubesRebuilt"), n, time.Since(t0).Seconds())
		}
	}
	if *check {
		n, diffs, err := methodology.CheckCubes(ctx, s.DB, cats...)
		if err != nil {
			return c.fail(1, err)
		}
		for _, d := range diffs {
			fmt.Fprintf(c.stdout, "  %s: %v\n", say("differs"), d)
		}
		fmt.Fprintf(c.stdout, "%s: %d, %s: %d\n", say("cubesChecked"), n, say("differing"), len(diffs))
		if len(diffs) > 0 {
			return 1
		}
	}
	return 0
}
