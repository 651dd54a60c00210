package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The 20-point series of issue 23 (testdata/spc_20_points.csv), worked out by hand in
// analytics/spc's TestTwentyPointSeriesByHand: Σ 1712, mean 85.6; moving ranges Σ 66 over 19,
// 14 and 15 screened (≥ 3.267 × 66/19 = 11.348), mean moving range 37/17 = 2.17647; limits
// 85.6 ∓ 2.66 × 37/17 = 79.81059 … 91.38941; 70 (July 2024) below the lower limit, the last eight
// above the mean (a run); variation improvement; target 90 between the limits: hit and miss.
func TestSPCValuesTwentyPointsByHand(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Run([]string{"spc", "--values", "testdata/spc_20_points.csv", "--direction", "higher", "--target", "90", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got spcOutput
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err, out.String())
	}
	if len(got.Segments) != 1 || len(got.Points) != 20 {
		t.Fatalf("%d segments, %d points", len(got.Segments), len(got.Points))
	}
	s := got.Segments[0]
	for _, c := range []struct {
		name string
		got  *float64
		want float64
	}{{"mean", s.Mean, 85.6}, {"mean MR", s.MeanMR, 2.17647059}, {"LPL", s.Lower, 79.81058824}, {"UPL", s.Upper, 91.38941176}} {
		if c.got == nil || math.Abs(*c.got-c.want) > 1e-6 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	for i, p := range got.Points {
		want := ""
		switch {
		case i == 6:
			want = "below_lower_limit"
		case i >= 12:
			want = "run_above_mean"
		}
		if p.Rule != want {
			t.Errorf("%s: %q, want %q", p.Date, p.Rule, want)
		}
	}
	if !got.Points[6].Screened || !got.Points[7].Screened || got.Points[5].Screened {
		t.Error("the moving ranges 14 and 15 are the screened ones")
	}
	if got.Variation != "improvement" || got.Assurance != "inconsistent" || s.Improvements != 8 || s.Concerns != 1 {
		t.Fatalf("%s %s %+v", got.Variation, got.Assurance, s)
	}
	// The table in both languages.
	out.Reset()
	Run([]string{"spc", "--values", "testdata/spc_20_points.csv", "--direction", "higher", "--target", "90"}, &out, &errOut)
	for _, w := range []string{"средна 85,600", "79,811 … 91,389", "под долната граница", "особена причина — подобрение", "ту изпълнява, ту не изпълнява целта", "изключен"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("the Bulgarian table lacks %q:\n%s", w, out.String())
		}
	}
	out.Reset()
	Run([]string{"spc", "--values", "testdata/spc_20_points.csv", "--direction", "higher", "--target", "90", "--lang", "en", "--rebase", "2025-01-01"}, &out, &errOut)
	for _, w := range []string{"Segment 2: 2025-01-01 … 2025-08-01", "mean 83.500", "74.456 … 92.544", "trial limits", "common cause"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("the English table lacks %q:\n%s", w, out.String())
		}
	}
}

func TestSPCBadInputIsNamed(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("date;value\n2024-01-01;3\n2024-02-01;три\n"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"spc", "--values", bad}, 1, "bad.csv, ред 3, колона „value“: „три“ не е число"},
		{[]string{"spc", "--values", bad}, 1, `row 3, column "value"`},
		{[]string{"spc", "--values", filepath.Join(dir, "none.csv")}, 1, "cannot open the file"},
		{[]string{"spc"}, 2, "give either --indicator ID"},
		{[]string{"spc", "--values", bad, "--indicator", "SAT_IDX"}, 2, "give either"},
		{[]string{"spc", "--values", bad, "--direction", "up"}, 2, "is not higher, lower or none"},
		{[]string{"spc", "--values", bad, "--target", "NaN"}, 2, "is not a number"},
		{[]string{"spc", "--values", bad, "--rebase", "2024-13-01"}, 2, "--rebase"},
		{[]string{"spc", "--values", bad, "--format", "csv"}, 2, "unknown format"},
		{[]string{"spc", "--indicator", "SAT_IDX", "--db", filepath.Join(dir, "missing.duckdb")}, 1, "does not exist"},
	} {
		var out, errOut bytes.Buffer
		if code := Run(c.args, &out, &errOut); code != c.code || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, errOut.String(), c.code, c.want)
		}
	}
}

// On the demo: an indicator's monthly series has the demo's 36 whole months; a department is
// found whatever its case; an unknown one and an unknown indicator are named.
func TestSPCIndicatorOnTheDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "spc.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: %s", errOut.String())
	}
	out.Reset()
	if code := Run([]string{"spc", "--db", db, "--indicator", "SVC_ONTIME", "--department", "grao", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got spcOutput
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Department != "GRAO" || got.Direction != "higher" || got.Target == nil || *got.Target != 95 || len(got.Points) != 36 ||
		got.Variation == "" || got.Assurance == "" || strings.Contains(out.String(), "NaN") {
		t.Fatalf("%+v", got)
	}
	// A range that cuts months keeps only the whole ones: 15 Jan … 10 Jun 2024 is February … May.
	out.Reset()
	if code := Run([]string{"spc", "--db", db, "--indicator", "SAT_IDX", "--from", "2024-01-15", "--to", "2024-06-10", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatal(errOut.String())
	}
	got = spcOutput{}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got.Points) != 4 || got.Points[0].Date != "2024-02-01" || got.Points[3].Date != "2024-05-01" {
		t.Fatalf("%v %+v", err, got.Points)
	}
	for _, c := range []struct{ args []string }{{[]string{"--indicator", "NOPE"}}, {[]string{"--indicator", "SAT_IDX", "--department", "NOPE"}}} {
		errOut.Reset()
		if code := Run(append([]string{"spc", "--db", db}, c.args...), &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown") {
			t.Errorf("%v: exit %d, %q", c.args, code, errOut.String())
		}
	}
	errOut.Reset()
	if code := Run([]string{"spc", "--db", db, "--indicator", "CHANNEL_MIX"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "is a mix") {
		t.Errorf("a mix: exit %d, %q", code, errOut.String())
	}
}
