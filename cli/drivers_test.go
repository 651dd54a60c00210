package cli

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"otzvuk/analytics/drivers"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/store"
)

func driversDemoDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "drivers.duckdb")
	s, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestDriversOnTheDemo(t *testing.T) {
	db := driversDemoDB(t)
	var out, errOut bytes.Buffer
	if code := Run([]string{"drivers", "--db", db, "--format", "json", "--bootstrap", "100"}, &out, &errOut); code != 0 {
		t.Fatalf("drivers exit %d: %s", code, errOut.String())
	}
	var res drivers.Matrix
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if res.Hidden || res.N < 100 || len(res.Drivers) != len(drivers.Items) || res.R2 <= 0 || res.R2 > 1 {
		t.Fatalf("municipal drivers: n %d hidden %v R² %v drivers %d", res.N, res.Hidden, res.R2, len(res.Drivers))
	}
	sum := 0.0
	for _, d := range res.Drivers {
		sum += d.Percent
		if d.Quadrant.ID == "" || d.Performance < 0 || d.Performance > 100 || !(d.PctLo <= d.Percent && d.Percent <= d.PctHi) {
			t.Errorf("driver %+v", d)
		}
	}
	if math.Abs(sum-100) > 1e-6 {
		t.Errorf("percent of R² sums to %v", sum)
	}
	t.Logf("demo: n = %d, R² = %.3f", res.N, res.R2)

	out.Reset()
	again := bytes.Buffer{}
	Run([]string{"drivers", "--db", db, "--format", "csv", "--bootstrap", "100"}, &out, &errOut)
	Run([]string{"drivers", "--db", db, "--format", "csv", "--bootstrap", "100"}, &again, &errOut)
	if out.String() != again.String() {
		t.Error("two runs with the same seed differ")
	}
	recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil || len(recs) != len(drivers.Items)+1 || strings.Join(recs[0], ",") != strings.Join(driverColumns, ",") {
		t.Fatalf("csv: %v %q", err, recs)
	}

	out.Reset()
	if code := Run([]string{"drivers", "--db", db, "--bootstrap", "0"}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "Срочност / Timeliness") {
		t.Fatalf("table exit %d:\n%s", code, out.String())
	}

	// An unknown department is an error naming it, not an empty result.
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"drivers", "--db", db, "--department", "NOSUCH", "--format", "json"}, &out, &errOut); code != 2 ||
		!strings.Contains(errOut.String(), `unknown department "NOSUCH"`) || !strings.Contains(errOut.String(), `непознат отдел "NOSUCH"`) || out.Len() != 0 {
		t.Fatalf("unknown department exit %d: %s", code, errOut.String())
	}
}

func TestDriversBadArguments(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Run([]string{"drivers", "--db", filepath.Join(t.TempDir(), "none.duckdb")}, &out, &errOut); code != 1 {
		t.Errorf("missing database: exit %d", code)
	}
	if code := Run([]string{"drivers", "--format", "xml"}, &out, &errOut); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
}

// --year 2025 reads only that year's responses and names the period in every format; without it
// the output names every year by its first and last response.
func TestDriversNameTheirPeriod(t *testing.T) {
	db := driversDemoDB(t)
	conn, err := sql.Open("duckdb", db+"?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	var first, last string
	var in2025 int
	if err := conn.QueryRow(`SELECT strftime(min(response_date), '%Y-%m-%d'), strftime(max(response_date), '%Y-%m-%d'),
		count(*) FILTER (WHERE year(response_date) = 2025) FROM survey_responses`).Scan(&first, &last, &in2025); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	type result struct {
		Period, From, To string
		N                int
	}
	get := func(args ...string) result {
		var out, errOut bytes.Buffer
		if code := Run(append([]string{"drivers", "--db", db, "--bootstrap", "0", "--format", "json"}, args...), &out, &errOut); code != 0 {
			t.Fatalf("drivers %v exit %d: %s", args, code, errOut.String())
		}
		var r result
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out.String())
		}
		return r
	}
	all, year := get(), get("--year", "2025")
	if all.Period != "" || all.From != first || all.To != last {
		t.Errorf("every year: %+v; the responses run %s … %s", all, first, last)
	}
	if year.Period != "2025" || year.From != "2025-01-01" || year.To != "2025-12-31" {
		t.Errorf("--year 2025: %+v", year)
	}
	// the complete responses of 2025 only: fewer than every year's, at most 2025's responses
	if year.N <= 0 || year.N >= all.N || year.N > in2025 {
		t.Errorf("--year 2025 n = %d; every year n = %d, responses in 2025 %d", year.N, all.N, in2025)
	}

	var out, errOut bytes.Buffer
	if code := Run([]string{"drivers", "--db", db, "--bootstrap", "0", "--year", "2025", "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("csv exit %d: %s", code, errOut.String())
	}
	recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("csv: %v %q", err, recs)
	}
	for _, r := range recs[1:] {
		if r[0] != "2025" || r[1] != "2025-01-01" || r[2] != "2025-12-31" {
			t.Errorf("csv row without its period: %q", r)
		}
	}
	for args, heading := range map[string]string{
		"2025": fmt.Sprintf("Ключови фактори — община, 2025 г. / key drivers of the overall rating — municipality, 2025: n = %d", year.N),
		"":     fmt.Sprintf("всички години (%s … %s) / key drivers of the overall rating — municipality, every year (%s … %s): n = %d", first, last, first, last, all.N),
	} {
		out.Reset()
		a := []string{"drivers", "--db", db, "--bootstrap", "0"}
		if args != "" {
			a = append(a, "--year", args)
		}
		if code := Run(a, &out, &errOut); code != 0 || !strings.Contains(out.String(), heading) {
			t.Errorf("table %v exit %d, want %q:\n%s", a, code, heading, out.String())
		}
	}
	if code := Run([]string{"drivers", "--db", db, "--year", "1999"}, &out, &errOut); code != 2 {
		t.Errorf("--year 1999: exit %d", code)
	}
}
