package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
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
