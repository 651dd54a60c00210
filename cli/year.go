package cli

import (
	"fmt"
	"io"
	"time"
)

// checkYear refuses a --year outside 2000 … this year before any work (a future year would be
// reported without a word, year 0 failed deep inside in English); this year, not over yet, is
// allowed with a warning that it is partial.
func checkYear(year int, stderr io.Writer, cmd string) error {
	now := time.Now().Year()
	switch {
	case year < 2000 || year > now:
		err := argErr("yearRange", year, now)
		printArgError(stderr, cmd, err)
		return err
	case year == now:
		fmt.Fprintf(stderr, "otzvuk %s: %s\n", cmd, say("yearNotOver", year))
	}
	return nil
}
