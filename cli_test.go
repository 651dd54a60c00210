package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemoThenIndicatorsJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.duckdb")
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"demo", "--db", db, "--seed", "3"}, &out, &errOut); code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := dispatch([]string{"indicators", "--db", db, "--format", "json", "--grain", "year"}, &out, &errOut); code != 0 {
		t.Fatalf("indicators exit %d: %s", code, errOut.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out.String())
	}
	depts, totals := map[any]bool{}, 0
	for _, r := range rows {
		for _, k := range []string{"indicator", "period", "department", "value", "n"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("row lacks %q: %v", k, r)
			}
		}
		if r["indicator"] != "SAT_IDX" {
			t.Fatalf("indicator %v", r["indicator"])
		}
		if r["department"] == nil {
			totals++
		} else {
			depts[r["department"]] = true
		}
	}
	if len(depts) != 8 || totals != 4 { // 2023 (Nov–Dec) … 2026
		t.Fatalf("%d departments and %d municipal totals, want 8 and 4", len(depts), totals)
	}
}

func TestIndicatorsCSVHasTheJSONColumns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "csv.duckdb")
	var out, errOut bytes.Buffer
	dispatch([]string{"demo", "--db", db}, &out, &errOut)
	out.Reset()
	if code := dispatch([]string{"indicators", "--db", db, "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "indicator,period,department,value,n" {
		t.Fatalf("header %q", got)
	}
	if len(recs) < 36*9 {
		t.Fatalf("only %d rows for 36 months × (8 departments + total)", len(recs))
	}
}

func TestDemoRefusesADatabaseWithData(t *testing.T) {
	db := filepath.Join(t.TempDir(), "twice.duckdb")
	var out, errOut bytes.Buffer
	dispatch([]string{"demo", "--db", db}, &out, &errOut)
	errOut.Reset()
	if code := dispatch([]string{"demo", "--db", db}, &out, &errOut); code == 0 || !strings.Contains(errOut.String(), "вече съдържа данни") {
		t.Fatalf("second demo: exit %d, %q", code, errOut.String())
	}
}

func TestBadArgumentsAreClear(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"indicators", "--format", "xml"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown format") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := dispatch([]string{"indicators", "--grain", "week"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown grain") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := dispatch([]string{"frobnicate"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown command") {
		t.Fatalf("exit %d, %q", code, errOut.String())
	}
}

func TestHelpListsSubcommands(t *testing.T) {
	var out, errOut bytes.Buffer
	dispatch([]string{"--help"}, &out, &errOut)
	for _, c := range []string{"demo", "indicators", "--db"} {
		if !strings.Contains(out.String(), c) {
			t.Errorf("help lacks %q", c)
		}
	}
}
