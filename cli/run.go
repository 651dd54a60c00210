package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// run is what every subcommand does around its own work, written once: its name before every
// message, a context that Ctrl-C cancels (a query stops inside DuckDB, an import rolls back), the
// database opened the one way (analytics/workspace), the catalogue, and JSON output.
type run struct {
	name           string
	stdout, stderr io.Writer
	ctx            context.Context
	stop           context.CancelFunc
}

// newRun starts a subcommand; call done when it returns.
func newRun(name string, stdout, stderr io.Writer) *run {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	return &run{name: name, stdout: stdout, stderr: stderr, ctx: ctx, stop: stop}
}

func (c *run) done() { c.stop() }

// fail says why the run stopped, after its name, and returns the exit code.
func (c *run) fail(code int, err error) int {
	fmt.Fprintf(c.stderr, "otzvuk %s: %v\n", c.name, err)
	return code
}

// open opens the database (workspace.Open), saying why not.
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

// json writes v as indented JSON on stdout.
func (c *run) json(v any) error {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
