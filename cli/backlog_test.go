package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/store"
)

// fixtureDB writes a database from one of analytics/backlog's SQL fixtures.
func fixtureDB(t *testing.T, fixture string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fixture.duckdb")
	ctx := context.Background()
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join("..", "analytics", "backlog", "testdata", fixture))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, string(body)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

// The ten requests of analytics/backlog (filed in Q1 2025, as of 31 March 2025), on paper:
// cohort on time 3, late 2, open past due 2, pending 2, withdrawn 1, rate 3/7 = 42.9 %; KM median
// 24 days. Beside them, by completion date in the same quarter (SVC_ONTIME, SVC_TTR): completed
// with a deadline A, B, C, D, J and L (filed 31 Dec 2024, done 5 Jan, due 14 Jan) — on time A, B,
// J, L: 4/6 = 66.7 %; days 8, 14, 24, 45, 5, 5: median (8 + 14) / 2 = 11.
func TestBacklogSideBySide(t *testing.T) {
	db := fixtureDB(t, "ten_requests.sql")
	var out, errOut bytes.Buffer
	args := []string{"backlog", "--db", db, "--department", "a", "--from", "2025-01-01", "--to", "2025-03-31", "--as-of", "2025-03-31"}
	if code := Run(append(args, "--format", "json"), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rows []backlogRow
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatal(err, out.String())
	}
	if len(rows) != 1 {
		t.Fatalf("%d rows: %s", len(rows), out.String())
	}
	r := rows[0]
	c := r.Cohort
	if r.Period != "2025" || r.DepartmentCode != "A" || c.OnTime != 3 || c.Late != 2 || c.Overdue != 2 || c.Pending != 2 || c.Withdrawn != 1 ||
		c.Rate == nil || math.Abs(*c.Rate-300.0/7) > 1e-9 {
		t.Fatalf("%+v", r)
	}
	if r.KM.Median == nil || *r.KM.Median != 24 || !r.KM.Reached {
		t.Fatalf("KM %+v", r.KM)
	}
	comp := r.Completion
	if comp.OnTime == nil || math.Abs(*comp.OnTime-400.0/6) > 1e-9 || comp.OnTimeN != 6 || comp.TTR == nil || *comp.TTR != 11 || comp.TTRN != 6 {
		t.Fatalf("completion %+v", comp)
	}
	out.Reset()
	if code := Run(args, &out, &errOut); code != 0 {
		t.Fatal(errOut.String())
	}
	for _, w := range []string{"към 2025-03-31", "42,9\u00a0% [15,8–75,0] n=7", "24 [", "|      66,7\u00a0% n=6"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("the table lacks %q:\n%s", w, out.String())
		}
	}
	// the median of the completed ones, an optional column, is there with --wide
	out.Reset()
	if code := Run(append(args, "--wide"), &out, &errOut); code != 0 || !strings.Contains(out.String(), "11,0 n=6") {
		t.Errorf("--wide lacks \"11,0 n=6\":\n%s", out.String())
	}
	out.Reset()
	Run(append(args, "--lang", "en"), &out, &errOut)
	if !strings.Contains(out.String(), "done on time") || !strings.Contains(out.String(), "42.9\u00a0%") {
		t.Errorf("English table:\n%s", out.String())
	}
}

// Signals, and a median that is not reached is said in words, never NaN.
func TestBacklogSignalsAndNotReached(t *testing.T) {
	db := fixtureDB(t, "signals.sql")
	var out, errOut bytes.Buffer
	if code := Run([]string{"backlog", "--db", db, "--register", "signals", "--grain", "month"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "към 2025-08-20") || !strings.Contains(out.String(), "60,0\u00a0% [") || strings.Contains(out.String(), "NaN") {
		t.Fatalf("%s", out.String())
	}
	// By month, the ten requests' March cohort (G and H, both still open) has no completion: its
	// median is not reached, in words.
	ten := fixtureDB(t, "ten_requests.sql")
	out.Reset()
	if code := Run([]string{"backlog", "--db", ten, "--department", "A", "--grain", "month", "--from", "2025-01-01", "--as-of", "2025-03-31", "--wide"}, &out, &errOut); code != 0 {
		t.Fatal(errOut.String())
	}
	var march string
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "2025-03  A") {
			march = line
		}
	}
	if !strings.Contains(march, "не е достигната [не е достигната–не е достигната] n=2") {
		t.Fatalf("%s", out.String())
	}
	out.Reset()
	Run([]string{"backlog", "--db", ten, "--department", "A", "--grain", "month", "--from", "2025-01-01", "--as-of", "2025-03-31", "--format", "json"}, &out, &errOut)
	if strings.Contains(out.String(), "NaN") || !strings.Contains(out.String(), `"median_reached": false`) {
		t.Fatalf("%s", out.String())
	}
}

