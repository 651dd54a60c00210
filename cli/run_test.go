package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C during otzvuk demo (a real SIGINT to this process): the command stops with exit 1 and says it was
// cancelled, instead of running on (the signal reaches the context Run gives every command; that
// every command works under that context is TestEveryCommandStopsWhenCancelled).
func TestCtrlCCancelsARunningCommand(t *testing.T) {
	// While the test runs, SIGINT is also delivered here, so that a signal arriving before Run
	// listens cannot end the test binary (the command would then finish, and the test fail).
	caught := make(chan os.Signal, 4)
	signal.Notify(caught, os.Interrupt)
	defer signal.Stop(caught)

	db := filepath.Join(t.TempDir(), "demo.duckdb")
	var out, errOut bytes.Buffer
	done := make(chan int)
	start := time.Now()
	go func() { done <- Run([]string{"demo", "--db", db}, &out, &errOut) }()
	// The database file appears when the command starts to open it, after Run listens for Ctrl-C;
	// the signal then lands in the opening (its migrations) or the demo's writing, which are
	// quick (about a second in all), so it is sent at once.
	for _, err := os.Stat(db); err != nil; _, err = os.Stat(db) {
		if time.Since(start) > 30*time.Second {
			t.Fatal("the demo database was never created")
		}
		time.Sleep(time.Millisecond)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	code := <-done
	if code != 1 || !strings.Contains(errOut.String(), "прекъснато / cancelled") || strings.Contains(out.String(), "Демо община записана") {
		t.Fatalf("after Ctrl-C: exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
	t.Logf("stopped %v after start: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(errOut.String()))
}

// Every registered command does its work under the run's context: with a context already
// cancelled, each one that reads or writes anything stops, exit 1, saying so. A command added
// without an entry here fails the test until it is given one (or a reason it does no such work).
func TestEveryCommandStopsWhenCancelled(t *testing.T) {
	db := driversDemoDB(t)
	dir := t.TempDir()
	csvFile := filepath.Join(dir, "in.csv")
	os.WriteFile(csvFile, []byte("date;value\n2025-01-01;1\n"), 0o644)
	out := func(name string) string { return filepath.Join(dir, name) }
	if code := Run([]string{"export-parquet", "--db", db, "--out", out("package")}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("export-parquet exit %d", code)
	}
	args := map[string][]string{
		"demo":           {"--db", out("new.duckdb")},
		"indicators":     {"--db", db},
		"import":         {"--db", db, "--profile", filepath.Join("..", "profiles", "examples", "kc_resident_survey.yaml"), csvFile},
		"quarantine":     {"--db", db},
		"report":         {"--db", db, "--year", "2025", "--out", out("report.html")},
		"drivers":        {"--db", db},
		"themes":         {"--db", db},
		"spc":            {"--db", db, "--indicator", "SVC_ONTIME"},
		"backlog":        {"--db", db},
		"forms":          {"--db", db, "--out", out("forms")},
		"publish":        {"--db", db, "--year", "2025", "--out", out("site")},
		"settings":       {"--db", db},
		"export-parquet": {"--db", db, "--out", out("package2")},
		"pool":           {"--out", out("pool.duckdb"), out("package")},
		"catalog-sql":    {"--db", db},
		"maintenance":    {"--db", db, "--check"},
	}
	// what these do touches no database and no file but the catalogue's YAML: nothing to cancel
	nothingToCancel := map[string]string{
		"version":   "prints the version",
		"catalog":   "lists the catalogue's YAML files",
		"reference": "prints the built-in codes",
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, cmd := range commands() {
		if _, ok := nothingToCancel[cmd.name]; ok {
			continue
		}
		a, ok := args[cmd.name]
		if !ok {
			t.Errorf("%s: no arguments to run it cancelled with (or a reason it has nothing to cancel)", cmd.name)
			continue
		}
		var stdout, stderr bytes.Buffer
		code := runCommand(ctx, cmd, a, &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "cancelled") {
			t.Errorf("%s cancelled: exit %d, stderr %q", cmd.name, code, stderr.String())
		}
	}
}
