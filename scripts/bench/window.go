package main

// The headless window walk: the production window (build/bin/otzvuk) on the demo under its own
// Xvfb, started BENCH_WINDOW_RUNS times (default 5). Each start reports its cold start and, with
// OTZVUK_WALK=1, walks itself: each tab's first visit, three drills into records and three steps
// from the overview's changes to a department, each timed by the page from the state change a click
// makes to the frame after which the view is shown, every chart in the window's view drawn (when
// the charts below the fold are drawn too is told beside it; frontend/src/walk.ts), written to
// stderr by Go.
// Then BENCH_READER_RUNS starts (default 3) walk as a user who reads each view before the next
// click (OTZVUK_WALK=reader): what the window prepares while the user reads is in those figures.
//
// Why the page walks itself rather than xdotool clicking at coordinates: under Xvfb there is no
// window manager to give focus or place the window, coordinates shift with the layout and the
// language, and "drawn" could then only be guessed from screenshots (each ~100 ms to take and
// compare); the page knows when its requests are back and its charts have finished drawing, and
// times it with its own clock. What it leaves out is the input event's own dispatch (well under a
// millisecond in WebKit), not what users wait for.

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// windowWalk is one start's figures: the cold start's steps (ms after the process started) and
// the walk's steps (ms each, in order; a step repeated is a further sample).
type windowWalk struct {
	steps map[string]float64
	walk  map[string][]float64
	order []string
}

var (
	reStep  = regexp.MustCompile(`^otzvuk: step (.+?)\s+(\d+) ms after start`)
	rePaint = regexp.MustCompile(`^otzvuk: first chart painted (\d+) ms after start`)
	reWalk  = regexp.MustCompile(`^otzvuk: walk (.+) (-?[\d.]+) ms$`)
)

// parseWalk reads the window's stderr until "walk done" (or EOF).
func parseWalk(r io.Reader) (windowWalk, bool) {
	w := windowWalk{steps: map[string]float64{}, walk: map[string][]float64{}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := sc.Text()
		if m := rePaint.FindStringSubmatch(l); m != nil {
			w.steps["first chart painted"], _ = strconv.ParseFloat(m[1], 64)
		} else if m := reStep.FindStringSubmatch(l); m != nil {
			w.steps[m[1]], _ = strconv.ParseFloat(m[2], 64)
		} else if m := reWalk.FindStringSubmatch(l); m != nil {
			if m[1] == "done" {
				return w, true
			}
			v, _ := strconv.ParseFloat(m[2], 64)
			if _, ok := w.walk[m[1]]; !ok {
				w.order = append(w.order, m[1])
			}
			w.walk[m[1]] = append(w.walk[m[1]], v)
		}
	}
	return w, false
}

// startXvfb starts Xvfb on a free display (1920×1080, as the figures) and waits for it.
func startXvfb() (display string, stop func(), err error) {
	for n := 90 + os.Getpid()%400; n < 999; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		cmd := exec.Command("Xvfb", fmt.Sprintf(":%d", n), "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			return "", nil, err
		}
		stop := func() { cmd.Process.Kill(); cmd.Wait() }
		for i := 0; i < 100; i++ {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return fmt.Sprintf(":%d", n), stop, nil
			}
			time.Sleep(100 * time.Millisecond)
		}
		stop()
	}
	return "", nil, fmt.Errorf("no free X display")
}

// walkOnce starts the window on a fresh copy of the demo database and reads its walk (mode: the
// OTZVUK_WALK value, "1" or "reader").
func walkOnce(bin, demoDB, dir, display, mode string) (windowWalk, error) {
	db := filepath.Join(dir, "walk.duckdb")
	os.Remove(filepath.Join(dir, "ui-state.json"))
	os.Remove(filepath.Join(dir, "window.json"))
	body, err := os.ReadFile(demoDB)
	if err != nil {
		return windowWalk{}, err
	}
	if err := os.WriteFile(db, body, 0o644); err != nil {
		return windowWalk{}, err
	}
	os.Remove(db + ".wal")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--db", db)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "OTZVUK_TIMING=1", "OTZVUK_WALK="+mode)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return windowWalk{}, err
	}
	if err := cmd.Start(); err != nil {
		return windowWalk{}, err
	}
	w, done := parseWalk(stderr)
	// the window closes on SIGTERM only after a while under Xvfb (WebKit's processes): a grace, then SIGKILL
	syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	grace := time.AfterFunc(3*time.Second, func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	io.Copy(io.Discard, stderr)
	cmd.Wait()
	grace.Stop()
	if !done {
		return w, fmt.Errorf("the window's walk did not finish (%d steps seen)", len(w.order))
	}
	return w, nil
}

func quantile(v []float64, q float64) float64 {
	c := append([]float64(nil), v...)
	sort.Float64s(c)
	i := int(float64(len(c))*q+0.999999) - 1
	if i < 0 {
		i = 0
	}
	return c[i]
}

func msf(v float64) string { return fmt.Sprintf("%.0f ms", v) }

