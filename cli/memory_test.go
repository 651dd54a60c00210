package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"otzvuk/internal/benchdata"
)

// The memory child: runs one subcommand (its arguments as JSON in the environment) in a process of
// its own, so that its peak resident memory (Go and DuckDB together) is the command's alone.
const cliChildEnv = "OTZVUK_TEST_CLI_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(cliChildEnv); spec != "" {
		var args []string
		if err := json.Unmarshal([]byte(spec), &args); err != nil {
			fmt.Println("ERR", err)
			os.Exit(3)
		}
		code := Run(args, os.Stdout, os.Stdout)
		fmt.Printf("\nEXIT %d\nPEAK_MB %.0f\n", code, benchdata.PeakRSSMB())
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runCLIChild runs args in a child process and returns its output, exit code, peak RSS and time.
func runCLIChild(t *testing.T, args ...string) (out string, code int, peakMB float64, took time.Duration) {
	t.Helper()
	spec, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), cliChildEnv+"="+string(spec))
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\n%s", err, b.String())
	}
	took = time.Since(t0)
	out = b.String()
	code = -1
	for _, l := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(l, "EXIT "); ok {
			code, _ = strconv.Atoi(v)
		}
		if v, ok := strings.CutPrefix(l, "PEAK_MB "); ok {
			peakMB, _ = strconv.ParseFloat(v, 64)
		}
	}
	return out, code, peakMB, took
}

// Requests that grew without bound stay bounded on the demo municipality: the whole catalogue by
// month over 0001–9999 (17 GB before) and a theme file of 2,000 themes (10 GB, past 120 s) each
// finish within 500 MB and a minute, saying what they cut.
func TestUnboundedRequestsStayBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the demo municipality")
	}
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".config"))
	db := filepath.Join(dir, "demo.duckdb")
	var o, e bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &o, &e); code != 0 {
		t.Fatalf("demo: %d %s", code, e.String())
	}
	must(t, os.MkdirAll(filepath.Join(dir, "themes"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "themes", "many.yaml"), []byte(manyThemes(2000)), 0o644))
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"catalogue by month over 0001–9999", []string{"indicators", "--db", db, "--from", "0001-01-02", "--to", "9999-12-31", "--grain", "month", "--format", "csv"},
			[]string{"the range was cut to the data", "периодът е ограничен до данните", "SAT_IDX,2023-11"}},
		{"2,000 themes", []string{"themes", "--db", db, "--format", "csv"},
			[]string{"at most 100 themes", "собствените теми са най-много 100", "waiting,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, code, peak, took := runCLIChild(t, c.args...)
			t.Logf("peak RSS %.0f MB, %.1f s", peak, took.Seconds())
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, tail(out))
			}
			if peak <= 0 || peak > 500 {
				t.Errorf("peak RSS %.0f MB (limit 500)", peak)
			}
			if took > time.Minute {
				t.Errorf("took %s (limit 1 min)", took)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, tail(out))
				}
			}
		})
	}
}

func tail(s string) string {
	if len(s) > 3000 {
		return "…" + s[len(s)-3000:]
	}
	return s
}
