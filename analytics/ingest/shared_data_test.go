package ingest

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The real public exports in ../shared/data are read from there, never copied. Counts are checked
// against an independent count made here with encoding/csv.
const sharedData = "../../../shared/data"

func sharedFile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(sharedData, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (the shared exports live beside the checkout in shared/data): %v", p, err)
	}
	return p
}

func readAll(t *testing.T, path string) ([]string, [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs[0], recs[1:]
}

func TestStLouisRegisterThroughTheExampleProfile(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "../../profiles/examples/stl_csb_service_requests.yaml")
	for _, name := range []string{"stl_csb_2008.csv", "stl_csb_2009.csv"} {
		path := sharedFile(t, name)
		header, rows := readAll(t, path)
		col := map[string]int{}
		for i, h := range header {
			col[h] = i
		}
		// Independent count: rows per REQUESTID; one content → 1 new + the rest duplicates; several → all rejected.
		mapped := []string{"DATETIMEINIT", "PRJCOMPLETEDATE", "DATETIMECLOSED", "DATECANCELLED", "SUBMITTO", "PROBLEMCODE", "CALLERTYPE", "STATUS"}
		contents := map[string]map[string]int{}
		for _, r := range rows {
			var b strings.Builder
			for _, c := range mapped {
				b.WriteString(r[col[c]] + "\x1f")
			}
			id := r[col["REQUESTID"]]
			if contents[id] == nil {
				contents[id] = map[string]int{}
			}
			contents[id][b.String()]++
		}
		wantNew, wantDup, wantRejected := 0, 0, 0
		for _, c := range contents {
			total := 0
			for _, n := range c {
				total += n
			}
			if len(c) == 1 {
				wantNew++
				wantDup += total - 1
			} else {
				wantRejected += total
			}
		}
		before := count(t, s, "SELECT count(*) FROM service_requests")
		sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if sum.Read != len(rows) || sum.New != wantNew || sum.Duplicates != wantDup || sum.Rejected != wantRejected {
			t.Errorf("%s: read %d new %d dup %d rejected %d; independent count: %d, %d, %d, %d",
				name, sum.Read, sum.New, sum.Duplicates, sum.Rejected, len(rows), wantNew, wantDup, wantRejected)
		}
		if got := count(t, s, "SELECT count(*) FROM service_requests") - before; got != wantNew {
			t.Errorf("%s: %d records added, want %d", name, got, wantNew)
		}
		if got := count(t, s, "SELECT count(*) FROM quarantine WHERE file_name = ?", name); got != wantRejected {
			t.Errorf("%s: %d quarantined, want %d", name, got, wantRejected)
		}
	}
	// "REFUSE," and "TRAFFIC DIVISION, 511" become departments named without the comma and extension.
	if n := count(t, s, "SELECT count(*) FROM departments WHERE code IN ('REFUSE', 'TRAFFIC DIVISION')"); n != 2 {
		t.Errorf("department aliases: %d of 2", n)
	}
	if n := count(t, s, "SELECT count(*) FROM departments WHERE code LIKE '%,%' OR code LIKE '% 5__'"); n != 0 {
		t.Errorf("%d departments kept a comma or extension", n)
	}
	// Cancelled requests (CANCEL and Cancel) keep no closing date; closures years later are kept.
	if n := count(t, s, "SELECT count(*) FROM service_requests WHERE status = 'cancelled' AND cancelled_at IS NULL"); n != 0 {
		t.Errorf("%d cancelled without a date", n)
	}
	if n := count(t, s, "SELECT count(*) FROM service_requests WHERE year(completed_at) >= 2014"); n == 0 {
		t.Error("the 2014/2022 clean-up closures are missing")
	}
	var frac time.Time
	s.DB.QueryRow("SELECT completed_at FROM service_requests WHERE id = '9155'").Scan(&frac)
	if frac.Nanosecond() != 960000000 {
		t.Errorf("fractional seconds lost: %v", frac)
	}
}

func TestKansasCitySurveyThroughTheExampleProfile(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "../../profiles/examples/kc_resident_survey.yaml")
	path := sharedFile(t, "kc_resident_survey_mar2022.csv")
	header, rows := readAll(t, path)
	// Independent count of ratings: cells of q1_*–q3_* that hold 1–5 (9 = don't know and NA are not scores).
	ratings, overall, overallSum := 0, 0, 0
	for _, r := range rows {
		for i, h := range header {
			if (strings.HasPrefix(h, "q1_") || strings.HasPrefix(h, "q2_") || strings.HasPrefix(h, "q3_")) && len(r[i]) == 1 && r[i] >= "1" && r[i] <= "5" {
				ratings++
				if h == "q1_01" {
					overall++
					overallSum += int(r[i][0] - '0')
				}
			}
		}
	}
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != len(rows) || sum.New != len(rows) || sum.Rejected != 0 {
		t.Fatalf("summary %+v", sum)
	}
	if got := count(t, s, "SELECT count(*) FROM survey_ratings"); got != ratings {
		t.Errorf("%d ratings, independent count %d", got, ratings)
	}
	if got := count(t, s, "SELECT count(*) FROM survey_ratings WHERE item = 'overall'"); got != overall {
		t.Errorf("%d overall ratings, want %d", got, overall)
	}
	if got := count(t, s, "SELECT count(*) FROM survey_ratings WHERE rating = 9"); got != 0 {
		t.Errorf("%d 'don't know' answers stored as scores", got)
	}
	var sumRatings int
	s.DB.QueryRow("SELECT sum(rating)::INTEGER FROM survey_ratings WHERE item = 'overall'").Scan(&sumRatings)
	if sumRatings != overallSum {
		t.Errorf("overall ratings sum %d, want %d", sumRatings, overallSum)
	}
	if got := count(t, s, "SELECT count(DISTINCT department_code) FROM survey_responses"); got != 6 {
		t.Errorf("%d council districts, want 6", got)
	}
	if got := count(t, s, "SELECT count(*) FROM survey_responses WHERE channel = 'post'"); got == 0 {
		t.Error("Mail → post not mapped")
	}
}
