package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// run is what every subcommand does around its own work, written once: its name before every
// message, a context that Ctrl-C cancels (a query stops inside DuckDB, an import rolls back, a
// write leaves the earlier file), the database opened the one way (analytics/workspace), the
// catalogue, the checks of --format and --lang, and the one writer of table, CSV and JSON.
//
// Run makes it for every registered command (a command's function takes a *run, so there is no
// other way in): no command can be left without Ctrl-C.
type run struct {
	name           string
	stdout, stderr io.Writer
	ctx            context.Context
}

// runCommand runs cmd with ctx (Run's is cancelled by Ctrl-C; the tests cancel their own).
func runCommand(ctx context.Context, cmd command, args []string, stdout, stderr io.Writer) int {
	return cmd.run(&run{name: cmd.name, stdout: stdout, stderr: stderr, ctx: ctx}, args)
}

// interruptible is a context that the first Ctrl-C cancels; stop gives Ctrl-C back to Go's default.
// The first Ctrl-C also gives it back at once, so a second one ends a command whose work does not
// look at the context (a draft suggested from a large file, a blocking read).
func interruptible() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

// flags is the command's flag set (its errors in both languages, flags.go).
func (c *run) flags() *Flags { return NewFlags(c.name, c.stderr) }

// fail says why the run stopped, after its name, and returns the exit code; a cancelled run says
// so in words, not Go's "context canceled".
func (c *run) fail(code int, err error) int {
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(c.stderr, "otzvuk %s: %s\n", c.name, say("cancelled"))
		return code
	}
	fmt.Fprintf(c.stderr, "otzvuk %s: %v\n", c.name, err)
	return code
}

// badArgs prints a flag's bad value once per language and returns 2 (bad arguments).
func (c *run) badArgs(err error) int {
	printArgError(c.stderr, c.name, err)
	return 2
}

// checkFormat refuses a --format the command does not write (before any work).
func (c *run) checkFormat(format string, allowed ...string) bool {
	if err := checkFormat(format, allowed...); err != nil {
		printArgError(c.stderr, c.name, err)
		return false
	}
	return true
}

// checkLang refuses a --lang other than bg and en (before any work).
func (c *run) checkLang(lang string) bool {
	if err := checkLang(lang); err != nil {
		printArgError(c.stderr, c.name, err)
		return false
	}
	return true
}

// open opens the database (workspace.Open) for reading and writing, mustExist or mayCreate,
// saying why not; the caller closes it.
func (c *run) open(path string, mode access) (*store.Store, bool) {
	return openDB(c.ctx, path, mode, c.stderr)
}

// openWithCatalog opens an existing database and its catalogue; the caller closes the store.
func (c *run) openWithCatalog(path string) (*store.Store, *methodology.Catalog, bool) {
	s, ok := c.open(path, mustExist)
	if !ok {
		return nil, nil, false
	}
	cat, ok := LoadCatalog(s.Path, c.stderr)
	if !ok {
		s.Close()
		return nil, nil, false
	}
	return s, cat, true
}

// output is a command's result in the formats it offers: JSON encodes the value, CSV and table
// are the command's writers (nil: not offered, refused by checkFormat before any work).
type output struct {
	json  any
	csv   func(io.Writer) error
	table func(io.Writer) error
}

// emit writes the result in the --format asked (anything but json and csv is the table) and
// returns the exit code.
func (c *run) emit(format string, o output) int {
	var err error
	switch {
	case format == "json":
		err = writeJSON(c.stdout, o.json)
	case format == "csv" && o.csv != nil:
		err = o.csv(c.stdout)
	default:
		err = o.table(c.stdout)
	}
	if err != nil {
		return c.fail(1, err)
	}
	return 0
}

// writeJSON is the CLI's one JSON writer: indented by two spaces, one value, a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
