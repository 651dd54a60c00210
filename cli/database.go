package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
	"otzvuk/analytics/workspace"
)

// DefaultDBForHelp is the desktop app's database path, for help texts.
func DefaultDBForHelp() string {
	p, err := store.DefaultPath()
	if err != nil {
		return "(no user config directory)"
	}
	return p
}

// access says whether a command may create the database (workspace.Access).
type access = workspace.Access

const (
	mustExist = workspace.MustExist
	mayCreate = workspace.MayCreate
)

// openDB opens the database for a subcommand (workspace.Open), saying why not on stderr.
func openDB(ctx context.Context, path string, mode access, stderr io.Writer) (*store.Store, bool) {
	s, err := workspace.Open(ctx, path, mode)
	if err != nil {
		var locked *store.LockedError
		var we *workspace.Error
		switch {
		case errors.Is(err, context.Canceled) || ctx.Err() != nil: // workspace.Error keeps no cause
			fmt.Fprintln(stderr, "otzvuk:", say("cancelled"))
		case errors.As(err, &locked):
			fmt.Fprintln(stderr, "otzvuk:", locked.Error())
		case errors.As(err, &we):
			fmt.Fprintf(stderr, "otzvuk: %s\notzvuk: %s\n", we.BG, we.EN)
		default:
			fmt.Fprintln(stderr, "otzvuk:", err)
		}
		return nil, false
	}
	return s, true
}

// LoadCatalog loads the catalogue (workspace.Catalog); problems with user files are reported and
// those entries skipped.
func LoadCatalog(dbPath string, stderr io.Writer) (*methodology.Catalog, bool) {
	cat, problems := workspace.Catalog(dbPath)
	for _, p := range problems {
		fmt.Fprintf(stderr, "otzvuk: %s: %v\n", say("catalogue"), p)
	}
	return cat, cat != nil
}

// loadThemes loads the themes and their indicators (workspace.Themes), reporting problems.
func loadThemes(dbPath string, stderr io.Writer) (*text.Themes, *methodology.Catalog) {
	ts, cat, problems := workspace.Themes(dbPath)
	for _, p := range problems {
		fmt.Fprintf(stderr, "otzvuk: %s: %v\n", say("themes"), p)
	}
	return ts, cat
}

// refreshThemes stores the themes of the comments not yet read and returns the theme set; a
// failure loses nothing — the texts are read again on the next use — so it is only reported, and
// the themes are then left out (nil).
func refreshThemes(ctx context.Context, s *store.Store, stderr io.Writer) *text.Themes {
	if s.Pooled(ctx) {
		return nil // packages carry no comments to read
	}
	ts, _ := loadThemes(s.Path, stderr)
	if ts == nil {
		return nil
	}
	if themesErr, _ := (workspace.AfterChange{Themes: ts}).Run(ctx, s); themesErr != nil {
		fmt.Fprintf(stderr, "otzvuk: %s: %v\n", say("themesNextUse"), dbWriteReason(s.Path, themesErr))
		return nil
	}
	return ts
}

// afterChange runs what follows every change of the data (workspace.AfterChange) with a progress
// bar: the new comments' themes, then the summaries of the catalogue's and the themes' indicators
// (a large database: ≈ 2 s at a million records). Failures are only reported: nothing is lost.
func afterChange(ctx context.Context, s *store.Store, stderr io.Writer) {
	cat, _ := workspace.Catalog(s.Path) // its problems: the commands that read it report them
	ts, themeCat := loadThemes(s.Path, stderr)
	afterChangeWith(ctx, s, stderr, cat, ts, themeCat)
}

// afterChangeWith is afterChange with the catalogue and the themes already loaded (the import
// loads them for its own summaries).
func afterChangeWith(ctx context.Context, s *store.Store, stderr io.Writer, cat *methodology.Catalog, ts *text.Themes, themeCat *methodology.Catalog) {
	bar := progressBar(stderr)
	themesErr, cubesErr := workspace.AfterChange{Catalog: cat, Themes: ts, ThemeValues: themeCat,
		Progress: func(done, total int) { bar(done, total, say("summaries")) }}.Run(ctx, s)
	if themesErr != nil {
		fmt.Fprintf(stderr, "otzvuk: %s: %v\n", say("themesNextUse"), dbWriteReason(s.Path, themesErr))
	}
	if cubesErr != nil {
		fmt.Fprintf(stderr, "otzvuk: %s: %v\n", say("cubesFirstQuery"), dbWriteReason(s.Path, cubesErr))
	}
}

// dbWriteReason: a full disk said in both languages instead of DuckDB's text; other errors as they came.
func dbWriteReason(dbPath string, err error) any {
	if ingest.IsDiskFull(err) {
		return say("diskFull", dbPath)
	}
	return err
}
