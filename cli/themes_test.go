package cli

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
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

// The themes as the window lists them, checked against the comments' stored themes: the most
// mentioned first, a theme no comment mentions left out (the municipality's own kept), and a
// partial last period (the range ends on 30 June 2025) compared with the same days of 2024 — its
// share and the year-ago share each counted straight from the comments, said so in every format.
func TestThemesSortedWithThePartialPeriodComparedLikeTheWindow(t *testing.T) {
	db := driversDemoDB(t)
	os.MkdirAll(filepath.Join(filepath.Dir(db), "themes"), 0o755)
	os.WriteFile(filepath.Join(filepath.Dir(db), "themes", "heat.yaml"),
		[]byte("- id: heat\n  name: {bg: Жега, en: Heat}\n  words: [жегааа]\n"), 0o644)
	args := []string{"themes", "--db", db, "--from", "2024-01-01", "--to", "2025-06-30", "--grain", "year"}
	var out, errOut bytes.Buffer
	if code := Run(append(args, "--format", "json"), &out, &errOut); code != 0 {
		t.Fatalf("themes exit %d: %s", code, errOut.String())
	}
	var rows []themeRow
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}

	conn, err := sql.Open("duckdb", db+"?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	// every theme's mentions in the range, the most first (ties by id), from the stored themes
	var want []string
	ts, err := conn.Query(`SELECT t, count(*) AS n FROM (SELECT unnest(themes) AS t FROM v_comments
		WHERE date BETWEEN '2024-01-01' AND '2025-06-30') GROUP BY t ORDER BY n DESC, t`)
	if err != nil {
		t.Fatal(err)
	}
	for ts.Next() {
		var id string
		var n int64
		ts.Scan(&id, &n)
		want = append(want, id)
	}
	ts.Close()
	want = append(want, "heat") // no comment says жегааа: the municipality's own theme stays, last
	var got []string
	for _, r := range rows {
		if len(got) == 0 || got[len(got)-1] != r.Theme {
			got = append(got, r.Theme)
		}
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("themes in the order\n %v\nwant (by mentions, unmentioned left out)\n %v", got, want)
	}
	if len(want) < 5 || len(want) >= 14 {
		t.Fatalf("the demo should mention some themes and not others: %v", want)
	}

	share := func(theme, from, to string) float64 {
		var k, n float64
		if err := conn.QueryRow(`SELECT count(*) FILTER (WHERE list_contains(themes, ?)), count(*) FROM v_comments
			WHERE date BETWEEN ?::DATE AND ?::DATE`, theme, from, to).Scan(&k, &n); err != nil {
			t.Fatal(err)
		}
		return 100 * k / n
	}
	near := func(p *float64, x float64) bool { return p != nil && *p > x-1e-9 && *p < x+1e-9 }
	checked := 0
	for _, r := range rows {
		if r.Period != "2025" || r.Theme == "heat" {
			continue
		}
		now, before := share(r.Theme, "2025-01-01", "2025-06-30"), share(r.Theme, "2024-01-01", "2024-06-30")
		if r.Complete || !r.YearAgoSameSpan || r.YearAgoWithheld || r.YearAgoFrom != "2024-01-01" || r.YearAgoTo != "2024-06-30" ||
			!near(r.Share, now) || !near(r.YearAgo, before) || !near(r.YearAgoDiff, now-before) || !r.PrevWithheld || r.PrevDiff != nil {
			t.Errorf("%s 2025 (partial): %+v; the comments say %.4f now, %.4f on the same days of 2024", r.Theme, r, now, before)
		}
		checked++
	}
	if checked != len(want)-1 {
		t.Fatalf("checked %d partial rows of %d themes", checked, len(want)-1)
	}
	conn.Close() // the CLI opens the database for writing

	out.Reset()
	if code := Run(append(args, "--format", "csv"), &out, &errOut); code != 0 {
		t.Fatalf("themes csv exit %d: %s", code, errOut.String())
	}
	recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil || len(recs) != len(rows)+1 {
		t.Fatalf("csv: %v, %d records for %d rows", err, len(recs), len(rows))
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	for i, rec := range recs[1:] {
		if rec[col["theme"]] != rows[i].Theme || rec[col["period"]] != rows[i].Period ||
			rec[col["year_ago_same_span"]] != strconv.FormatBool(rows[i].YearAgoSameSpan) || rec[col["year_ago_from"]] != rows[i].YearAgoFrom {
			t.Fatalf("csv row %d %v differs from the JSON %+v", i, rec, rows[i])
		}
	}

	out.Reset()
	if code := Run(append(args, "--wide"), &out, &errOut); code != 0 {
		t.Fatalf("themes table exit %d: %s", code, errOut.String())
	}
	table := out.String()
	if !strings.Contains(table, "2025 (непълен / partial)") || !strings.Contains(table, "* непълен период: спрямо същите дни година по-рано, 2024-01-01 … 2024-06-30 / a partial period: against the same days a year earlier, 2024-01-01 … 2024-06-30") {
		t.Fatalf("the table does not say what the partial period is compared with:\n%s", table)
	}
	if strings.Index(table, rows[0].NameBG) > strings.Index(table, "Жега") {
		t.Fatalf("the table is not in the JSON's order:\n%s", table)
	}
}
