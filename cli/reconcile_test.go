package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The St. Louis registers re-reconciled through the CLI: every distinct REQUESTID is stored once,
// and SVC_COUNT summed over the file's periods equals that count (an independent encoding/csv count).
func TestStLouisSVCCountReconciles(t *testing.T) {
	files := []string{"stl_csb_2008.csv", "stl_csb_2009.csv"}
	distinct := map[string]bool{}
	for _, name := range files {
		p := filepath.Join("..", "..", "shared", "data", name)
		f, err := os.Open(p)
		if err != nil {
			t.Skipf("%s not found (the shared exports live beside the checkout in shared/data)", p)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		id := -1
		for i, h := range recs[0] {
			if h == "REQUESTID" {
				id = i
			}
		}
		for _, r := range recs[1:] {
			distinct[r[id]] = true
		}
	}
	db := filepath.Join(t.TempDir(), "stl.duckdb")
	args := []string{"import", "--db", db, "--profile", "../profiles/examples/stl_csb_service_requests.yaml"}
	for _, name := range files {
		args = append(args, filepath.Join("..", "..", "shared", "data", name))
	}
	var out, errOut bytes.Buffer
	if code := Run(args, &out, &errOut); code != 0 {
		t.Fatalf("import: %d %s %s", code, out.String(), errOut.String())
	}
	out.Reset()
	if code := Run([]string{"indicators", "--db", db, "--indicator", "SVC_COUNT", "--by", "", "--grain", "month", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("indicators: %d %s", code, errOut.String())
	}
	var rows []struct {
		Value    *float64 `json:"value"`
		Complete bool     `json:"complete"`
		Basis    string   `json:"date_basis"`
	}
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, r := range rows {
		if r.Value != nil {
			total += *r.Value
		}
		if r.Basis != "submitted" {
			t.Fatalf("date basis %q", r.Basis)
		}
	}
	if int(total) != len(distinct) {
		t.Fatalf("SVC_COUNT sums to %v over the months, the files hold %d distinct requests", total, len(distinct))
	}
	t.Logf("%d distinct requests, SVC_COUNT over %d months = %v", len(distinct), len(rows), total)
}
