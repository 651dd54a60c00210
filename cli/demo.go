package cli

import (
	"fmt"

	"otzvuk/analytics/demo"
)

func runDemo(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	seed := fs.Uint64("seed", demo.DefaultSeed, "random seed; the same seed gives the same municipality")
	remove := fs.Bool("remove", false, "remove the demo municipality and keep imported data")
	pooled := fs.Bool("pooled", false, "write three demo municipalities, their packages and their pool into --out DIR")
	out := fs.String("out", "", "with --pooled: the folder (new or empty)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx := c.ctx
	if *pooled {
		return demoPooled(c, *out)
	}
	if *remove {
		return removeDemo(c, *db)
	}
	s, ok := c.open(*db, mayCreate)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "demo", c.stderr) {
		return 1
	}
	empty, err := demo.IsEmpty(ctx, s)
	if err != nil {
		return c.fail(1, err)
	}
	if !empty {
		fmt.Fprintf(c.stderr, "otzvuk demo: базата данни %s вече съдържа данни; демото се записва само в празна база\n"+
			"otzvuk demo: the database %s already holds data; the demo is written only into an empty database\n", s.Path, s.Path)
		return 1
	}
	ds := demo.Generate(*seed)
	if err := demo.Write(ctx, s, ds, progressBar(c.stderr)); err != nil {
		return c.fail(1, err)
	}
	afterChange(ctx, s, c.stderr)
	total := 0
	for _, t := range ds.Tables {
		total += len(t.Rows)
	}
	fmt.Fprintf(c.stdout, "Демо община записана в %s: %d записа в %d таблици (seed %d)\n", s.Path, total, len(ds.Tables), *seed)
	return 0
}

func removeDemo(c *run, db string) int {
	ctx := c.ctx
	s, ok := c.open(db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "demo --remove", c.stderr) {
		return 1
	}
	isDemo, err := demo.IsDemo(ctx, s)
	if err != nil {
		return c.fail(1, err)
	}
	if !isDemo {
		fmt.Fprintln(c.stderr, "otzvuk demo:", say("noDemo", s.Path))
		return 1
	}
	r, err := demo.Remove(ctx, s)
	if err != nil {
		fmt.Fprintf(c.stderr, "otzvuk demo: %s: %v\n", say("demoNotRemoved"), err)
		return 1
	}
	fmt.Fprintf(c.stdout, "Демо данните са премахнати: %d записа; импортираните данни са запазени (%d демо отдела/услуги остават, защото импортирани записи ги ползват)\n"+
		"The demo was removed: %d records; imported data kept (%d demo departments/services stay because imported records use them)\n", r.Records, r.Kept, r.Records, r.Kept)
	return 0
}
