package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"otzvuk/analytics/digest"
	"otzvuk/analytics/forms"
	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/ingest/suggest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/workspace"
)

func runImport(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	profilePath := fs.String("profile", "", "mapping profile (YAML)")
	maxReject := fs.Float64("max-reject-rate", 0.05, "above this share (0…1; 0 = none may fail) of rejected rows a file is not imported at all")
	wantDraft := fs.Bool("suggest", false, "print a suggested profile for the input instead of importing (with --db: knowing its departments)")
	kind := fs.String("kind", "", "with --suggest: the record kind (default: chosen from the headers and values)")
	replace := fs.Bool("replace", false, "an entry template that changes records imported before is a corrected version of the same file: replace them")
	newBatch := fs.Bool("as-new-batch", false, "an entry template copied by another clerk: keep its records as a batch of its own beside the earlier ones")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if r := *maxReject; math.IsNaN(r) || r < 0 || r > 1 {
		fmt.Fprintf(c.stderr, "otzvuk import: --max-reject-rate %s: %s\n", strconv.FormatFloat(r, 'g', -1, 64), say("maxRejectRate"))
		return 2
	}
	if *replace && *newBatch {
		fmt.Fprintln(c.stderr, "otzvuk import:", say("replaceOrNewBatch"))
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		fmt.Fprintln(c.stderr, "otzvuk import:", say("giveInput"))
		return 2
	}
	if *wantDraft {
		if id, ok, _ := forms.Detect(inputs[0]); ok {
			// an entry template carries its own mapping: a draft would guess (once: departments
			// from its instructions sheet) what the template already says
			body, err := forms.ProfileYAML(id)
			if err != nil {
				return c.fail(1, err)
			}
			fmt.Fprintln(c.stderr, "otzvuk import --suggest:", say("isTemplate", inputs[0], inputs[0]))
			fmt.Fprintf(c.stdout, "# %s\n%s", say("templateMapping"), body)
			return 0
		}
		so := suggest.Options{Kind: *kind}
		if *db != "" {
			// The database is only read: a suggestion never creates one.
			ctx := c.ctx
			s, ok := c.open(*db, mustExist)
			if !ok {
				return 1
			}
			deps, err := suggest.StoreDepartments(ctx, s)
			s.Close()
			if err != nil {
				return c.fail(1, err)
			}
			so.HaveDB, so.Departments = true, deps
		}
		d, err := suggest.ForFile(inputs[0], read.Options{}, so)
		if err != nil {
			return c.fail(1, err)
		}
		fmt.Fprint(c.stdout, d.Text)
		if len(d.Unsure) > 0 {
			fmt.Fprintln(c.stderr, "otzvuk import --suggest:", say("unsureFields", len(d.Unsure)))
		}
		return 0
	}
	var p *ingest.Profile
	builtIn := map[string]*ingest.Profile{} // Otzvuk's own entry templates carry their mapping
	if *profilePath == "" {
		for _, in := range inputs {
			bp, ok, err := templateProfile(in, *newBatch)
			if err != nil {
				return c.fail(2, err)
			}
			if !ok {
				fmt.Fprintln(c.stderr, "otzvuk import:", say("profileRequired"))
				return 2
			}
			builtIn[in] = bp
		}
	} else {
		var err error
		if p, err = ingest.LoadProfile(*profilePath); err != nil {
			return c.fail(2, err)
		}
	}
	ctx := c.ctx
	tr := ingest.NewTracer()
	s, ok := c.open(*db, mayCreate)
	if !ok {
		return 1
	}
	defer func() {
		s.Close()
		tr.Mark("database closed")
	}()
	if refusePooled(ctx, s, "import", c.stderr) {
		return 1
	}
	tr.Mark("database opened")
	bar := progressBar(c.stderr)
	failed := 0
	// The summaries the views read are kept current by each import itself (methodology.CubeDelta);
	// afterChange then rebuilds only what an import could not update.
	cat, _ := workspace.Catalog(s.Path) // its problems: the commands that read it report them
	ts, themeCat := loadThemes(s.Path, c.stderr)
	tr.Mark("catalogues loaded")
	for _, in := range inputs {
		opts := ingest.Options{MaxRejectRate: *maxReject, RejectRateSet: true, ReplaceChanged: *replace, Progress: func(pg ingest.Progress) {
			bar(int(pg.Fraction*1000), 1000, fmt.Sprintf("%s %d", pg.Stage, pg.Rows))
		}, Cubes: []*methodology.Catalog{cat, themeCat}}
		ip := p
		if bp := builtIn[in]; bp != nil {
			ip = bp
		}
		sum, err := ingest.Import(ctx, s, ip, in, opts)
		tr.Mark("import")
		printSummary(c.stdout, sum)
		if err != nil {
			failed++
			if errors.Is(err, context.Canceled) {
				fmt.Fprintln(c.stderr, "otzvuk import:", say("importCancelled"))
				break // the files after it are not read either
			} else {
				fmt.Fprintln(c.stderr, "otzvuk import:", err)
			}
		}
	}
	if failed < len(inputs) && ctx.Err() == nil { // cancelled: the views build what they need on use
		afterChangeWith(ctx, s, c.stderr, cat, ts, themeCat)
		tr.Mark("after the change (themes, summaries)")
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// templateProfile: an Otzvuk entry template (otzvuk forms) names its form and version in a hidden
// sheet; its built-in mapping imports it with no profile.
// With asNewBatch its records get a batch mark of their own (forms.AsNewBatch).
func templateProfile(path string, asNewBatch bool) (*ingest.Profile, bool, error) {
	id, ok, err := forms.Detect(path)
	if !ok || err != nil {
		return nil, ok, err
	}
	if asNewBatch {
		digest, err := digest.File(path)
		if err != nil {
			return nil, true, err
		}
		id = forms.AsNewBatch(id, digest)
	}
	p, err := forms.Profile(id)
	return p, true, err
}

func printSummary(w io.Writer, sum *ingest.Summary) {
	if sum == nil {
		return
	}
	if sum.Status == "unchanged" {
		fmt.Fprintln(w, sum.File)
		fmt.Fprintln(w, "  ", sum.Message)
		return
	}
	if sum.Status == "failed" {
		// The merge or commit failed: the counts were never written, so none is printed.
		fmt.Fprintf(w, "%s\n  %s\n", sum.File, say("notImported"))
		return
	}
	fmt.Fprintf(w, "%s (%s", sum.File, sum.Source.Format)
	if sum.Source.Encoding != "" {
		fmt.Fprintf(w, ", %s", sum.Source.Encoding)
	}
	if sum.Source.Delimiter != "" {
		fmt.Fprintf(w, ", разделител/delimiter %q", sum.Source.Delimiter)
	}
	fmt.Fprintln(w, ")")
	if sum.Status == "rejected" {
		fmt.Fprintf(w, "  %s: %s\n", say("notImported"), sum.Message)
	}
	fmt.Fprintf(w, "  прочетени/read %d · приети/accepted %d · отхвърлени/rejected %d · дублирани/duplicates %d · конфликтни копия/conflicting copies %d · заменени/replaced %d · нови/new %d",
		sum.Read, sum.Accepted, sum.Rejected, sum.Duplicates, sum.Conflicting, sum.Replaced, sum.New)
	if sum.NewDepts > 0 {
		fmt.Fprintf(w, " · нови отдели/new departments %d", sum.NewDepts)
	}
	if sum.PIIMasked > 0 {
		fmt.Fprintf(w, " · маскирани лични данни/PII masked %d", sum.PIIMasked)
	}
	if sum.FieldsEmptied > 0 { // records kept without a bad optional value (quarantine kind field)
		fmt.Fprintf(w, " · изпразнени полета (записът е запазен)/fields emptied (record kept) %d", sum.FieldsEmptied)
	}
	fmt.Fprintln(w)
	var rejected []*read.Problem
	for _, pr := range sum.Problems {
		if pr.Kind != "conflict" {
			rejected = append(rejected, pr)
		}
	}
	for i, pr := range rejected {
		if i == 10 {
			fmt.Fprintf(w, "  … %s (%s)\n", say("andMore", len(rejected)-10), say("inQuarantine"))
			break
		}
		fmt.Fprintln(w, "  -", pr.Error())
	}
	if len(sum.Conflicts) > 0 {
		fmt.Fprintf(w, "  %s:\n", say("conflictingCopies"))
	}
	for i, c := range sum.Conflicts {
		if i == 10 {
			fmt.Fprintf(w, "  … %s (otzvuk quarantine, вид/kind conflict)\n", say("andMoreKeys", len(sum.Conflicts)-10))
			break
		}
		rows := make([]string, len(c.Rows))
		for j, r := range c.Rows {
			rows[j] = strconv.Itoa(r)
		}
		cols := strings.Join(c.Columns, ", ")
		fmt.Fprintf(w, "  ≠ ключ/key %s: запазен ред/kept row %d; копия/copies ред(ове)/row(s) %s; различават се/differ: %s\n",
			c.Key, c.Kept, strings.Join(rows, ", "), cols)
	}
}