func TestBacklogBadArguments(t *testing.T) {
	db := fixtureDB(t, "signals.sql")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--register", "complaints"}, 2, "unknown register"},
		{[]string{"--from", "2025-02-30"}, 2, `--from: bad date "2025-02-30" (YYYY-MM-DD expected`},
		{[]string{"--from", "2025-03-01", "--to", "2025-01-01"}, 2, "is before --from"},
		{[]string{"--department", "Z"}, 2, "unknown department \"Z\" (known: A)"},
		{[]string{"--format", "csv"}, 2, "unknown format"},
		{[]string{"--register", "requests"}, 1, "the requests register is empty"},
	} {
		var out, errOut bytes.Buffer
		if code := Run(append([]string{"backlog", "--db", db}, c.args...), &out, &errOut); code != c.code || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%v: exit %d, %q", c.args, code, errOut.String())
		}
	}
}

// The St. Louis register of 2009 (shared/data): what was filed in 2009, as of the year's end and as
// of the register's last date. Every request filed is in exactly one class (the classes add up to
// SVC_COUNT, computed through the catalogue), and the open past due are the backlog that
// SVC_ONTIME, by completion date, never sees.
func TestBacklogOnStLouis(t *testing.T) {
	var files []string
	for _, name := range []string{"stl_csb_2008.csv", "stl_csb_2009.csv"} {
		p := filepath.Join("..", "..", "shared", "data", name)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not found (the shared exports live beside the checkout in shared/data)", p)
		}
		files = append(files, p)
	}
	db := filepath.Join(t.TempDir(), "stl.duckdb")
	var out, errOut bytes.Buffer
	if code := Run(append([]string{"import", "--db", db, "--profile", "../profiles/examples/stl_csb_service_requests.yaml"}, files...), &out, &errOut); code != 0 {
		t.Fatalf("import: %d %s", code, errOut.String())
	}
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SVC_COUNT", "--by", "", "--grain", "year", "--from", "2009-01-01", "--to", "2009-12-31", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatal(errOut.String())
	}
	var counts []struct {
		Value *float64 `json:"value"`
	}
	if err := json.Unmarshal(out.Bytes(), &counts); err != nil || len(counts) != 1 || counts[0].Value == nil {
		t.Fatalf("%v %s", err, out.String())
	}
	for _, asOf := range []string{"2009-12-31", ""} {
		out.Reset()
		args := []string{"backlog", "--db", db, "--from", "2009-01-01", "--to", "2009-12-31", "--format", "json"}
		if asOf != "" {
			args = append(args, "--as-of", asOf)
		}
		if code := Run(args, &out, &errOut); code != 0 {
			t.Fatal(errOut.String())
		}
		var rows []backlogRow
		if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
			t.Fatal(err)
		}
		total := rows[len(rows)-1]
		c := total.Cohort
		if total.DepartmentCode != "" || c.Filed != int(*counts[0].Value) ||
			c.OnTime+c.Late+c.Overdue+c.Pending+c.Withdrawn+c.NoDeadline+c.BadDates != c.Filed {
			t.Fatalf("as of %q: %+v, SVC_COUNT %v", asOf, c, *counts[0].Value)
		}
		if asOf != "" && (c.Overdue == 0 || total.Completion.OnTimeN >= int64(c.RateN)) {
			t.Fatalf("at the year's end the backlog is open past due and outside SVC_ONTIME: %+v %+v", c, total.Completion)
		}
		t.Logf("as of %s: filed %d, on time %d, late %d, open past due %d, pending %d; rate %.1f %% (n %d); KM median %v; SVC_ONTIME %.1f %% (n %d), SVC_TTR %v",
			total.AsOf, c.Filed, c.OnTime, c.Late, c.Overdue, c.Pending, *c.Rate, c.RateN, *total.KM.Median, *total.Completion.OnTime, total.Completion.OnTimeN, *total.Completion.TTR)
	}
}
