package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"otzvuk/analytics/store"
)

func defaultDBForHelp() string {
	p, err := store.DefaultPath()
	if err != nil {
		return "(no user config directory)"
	}
	return p
}

// newFlags makes a subcommand's flag set that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("otzvuk "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// openDB opens the database for a subcommand; a lock held by another process gets its own clear message.
func openDB(ctx context.Context, path string, stderr io.Writer) (*store.Store, bool) {
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			fmt.Fprintln(stderr, "otzvuk:", err)
			return nil, false
		}
		path = p
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
	return s, true
}

// isTerminal tells whether progress bars make sense on w.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar draws "[#####.....] 5/10 label" on a terminal, and nothing elsewhere.
func progressBar(w io.Writer) func(done, total int, label string) {
	if !isTerminal(w) {
		return func(int, int, string) {}
	}
	return func(done, total int, label string) {
		const width = 30
		filled := width * done / max(total, 1)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = '.'
			if i < filled {
				bar[i] = '#'
			}
		}
		fmt.Fprintf(w, "\r[%s] %d/%d %-24s", bar, done, total, label)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