// windowRows runs the walk and adds its rows; a missing binary or Xvfb is said in one row.
func windowRows(dir string) error {
	bin, _ := filepath.Abs("build/bin/otzvuk")
	if _, err := os.Stat(bin); err != nil {
		add("window walk", "—", "build/bin/otzvuk missing (make build)", "—", "—", nil)
		return nil
	}
	if _, err := exec.LookPath("Xvfb"); err != nil {
		add("window walk", "—", "Xvfb not installed", "—", "—", nil)
		return nil
	}
	runs := int(envFloat("BENCH_WINDOW_RUNS", 5))
	wdir := filepath.Join(dir, "window")
	os.MkdirAll(wdir, 0o755)
	demoDB := filepath.Join(wdir, "demo.duckdb")
	if out, err := exec.Command(bin, "demo", "--db", demoDB).CombinedOutput(); err != nil {
		return fmt.Errorf("otzvuk demo: %v: %s", err, out)
	}
	display, stop, err := startXvfb()
	if err != nil {
		return err
	}
	defer stop()
	startsOf := func(n int, mode, what string) ([]windowWalk, error) {
		var out []windowWalk
		for i := 0; i < n; i++ {
			logf("window walk%s %d of %d", what, i+1, n)
			w, err := walkOnce(bin, demoDB, wdir, display, mode)
			if err != nil {
				return nil, err
			}
			out = append(out, w)
		}
		return out, nil
	}
	walks, err := startsOf(runs, "1", "")
	if err != nil {
		return err
	}
	readers, err := startsOf(int(envFloat("BENCH_READER_RUNS", 3)), "reader", " as a reader")
	if err != nil {
		return err
	}
	stepOf := func(name string) []float64 {
		var v []float64
		for _, w := range walks {
			if x, ok := w.steps[name]; ok {
				v = append(v, x)
			}
		}
		return v
	}
	spread := func(v []float64) string {
		return fmt.Sprintf("%s (p95 %s)", msf(median(v)), msf(quantile(v, 0.95)))
	}
	cold, webview := stepOf("first chart painted"), stepOf("page navigation started")
	if len(cold) == 0 {
		return fmt.Errorf("no cold start figure in the window's output")
	}
	base := "—"
	ratio := "—"
	if len(webview) > 0 {
		base = spread(webview)
		ratio = fmt.Sprintf("%.1f×", median(cold)/median(webview))
	}
	add(fmt.Sprintf("window cold start on the demo, process start → first chart painted, median of %d starts (vs the webview alone: process start → page navigation started)", len(cold)),
		spread(cold), base, ratio, "≤ 1.0 s (p95)", ptr(quantile(cold, 0.95) <= 1000))
	coldStartSteps(walks)
	if shown := stepOf("first view shown (page)"); len(shown) > 0 {
		add("window cold start: process start → the overview shown (every chart in the window's view drawn; as the walk first sees it, once its own code has loaded after the first chart: an upper bound)", spread(shown), "—", "—", "—", nil)
	}
	if whole := stepOf("first view drawn whole (page)"); len(whole) > 0 {
		add("window cold start: process start → the whole overview drawn (every chart)", spread(whole), "—", "—", "—", nil)
	}
	walkRows(walks, spread)
	walkRows(readers, spread)
	return nil
}

// coldSteps: the cold start's steps as the window times them (OTZVUK_TIMING=1), Go's and the
// page's, by their median over the starts; printed after the table (printTable).
var coldSteps []coldStep

type coldStep struct {
	name        string
	median, p95 float64
	starts      int
}

func coldStartSteps(walks []windowWalk) {
	at := map[string][]float64{}
	for _, w := range walks {
		for name, ms := range w.steps {
			at[name] = append(at[name], ms)
		}
	}
	coldSteps = nil
	for name, v := range at {
		coldSteps = append(coldSteps, coldStep{name, median(v), quantile(v, 0.95), len(v)})
	}
	sort.Slice(coldSteps, func(i, j int) bool { return coldSteps[i].median < coldSteps[j].median })
}

// walkRows adds a row per step of the walks (its samples over every start), judged against the
// issue's 250 ms; a reader's step is named as such.
func walkRows(walks []windowWalk, spread func([]float64) string) {
	var order []string
	samples := map[string][]float64{}
	for _, w := range walks {
		for _, k := range w.order {
			if _, ok := samples[k]; !ok {
				order = append(order, k)
			}
			samples[k] = append(samples[k], w.walk[k]...)
		}
	}
	for _, k := range order {
		if strings.HasSuffix(k, " [data back]") || strings.HasSuffix(k, " [whole]") {
			continue // told beside its step
		}
		v := samples[k]
		failed := false
		for _, x := range v {
			failed = failed || x < 0
		}
		step, reader := strings.CutPrefix(k, "reader: ")
		what := strings.Replace(step, "tab ", "first visit of the tab ", 1)
		if strings.Contains(step, "(again)") {
			what = "a visited tab again: " + strings.TrimPrefix(step, "tab ")
		}
		if reader {
			what = "after reading (3 s on the overview, 2 s on each view before the next click): " + what
		}
		if strings.Contains(k, "(no ") { // nothing to click on this database: the step was not taken
			add("window: "+what, "not taken", "—", "—", "—", nil)
			continue
		}
		if failed {
			add("window: "+what, "not drawn within 30 s", "—", "—", "≤ 250 ms (p95)", ptr(false))
			continue
		}
		figure := spread(v)
		if d := samples[k+" [data back]"]; len(d) > 0 {
			figure += fmt.Sprintf("; its data back at %s", msf(median(d)))
		}
		if d := samples[k+" [whole]"]; len(d) > 0 {
			if slices.Min(d) < 0 {
				figure += "; some charts below the fold not drawn within 30 s"
			} else {
				figure += fmt.Sprintf("; every chart below the fold drawn too at %s", msf(median(d)))
			}
		}
		add(fmt.Sprintf("window: %s, click → shown (every chart in the window's view drawn), %d samples", what, len(v)), figure, "—", "—", "≤ 250 ms (p95)", ptr(quantile(v, 0.95) <= 250))
	}
}
