package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// DefaultDBForHelp is the desktop app's database path, for help texts.
func DefaultDBForHelp() string {
	p, err := store.DefaultPath()
	if err != nil {
		return "(no user config directory)"
	}
	return p
}

// access says whether a command may create the database: only import, demo and the window may;
// every other command on a missing file fails and creates nothing (a mistyped --db must not
// look like an empty municipality).
type access int

const (
	mustExist access = iota
	mayCreate
)

func resolveDB(path string, stderr io.Writer) (string, bool) {
	if path != "" {
		return path, true
	}
	p, err := store.DefaultPath()
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk: няма папка за настройки на потребителя; посочете --db / no user config folder; give --db")
		return "", false
	}
	return p, true
}

// OpenDatabase opens the database for the window, which may create it.
func OpenDatabase(ctx context.Context, path string, stderr io.Writer) (*store.Store, bool) {
	return openDB(ctx, path, mayCreate, stderr)
}

// openDB opens the database for a subcommand; a lock held by another process gets its own clear message.
func openDB(ctx context.Context, path string, mode access, stderr io.Writer) (*store.Store, bool) {
	path, ok := resolveDB(path, stderr)
	if !ok {
		return nil, false
	}
	if mode == mustExist {
		st, err := os.Stat(path)
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(stderr, "otzvuk: базата данни %s не съществува (създава се само от import, demo или прозореца)\n"+
				"otzvuk: the database %s does not exist (only import, demo or the window create one)\n", path, path)
			return nil, false
		}
		if err == nil && st.IsDir() {
			fmt.Fprintf(stderr, "otzvuk: %s е папка, не база данни / %s is a folder, not a database\n", path, path)
			return nil, false
		}
	}
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		var locked *store.LockedError
		if errors.As(err, &locked) {
			fmt.Fprintln(stderr, "otzvuk:", locked.Error())
		} else {
			fmt.Fprintln(stderr, "otzvuk: грешка при отваряне на базата данни / cannot open the database:", err)
		}
		return nil, false
	}
	ingest.CleanStaleStageFiles("") // staging files of imports killed earlier
	return s, true
}

// LoadCatalog loads the shipped catalogue plus the municipality's own YAML next to the database;
// problems with user files are reported and those entries skipped.
func LoadCatalog(dbPath string, stderr io.Writer) (*methodology.Catalog, bool) {
	cat, problems := methodology.LoadCatalog(methodology.UserCatalogDir(dbPath))
	for _, p := range problems {
		fmt.Fprintln(stderr, "otzvuk: каталог / catalogue:", p)
	}
	return cat, cat != nil
}

// refreshThemes stores the themes of the comments not yet read (analytics/voice) and returns the
// theme set; a failure loses nothing — the texts are read again on the next use — so it is only
// reported, and the themes are then left out (nil).
func refreshThemes(ctx context.Context, s *store.Store, stderr io.Writer) *text.Themes {
	if s.Pooled(ctx) {
		return nil // packages carry no comments to read
	}
	ts, problems := text.LoadThemes(text.UserThemeDir(s.Path))
	for _, p := range problems {
		fmt.Fprintln(stderr, "otzvuk: теми / themes:", p)
	}
	if ts == nil {
		return nil
	}
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		fmt.Fprintln(stderr, "otzvuk: темите на коментарите ще се изчислят при следващото отваряне / the comments' themes will be computed on the next use:", dbWriteReason(s.Path, err))
		return nil
	}
	return ts
}

// warmCubes builds the cubes the catalogue reads (methodology.WarmCubes) after the data changed,
// with a progress bar (a large database: ≈ 2 s at a million records); a failure is only reported —
// the next query builds what it needs.
func warmCubes(ctx context.Context, s *store.Store, stderr io.Writer) {
	cat, _ := methodology.LoadCatalog(methodology.UserCatalogDir(s.Path)) // its problems: the commands that read it report them
	if cat == nil {
		return
	}
	bar := progressBar(stderr)
	progress := func(done, total int) { bar(done, total, "обобщения / summaries") }
	if _, err := methodology.WarmCubes(ctx, s.DB, progress, cat); err != nil {
		fmt.Fprintln(stderr, "otzvuk: сборните статистики ще се изчислят при първата заявка / the summary statistics will be computed on the first query:", dbWriteReason(s.Path, err))
	}
}

// dbWriteReason: a full disk said in both languages instead of DuckDB's text; other errors as they came.
func dbWriteReason(dbPath string, err error) any {
	if ingest.IsDiskFull(err) {
		return fmt.Sprintf("дискът с базата данни %s е пълен / the disk holding the database %s is full", dbPath, dbPath)
	}
	return err
}
