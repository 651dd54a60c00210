package cli

import (
	"fmt"
	"io"
	"os"
)

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
