// Command bench prints the benchmark table of issue #16 (`make bench`): each measure, Otzvuk's
// figure, its baseline measured in the same run, the ratio, the target and pass/miss, as Markdown
// on stdout (progress on stderr). Imports run in child processes of this same binary so that each
// one's peak memory (VmHWM) is its own.
//
// Knobs: BENCH_SCALE (default 1; e.g. 0.05 for a quick smoke run: every size times it),
// BENCH_RUNS (import repetitions, default 3), BENCH_DASH_RUNS (dashboard repetitions, default 20),
// BENCH_10M=1 (adds the 10M-record dashboard and import to the growth rows; slow), BENCH_ONLY=dashboard
// (the dashboard and report rows alone), BENCH_ONLY=whole (the whole-process `otzvuk import` rows alone),
// BENCH_ONLY=window (the headless window walk alone, window.go; BENCH_WINDOW_RUNS starts, default 5,
// then BENCH_READER_RUNS starts walking as a reader, default 3).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
	"otzvuk/cli"
	"otzvuk/internal/benchdata"
)

var benchNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// childResult is what a child process prints (one JSON line).
type childResult struct {
	Seconds float64 `json:"seconds"`
	PeakMB  float64 `json:"peakMB"`
	Rows    int     `json:"rows"`
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		if err := child(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil && v > 0 {
		return v
	}
	return def
}

func logf(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }

func openStore(dir string) (*store.Store, error) {
	s, err := store.Open(context.Background(), filepath.Join(dir, "bench.duckdb"), store.Options{})
	if err != nil {
		return nil, err
	}
	_, err = s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`)
	return s, err
}

// child runs one measured step in a fresh process: import <profile> <file> | read_csv <file> | excelize <file>.
// BENCH_CPUPROFILE=file with `child import …` writes the import's CPU profile there (and
// OTZVUK_IMPORT_TRACE=1 prints how long each of its steps took).
func child(args []string) error {
	dir, err := os.MkdirTemp("", "otzvuk-bench-child")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var res childResult
	switch args[0] {
	case "import":
		prof := benchdata.RequestsProfile
		if args[1] == "cards" {
			prof = benchdata.CardsProfile
		}
		p, err := ingest.ParseProfile("bench.yaml", []byte(prof))
		if err != nil {
			return err
		}
		s, err := openStore(dir)
		if err != nil {
			return err
		}
		defer s.Close()
		if path := os.Getenv("BENCH_CPUPROFILE"); path != "" { // a CPU profile of the import alone, for `go tool pprof`
			f, err := os.Create(path)
			if err != nil {
				return err
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
		t0 := time.Now()
		sum, err := ingest.Import(context.Background(), s, p, args[2], ingest.Options{Now: benchNow})
		if err != nil {
			return err
		}
		res.Seconds, res.Rows = time.Since(t0).Seconds(), sum.New
	case "read_csv":
		s, err := openStore(dir)
		if err != nil {
			return err
		}
		defer s.Close()
		t0 := time.Now()
		// The path is ours (a temporary file), never a user's string.
		_, err = s.DB.Exec(fmt.Sprintf(`CREATE TABLE raw AS SELECT * FROM read_csv('%s', delim=';', header=true, dateformat='%%d.%%m.%%Y', timestampformat='%%d.%%m.%%Y %%H:%%M', decimal_separator=',')`, args[1]))
		if err != nil {
			return err
		}
		if err := s.DB.QueryRow(`SELECT count(*) FROM raw`).Scan(&res.Rows); err != nil {
			return err
		}
		res.Seconds = time.Since(t0).Seconds()
	case "excelize":
		t0 := time.Now()
		f, err := excelize.OpenFile(args[1])
		if err != nil {
			return err
		}
		rows, err := f.Rows(f.GetSheetList()[0])
		if err != nil {
			return err
		}
		for rows.Next() {
			if _, err := rows.Columns(); err != nil {
				return err
			}
			res.Rows++
		}
		rows.Close()
		f.Close()
		res.Rows-- // the header
		res.Seconds = time.Since(t0).Seconds()
	case "otzvuk": // otzvuk <command> <args…>: the CLI as the otzvuk binary runs it (cli.Run), timed by the parent
		if code := cli.Run(args[1:], io.Discard, os.Stderr); code != 0 {
			return fmt.Errorf("otzvuk %v: exit %d", args[1:], code)
		}
		return nil
	case "write": // write <rows> <file>: the generated register alone, for profiling one step by hand
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return err
		}
		return benchdata.WriteRequests(args[2], n)
	case "write-cards": // write-cards <rows> <file.xlsx>: the generated XLSX sheet alone
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return err
		}
		return benchdata.WriteCardsXLSX(args[2], n)
	default:
		return fmt.Errorf("unknown child step %q", args[0])
	}
	res.PeakMB = benchdata.PeakRSSMB()
	return json.NewEncoder(os.Stdout).Encode(res)
}

func runChild(args ...string) (childResult, error) {
	var res childResult
	exe, err := os.Executable()
	if err != nil {
		return res, err
	}
	cmd := exec.Command(exe, append([]string{"child"}, args...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return res, fmt.Errorf("child %v: %w", args, err)
	}
	return res, json.Unmarshal(out, &res)
}

// runWhole runs an otzvuk command in a child process (main.go runs cli.Run alike) and returns the
// seconds from its start to its exit: what a user waits for. Its output is shown only on failure.
func runWhole(args ...string) (float64, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	var out strings.Builder
	cmd := exec.Command(exe, append([]string{"child", "otzvuk"}, args...)...)
	cmd.Stderr = &out
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("otzvuk %v: %w\n%s", args, err, out.String())
	}
	took := time.Since(t0).Seconds()
	if os.Getenv("OTZVUK_IMPORT_TRACE") == "1" {
		logf("%s", out.String())
	}
	return took, nil
}

// wholeImports: the imports a user runs, start to exit (`otzvuk import`, every step, the
// summaries too): a first import of n requests of a department new to the database against
// DuckDB's read_csv of the same file, then 1,000 new requests into that database against the same
// 1,000 into a new, empty one.
func wholeImports(dir string, n int) error {
	prof := filepath.Join(dir, "whole.yaml")
	if err := os.WriteFile(prof, []byte(benchdata.RequestsProfileNewDepartments), 0o644); err != nil {
		return err
	}
	first, more := filepath.Join(dir, "whole-first.csv"), filepath.Join(dir, "whole-1000.csv")
	logf("whole-process imports: writing %s rows and 1,000 more", rowsLabel(n))
	if err := benchdata.WriteRequestsFrom(first, 0, n, "NEW1"); err != nil {
		return err
	}
	if err := benchdata.WriteRequestsFrom(more, n, 1000, "NEW1"); err != nil {
		return err
	}
	defer os.Remove(first)
	defer os.Remove(more)
	db, empty := filepath.Join(dir, "whole.duckdb"), filepath.Join(dir, "whole-empty.duckdb")
	rc, err := runChild("read_csv", first)
	if err != nil {
		return err
	}
	logf("whole-process: otzvuk import of %s rows into a new database", rowsLabel(n))
	t1, err := runWhole("import", "--db", db, "--profile", prof, first)
	if err != nil {
		return err
	}
	ratio := t1 / rc.Seconds
	add(fmt.Sprintf("**whole process** `otzvuk import` %s rows, departments new to the database, start to exit with the summaries (vs DuckDB `read_csv` of the same file, own process)", rowsLabel(n)),
		secs(t1), secs(rc.Seconds), fmt.Sprintf("%.2f×", ratio), "≤ 2×", ptr(ratio <= 2))
	logf("whole-process: otzvuk import of 1,000 rows into that database")
	t2, err := runWhole("import", "--db", db, "--profile", prof, more)
	if err != nil {
		return err
	}
	t0, err := runWhole("import", "--db", empty, "--profile", prof, more)
	if err != nil {
		return err
	}
	add(fmt.Sprintf("**whole process** `otzvuk import` of 1,000 new requests into that %s-record database, start to exit (vs the same 1,000 into a new, empty database)", rowsLabel(n)),
		secs(t2), secs(t0), fmt.Sprintf("%.2f×", t2/t0), "≤ 0.5 s", ptr(t2 <= 0.5))
	os.Remove(db)
	os.Remove(empty)
	return nil
}

// series: repeated child runs; the median time and the largest peak memory.
type series struct{ secs, peak []float64 }

func (s *series) add(r childResult) {
	s.secs = append(s.secs, r.Seconds)
	s.peak = append(s.peak, r.PeakMB)
}
func (s series) median() float64 { return median(s.secs) }
func (s series) maxPeak() float64 {
	m := 0.0
	for _, p := range s.peak {
		m = math.Max(m, p)
	}
	return m
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	c := append([]float64(nil), v...)
	sort.Float64s(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func p95(d []time.Duration) time.Duration {
	c := append([]time.Duration(nil), d...)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c[(len(c)*95+99)/100-1]
}

// writeRequests writes n service requests in the Bulgarian way: ; separated, dd.mm.yyyy, decimal commas
// (the same file as analytics/ingest's BenchmarkImportCSV1M).

// table collects the rows of the one table.
type row struct{ measure, otzvuk, baseline, ratio, target, verdict string }

var rows []row

func add(measure, otzvuk, baseline, ratio, target string, pass *bool) {
	v := "—"
	if pass != nil {
		v = map[bool]string{true: "pass", false: "**miss**"}[*pass]
	}
	rows = append(rows, row{measure, otzvuk, baseline, ratio, target, v})
	logf("  %s: %s | %s | %s | %s | %s", measure, otzvuk, baseline, ratio, target, v)
}

func ptr(b bool) *bool { return &b }

func secs(s float64) string { return fmt.Sprintf("%.2f s", s) }
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}
func rowsLabel(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

func run() error {
	scale := envFloat("BENCH_SCALE", 1)
	runs := int(envFloat("BENCH_RUNS", 3))
	dashRuns := int(envFloat("BENCH_DASH_RUNS", 20))
	big := int(1_000_000 * scale)
	small := int(100_000 * scale)
	dir, err := os.MkdirTemp("", "otzvuk-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	started := time.Now()

	// CSV import against read_csv (and pandas) of the same file, each in its own process, alternating.
	sizes := []int{small, big}
	if os.Getenv("BENCH_10M") == "1" {
		sizes = append(sizes, 10*big)
	}
	importAt := map[int]float64{}
	readAt := map[int]float64{}
	pandasOK := exec.Command(python(), "-c", "import pandas").Run() == nil
	dashOnly := os.Getenv("BENCH_ONLY") == "dashboard" // for working on the dashboard: its rows alone
	wholeOnly := os.Getenv("BENCH_ONLY") == "whole"    // the whole-process import rows alone
	windowOnly := os.Getenv("BENCH_ONLY") == "window"  // for working on the window: the walk alone
	if dashOnly || wholeOnly || windowOnly {
		sizes = nil
	}
	// The production window on the demo, first: the machine is quietest before the large runs.
	if !dashOnly && !wholeOnly {
		if err := windowRows(dir); err != nil {
			return err
		}
	}
	if windowOnly {
		printTable(os.Stdout, scale, runs, dashRuns, time.Since(started))
		return nil
	}
	if !dashOnly {
		if err := wholeImports(dir, big); err != nil {
			return err
		}
	}
	for _, n := range sizes {
		path := filepath.Join(dir, fmt.Sprintf("requests-%d.csv", n))
		logf("CSV %s rows: writing %s", rowsLabel(n), path)
		if err := benchdata.WriteRequests(path, n); err != nil {
			return err
		}
		var imp, rc series
		r := runs
		if n != big {
			r = 1
		}
		for i := 0; i < r; i++ {
			a, err := runChild("read_csv", path)
			if err != nil {
				return err
			}
			rc.add(a)
			b, err := runChild("import", "requests", path)
			if err != nil {
				return err
			}
			if b.Rows != n {
				return fmt.Errorf("import of %d rows stored %d", n, b.Rows)
			}
			imp.add(b)
		}
		importAt[n], readAt[n] = imp.median(), rc.median()
		if n == big {
			ratio := imp.median() / rc.median()
			add(fmt.Sprintf("CSV import %s rows, median of %d (vs DuckDB `CREATE TABLE AS read_csv`)", rowsLabel(n), r),
				secs(imp.median()), secs(rc.median()), fmt.Sprintf("%.2f×", ratio), "≤ 1.5×", ptr(ratio <= 1.5))
			add(fmt.Sprintf("peak RSS of that import, own process (vs read_csv's process)"),
				fmt.Sprintf("%.0f MB", imp.maxPeak()), fmt.Sprintf("%.0f MB", rc.maxPeak()),
				fmt.Sprintf("%.2f×", imp.maxPeak()/rc.maxPeak()), "≤ 400 MB", ptr(imp.maxPeak() <= 400))
			if pandasOK {
				pd, err := pandas(path)
				if err != nil {
					return err
				}
				ratio := imp.median() / pd
				add(fmt.Sprintf("CSV import %s rows (vs pandas `read_csv` + group-by, python3 subprocess)", rowsLabel(n)),
					secs(imp.median()), secs(pd), fmt.Sprintf("%.2f×", ratio), "< 1×", ptr(ratio < 1))
			} else {
				add("CSV import vs pandas", "—", "python3-pandas not installed", "—", "< 1×", nil)
			}
		}
		os.Remove(path)
	}

	// XLSX: rows per second through the pipeline, against excelize's Rows() of the same sheet.
	if !dashOnly && !wholeOnly {
		n := small
		path := filepath.Join(dir, "cards.xlsx")
		logf("XLSX %s rows: writing %s", rowsLabel(n), path)
		if err := benchdata.WriteCardsXLSX(path, n); err != nil {
			return err
		}
		var imp, ex series
		for i := 0; i < runs; i++ {
			a, err := runChild("excelize", path)
			if err != nil {
				return err
			}
			ex.add(a)
			b, err := runChild("import", "cards", path)
			if err != nil {
				return err
			}
			if b.Rows != n {
				return fmt.Errorf("XLSX import of %d rows stored %d", n, b.Rows)
			}
			imp.add(b)
		}
		rps := float64(n) / imp.median()
		exRps := float64(n) / ex.median()
		add(fmt.Sprintf("XLSX import %s rows, rows/s (vs excelize `Rows()` iteration alone; ratio = how many times faster)", rowsLabel(n)),
			fmt.Sprintf("%.0f rows/s", rps), fmt.Sprintf("%.0f rows/s", exRps), fmt.Sprintf("%.2f×", rps/exRps),
			"≥ 100,000 rows/s and ≥ 4×", ptr(rps >= 100_000 && rps/exRps >= 4))
		add("peak RSS of that XLSX import, own process", fmt.Sprintf("%.0f MB", imp.maxPeak()),
			fmt.Sprintf("%.0f MB (excelize)", ex.maxPeak()), "—", "≤ 300 MB", ptr(imp.maxPeak() <= 300))
		os.Remove(path)
	}

	// Dashboard and annual report, in this process.
	dashAt := map[int][2]time.Duration{}
	dashSizes := []int{small, big}
	if os.Getenv("BENCH_10M") == "1" {
		dashSizes = append(dashSizes, 10*big)
	}
	if wholeOnly {
		dashSizes = nil
	}
	for _, n := range dashSizes {
		logf("dashboard at %s records", rowsLabel(n))
		sdir := filepath.Join(dir, fmt.Sprintf("dash-%d", n))
		os.MkdirAll(sdir, 0o755)
		s, err := dashStore(sdir, n)
		if err != nil {
			return err
		}
		r, err := dashboard(s, dashRuns)
		if err != nil {
			s.Close()
			return err
		}
		d, b := r.cold, r.base
		dashAt[n] = [2]time.Duration{d, b}
		if n == big {
			ratio := float64(d) / float64(b)
			add(fmt.Sprintf("dashboard p95 at %s records, %d runs, **cold** — no result cache, every indicator computed from the summary cubes (vs one GROUP BY over the records, p95)", rowsLabel(n), dashRuns),
				ms(d)+" (median "+ms(r.coldMedian)+")", ms(b), fmt.Sprintf("%.1f×", ratio), "≤ 100 ms and ≤ 3×", ptr(d <= 100*time.Millisecond && ratio <= 3))
			add(fmt.Sprintf("the same dashboard computed from the records, no cubes (what cold cost before them), p95 at %s records", rowsLabel(n)),
				ms(r.records)+" (median "+ms(r.recordsMedian)+")", ms(b), fmt.Sprintf("%.1f×", float64(r.records)/float64(b)), "—", nil)
			if imp, ok := importAt[n]; ok {
				add(fmt.Sprintf("building every summary cube once at %s records (each import does it after its commit; vs the CSV import of %s rows above)", rowsLabel(n), rowsLabel(n)),
					ms(r.build), secs(imp), fmt.Sprintf("%.2f×", r.build.Seconds()/imp), "—", nil)
			} else {
				add(fmt.Sprintf("building every summary cube once at %s records (each import does it after its commit; vs the dashboard from the records)", rowsLabel(n)),
					ms(r.build), ms(r.records), fmt.Sprintf("%.1f×", float64(r.build)/float64(r.records)), "—", nil)
			}
			wr := float64(r.warm) / float64(b)
			add(fmt.Sprintf("dashboard p95 at %s records, **warm** — the same view again, result cache hit (data-version query only)", rowsLabel(n)),
				ms(r.warm), ms(b), fmt.Sprintf("%.2f×", wr), "≤ 100 ms and ≤ 3×", ptr(r.warm <= 100*time.Millisecond && wr <= 3))
			rep, base, err := annualReport(s)
			if err != nil {
				s.Close()
				return err
			}
			add(fmt.Sprintf("annual report at %s records: build + HTML + annex (vs its largest single query)", rowsLabel(n)),
				ms(rep), ms(base), fmt.Sprintf("%.1f×", float64(rep)/float64(base)), "≤ 2 s", ptr(rep <= 2*time.Second))
		}
		if n == 10*big {
			ratio := float64(d) / float64(b)
			add(fmt.Sprintf("dashboard p95 at %s records, cold (vs one GROUP BY)", rowsLabel(n)),
				ms(d), ms(b), fmt.Sprintf("%.1f×", ratio), "≤ 1 s", ptr(d <= time.Second))
		}
		s.Close()
		os.RemoveAll(sdir)
	}

	// Growth rows: the figure at each size and its factor against the smallest.
	for _, n := range sizes {
		if n == small {
			continue
		}
		g := importAt[n] / importAt[small]
		add(fmt.Sprintf("growth: CSV import %s → %s rows (×%d data)", rowsLabel(small), rowsLabel(n), n/small),
			fmt.Sprintf("%s → %s (×%.1f)", secs(importAt[small]), secs(importAt[n]), g),
			fmt.Sprintf("%s → %s (×%.1f)", secs(readAt[small]), secs(readAt[n]), readAt[n]/readAt[small]),
			"—", "linear (×≤ data)", ptr(g <= float64(n/small)*1.1))
	}
	for _, n := range dashSizes {
		if n == small {
			continue
		}
		a, z := dashAt[small], dashAt[n]
		g := float64(z[0]) / float64(a[0])
		add(fmt.Sprintf("growth: dashboard p95 (cold) %s → %s records (×%d data)", rowsLabel(small), rowsLabel(n), n/small),
			fmt.Sprintf("%s → %s (×%.1f)", ms(a[0]), ms(z[0]), g),
			fmt.Sprintf("%s → %s (×%.1f)", ms(a[1]), ms(z[1]), float64(z[1])/float64(a[1])),
			"—", "linear (×≤ data)", ptr(g <= float64(n/small)*1.1))
	}

	printTable(os.Stdout, scale, runs, dashRuns, time.Since(started))
	return nil
}

func printTable(w io.Writer, scale float64, runs, dashRuns int, took time.Duration) {
	fmt.Fprintf(w, "# Benchmarks\n\nWritten by `make bench` (scripts/bench) on %s. Every ratio is against a baseline measured in the same run; absolute times are context only.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	machine(w)
	fmt.Fprintf(w, "| measure | Otzvuk | baseline (same run) | ratio | target | pass/miss |\n|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", r.measure, r.otzvuk, r.baseline, r.ratio, r.target, r.verdict)
	}
	fmt.Fprintf(w, "\nBENCH_SCALE=%g, import runs %d (median), dashboard runs %d (p95); GOMAXPROCS=%d; the whole run took %s.\n",
		scale, runs, dashRuns, runtime.GOMAXPROCS(0), took.Round(time.Second))
	if len(coldSteps) > 0 {
		fmt.Fprintf(w, "\n## The window's cold start, step by step\n\nWhat the window does before its first chart, as it times itself (`OTZVUK_TIMING=1`): Go's steps and the page's, in ms after the process started, over the walk's starts. \"(Go)\" marks Go's side of a request the page makes.\n\n| step | median | p95 | starts |\n|---|---|---|---|\n")
		for _, st := range coldSteps {
			fmt.Fprintf(w, "| %s | %s | %s | %d |\n", st.name, msf(st.median), msf(st.p95), st.starts)
		}
	}
}

// python: $PYTHON, else Debian's /usr/bin/python3 (where python3-pandas installs), else python3 on PATH.
func python() string {
	if p := os.Getenv("PYTHON"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/python3"); err == nil {
		return "/usr/bin/python3"
	}
	return "python3"
}

// machine describes the computer: CPU model, cores, memory (free -g), and BENCH_NOTE if given.
func machine(w io.Writer) {
	model := "unknown CPU"
	if body, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(body), "\n") {
			if strings.HasPrefix(l, "model name") {
				if _, v, ok := strings.Cut(l, ":"); ok {
					model = strings.TrimSpace(v)
				}
				break
			}
		}
	}
	fmt.Fprintf(w, "Machine: %s, %d cores (`nproc`), %s/%s.\n\n", model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
	if out, err := exec.Command("free", "-g").Output(); err == nil {
		fmt.Fprintf(w, "```\n$ free -g\n%s```\n\n", out)
	}
	if n := os.Getenv("BENCH_NOTE"); n != "" {
		fmt.Fprintf(w, "%s\n\n", n)
	}
}

// pandas: read_csv of the same file and a group-by like the dashboard's, timed inside python3.
func pandas(path string) (float64, error) {
	script := `import sys, time
import pandas as pd
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep=';', decimal=',')
df['submitted'] = pd.to_datetime(df['submitted'], format='%d.%m.%Y %H:%M')
df['month'] = df['submitted'].dt.to_period('M')
g = df.groupby(['dept', 'month'])['waiting'].agg(['count', 'mean'])
print(time.perf_counter() - t0, len(g))
`
	out, err := exec.Command(python(), "-c", script, path).Output()
	if err != nil {
		return 0, fmt.Errorf("pandas: %w", err)
	}
	f := strings.Fields(string(out))
	if len(f) < 1 {
		return 0, fmt.Errorf("pandas: no output")
	}
	return strconv.ParseFloat(f[0], 64)
}

// dashStore fills a database with about `records` generated records across the record kinds with
// DuckDB's own bulk SQL, as analytics/methodology's BenchmarkDashboard1M does.
func dashStore(dir string, records int) (*store.Store, error) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "dash.duckdb"), store.Options{})
	if err != nil {
		return nil, err
	}
	stmts := benchdata.DashboardSQL(records)
	for _, q := range stmts {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// dashResult: the whole dashboard (every indicator, every department, monthly over the 3 years
// with comparisons) timed four ways, with one plain GROUP BY as the baseline.
type dashResult struct {
	build                  time.Duration // building every cube once (what an import does after its commit)
	cold, coldMedian       time.Duration // p95 and median: no result cache, the indicators computed from the cubes
	records, recordsMedian time.Duration // p95 and median: no result cache, no cubes — every indicator from the records
	warm                   time.Duration // p95: the same view again, a result cache hit
	base                   time.Duration // p95 of the baseline
}

// dashboard times the dashboard cold (Compute over the cubes), from the records (no cubes), warm
// (methodology.Cache hit) and one plain GROUP BY, alternating, after one warm-up each.
func dashboard(s *store.Store, runs int) (r dashResult, err error) {
	ctx := context.Background()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		return r, err
	}
	t0 := time.Now()
	if _, err := methodology.WarmCubes(ctx, s.DB, nil, cat); err != nil {
		return r, err
	}
	r.build = time.Since(t0)
	q := methodology.Query{Indicators: cat.IDs(), By: []methodology.Dimension{methodology.ByDepartment}, Grain: methodology.Month}
	baseline := func() error {
		rows, err := s.DB.QueryContext(ctx, `SELECT department_code, strftime(date, '%Y-%m'), avg(rating) FROM v_survey_ratings WHERE item = 'overall' GROUP BY ALL`)
		if err != nil {
			return err
		}
		for rows.Next() {
		}
		return rows.Close()
	}
	compute := func() error { _, err := methodology.Compute(ctx, s.DB, cat, q); return err }
	records := func() error { _, err := methodology.Compute(methodology.FromRecords(ctx), s.DB, cat, q); return err }
	cache := methodology.NewCache(8)
	cached := func() error { _, err := cache.Compute(ctx, s.DB, cat, q); return err }
	for _, f := range []func() error{baseline, compute, records, cached} { // warm-up; the last fills the cache
		if err := f(); err != nil {
			return r, err
		}
	}
	var ds, rs, ws, bs []time.Duration
	for i := 0; i < runs; i++ {
		for _, m := range []struct {
			f    func() error
			into *[]time.Duration
		}{{compute, &ds}, {baseline, &bs}, {records, &rs}, {cached, &ws}} {
			t := time.Now()
			if err := m.f(); err != nil {
				return r, err
			}
			*m.into = append(*m.into, time.Since(t))
		}
	}
	if h, _ := cache.Stats(); h != runs {
		return r, fmt.Errorf("warm dashboard: %d cache hits in %d runs", h, runs)
	}
	mid := func(d []time.Duration) time.Duration {
		sorted := append([]time.Duration(nil), d...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
		return sorted[len(sorted)/2]
	}
	r.cold, r.coldMedian, r.records, r.recordsMedian, r.warm, r.base = p95(ds), mid(ds), p95(rs), mid(rs), p95(ws), p95(bs)
	return r, nil
}

// annualReport: the report for 2025 (build, HTML, annex) against its largest single query, median of 3.
func annualReport(s *store.Store) (rep, base time.Duration, err error) {
	ctx := context.Background()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		return 0, 0, err
	}
	var rs, bs []float64
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		r, err := report.Build(ctx, s.DB, cat, report.Options{Year: 2025, Municipality: "Община Бенчмарк", Version: "bench", Now: benchNow})
		if err != nil {
			return 0, 0, err
		}
		if err := report.WriteHTML(io.Discard, r, true); err != nil {
			return 0, 0, err
		}
		if err := report.WriteAnnex(io.Discard, r); err != nil {
			return 0, 0, err
		}
		rs = append(rs, float64(time.Since(t0)))
		t1 := time.Now()
		if _, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: cat.IDs(), By: []methodology.Dimension{methodology.ByDepartment},
			Grain: methodology.Year, From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}); err != nil {
			return 0, 0, err
		}
		bs = append(bs, float64(time.Since(t1)))
	}
	return time.Duration(median(rs)), time.Duration(median(bs)), nil
}
