package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPooledDemoByMunicipality: demo --pooled → indicators --by municipality gives each of the
// three municipalities a value per year under the JSON key "municipality", computed from their
// records (the pool's n is the sum of theirs), and a single database refuses the dimension.
func TestPooledDemoByMunicipality(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--pooled", "--out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("demo --pooled exit %d: %s", code, errOut.String())
	}
	pooled := filepath.Join(dir, "pooled.duckdb")
	out.Reset()
	if code := Run([]string{"indicators", "--db", pooled, "--indicator", "SVC_COUNT", "--by", "municipality", "--grain", "year", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("indicators exit %d: %s", code, errOut.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	sum := map[string]float64{}
	total := map[string]float64{}
	munis := map[string]bool{}
	for _, r := range rows {
		p := r["period"].(string)
		if r["municipality"] == nil {
			total[p] = r["n"].(float64)
			continue
		}
		munis[r["municipality"].(string)] = true
		sum[p] += r["n"].(float64)
		if !strings.HasPrefix(r["municipality_name"].(string), "Демо община") {
			t.Fatalf("name %v", r["municipality_name"])
		}
	}
	if len(munis) != 3 {
		t.Fatalf("municipalities %v", munis)
	}
	for p, n := range total {
		if sum[p] != n || n == 0 {
			t.Fatalf("%s: the pool's n %v, the municipalities' sum %v", p, n, sum[p])
		}
	}
	// One municipality's database: a clear refusal in both languages, exit 2.
	single, _ := filepath.Glob(filepath.Join(dir, "municipalities", "*.duckdb"))
	errOut.Reset()
	if code := Run([]string{"indicators", "--db", single[0], "--by", "municipality"}, &out, &errOut); code != 2 ||
		!strings.Contains(errOut.String(), "otzvuk pool") || !strings.Contains(errOut.String(), "една община") {
		t.Fatalf("single database by municipality: exit %d: %s", code, errOut.String())
	}
	// The same package twice is refused, in both languages, and nothing is written.
	pkgs, _ := filepath.Glob(filepath.Join(dir, "packages", "*"))
	errOut.Reset()
	again := filepath.Join(dir, "again.duckdb")
	if code := Run([]string{"pool", "--out", again, pkgs[0], pkgs[0]}, &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "already pooled") || !strings.Contains(errOut.String(), "вече е в обединението") {
		t.Fatalf("duplicate: exit %d: %s", code, errOut.String())
	}
	if _, err := os.Stat(again); err == nil {
		t.Fatal("a pooled database was written")
	}
	// Exporting into the packages' folder (not a package) is refused.
	errOut.Reset()
	if code := Run([]string{"export-parquet", "--db", single[0], "--out", filepath.Join(dir, "packages")}, &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "not an earlier Otzvuk package") {
		t.Fatalf("export into a non-package folder: exit %d: %s", code, errOut.String())
	}
}
