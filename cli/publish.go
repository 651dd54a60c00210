package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"otzvuk/analytics/publish"
	"otzvuk/analytics/report"
	"otzvuk/analytics/text"
)

func runPublish(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	year := fs.Int("year", time.Now().Year()-1, "the year published (default: last year)")
	out := fs.String("out", "", "the folder to write the site and the open-data package into")
	lang := fs.String("lang", "bg", "language: bg or en")
	k := fs.Int("k", publish.DefaultK, "the smallest number of responses a published cell may rest on (k-anonymity)")
	bom := fs.Bool("bom", true, "CSV files start with a UTF-8 byte order mark (Excel reads Cyrillic right); --bom=false for a plain UTF-8 file")
	municipality := fs.String("municipality", "", "the publisher's name (default: the one set with otzvuk settings)")
	contact := fs.String("contact", "", "support e-mail for the open-data metadata")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(c.stderr, "otzvuk publish:", say("giveOutFolder"))
		return 2
	}
	if !c.checkLang(*lang) {
		return 2
	}
	if *k < 2 || *k > 1000 {
		fmt.Fprintf(c.stderr, "otzvuk publish: --k %d: %s\n", *k, say("kRange"))
		return 2
	}
	if err := checkYear(*year, c.stderr, "publish"); err != nil {
		return 2
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "publish", c.stderr) {
		return 1
	}
	cat, ok := LoadCatalog(s.Path, c.stderr)
	if !ok {
		return 1
	}
	themes, problems := text.LoadThemes(text.UserThemeDir(s.Path))
	for _, p := range problems {
		fmt.Fprintf(c.stderr, "otzvuk: %s: %v\n", say("themes"), p)
	}
	*municipality = report.MunicipalityName(ctx, s.DB, *lang, *municipality)
	d, files, err := publish.Write(ctx, s.DB, cat, themes, publish.Options{Year: *year, Lang: *lang, K: *k, Municipality: *municipality,
		Version: Version, BOM: *bom, Contact: *contact}, *out, outputs(s))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(c.stderr, "otzvuk publish:", say("cancelled"))
		} else {
			fmt.Fprintln(c.stderr, "otzvuk publish:", err)
		}
		return 1
	}
	hidden := 0
	for _, r := range d.Rows {
		if r.Cur.Suppressed {
			hidden++
		}
	}
	fmt.Fprintf(c.stdout, "%s: %s (%d %s; %s)\n", say("published", d.Year), *out, len(files), say("files"), say("suppressed", hidden, len(d.Rows), d.K))
	return 0
}
