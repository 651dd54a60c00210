package cli

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// otzvuk themes on the demo: MDT's waiting in 2025 is the count of its comments with the stored
// theme over its comments, read straight from the tables; a municipality's own theme whose name
// is a formula reaches the CSV neutralised.
func TestThemesOnTheDemo(t *testing.T) {
	db := driversDemoDB(t)
	os.MkdirAll(filepath.Join(filepath.Dir(db), "themes"), 0o755)
	os.WriteFile(filepath.Join(filepath.Dir(db), "themes", "heat.yaml"),
		[]byte("- id: heat\n  name: {bg: \"=HYPERLINK(1)\", en: Heat}\n  words: [климатик, климатикът, задушно, жега]\n"), 0o644)
	var out, errOut bytes.Buffer
	if code := Run([]string{"themes", "--db", db, "--department", "MDT", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("themes exit %d: %s", code, errOut.String())
	}
	var rows []themeRow
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	var waiting *themeRow
	for i := range rows {
		if rows[i].Department != "MDT" {
			t.Fatalf("a row of another department: %+v", rows[i])
		}
		if rows[i].Theme == "waiting" {
			waiting = &rows[i]
		}
	}
	conn, err := sql.Open("duckdb", db+"?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	var mentions, n int64
	if err := conn.QueryRow(`SELECT count(*) FILTER (WHERE list_contains(themes, 'waiting')), count(*) FROM v_comments
		WHERE department_code = 'MDT' AND year(date) = 2025`).Scan(&mentions, &n); err != nil {
		t.Fatal(err)
	}
	if waiting == nil || waiting.N != n || waiting.Mentions != mentions || waiting.Share == nil || n == 0 {
		t.Fatalf("waiting %+v; the tables say %d of %d", waiting, mentions, n)
	}
	conn.Close()
	out.Reset()
	if code := Run([]string{"themes", "--db", db, "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("themes csv exit %d: %s", code, errOut.String())
	}
	recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range recs {
		if r[0] == "heat" {
			found = true
			if r[1] != "'=HYPERLINK(1)" {
				t.Fatalf("the formula name reached the CSV as %q", r[1])
			}
		}
	}
	if !found {
		t.Fatal("the municipality's own theme is missing")
	}
}
