// Package workspace is what every entry point — each CLI command and the window — works on: the
// database opened the one way, the indicator catalogue, the text themes, and the one step that
// follows every change of the data (AfterImport). The CLI and the window reach the database only
// through here, so neither can drift from the other.
package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/ingest"
	"otzvuk/analytics/store"
)

// Access says whether opening may create the database: only import, demo and the window may; every
// other command on a missing file fails and creates nothing (a mistyped --db must not look like an
// empty municipality).
type Access int

const (
	MustExist Access = iota
	MayCreate
)

// Error is why a database could not be opened, in each language.
type Error struct{ BG, EN string }

func (e *Error) Error() string { return e.BG + " / " + e.EN }

// Path is the database a command means: the one given, or the desktop app's.
func Path(given string) (string, error) {
	if given != "" {
		return given, nil
	}
	p, err := store.DefaultPath()
	if err != nil {
		return "", &Error{"няма папка за настройки на потребителя; посочете --db", "no user config folder; give --db"}
	}
	return p, nil
}

// Open opens the database at path ("" = the desktop app's). A lock held by another process keeps
// its own message (store.LockedError).
func Open(ctx context.Context, path string, mode Access) (*store.Store, error) {
	path, err := Path(path)
	if err != nil {
		return nil, err
	}
	if mode == MustExist {
		st, err := os.Stat(path)
		if errors.Is(err, os.ErrNotExist) {
			return nil, &Error{fmt.Sprintf("базата данни %s не съществува (създава се само от import, demo или прозореца)", path),
				fmt.Sprintf("the database %s does not exist (only import, demo or the window create one)", path)}
		}
		if err == nil && st.IsDir() {
			return nil, &Error{fmt.Sprintf("%s е папка, не база данни", path), fmt.Sprintf("%s is a folder, not a database", path)}
		}
	}
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		var locked *store.LockedError
		if errors.As(err, &locked) {
			return nil, err
		}
		return nil, &Error{"грешка при отваряне на базата данни: " + err.Error(), "cannot open the database: " + err.Error()}
	}
	ingest.CleanStaleStageFiles("") // staging files of imports killed earlier
	// the municipality's false discovery rate level: every view, report and page test at it
	if x, err := store.GetFDRLevel(ctx, s.DB); err == nil {
		compare.SetFDRLevel(x)
	}
	return s, nil
}
