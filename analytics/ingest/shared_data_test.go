package ingest

import (
	"context"
	"encoding/csv"
	"io"
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

// readAllLines is readAll with the line each record starts on (the row number the quarantine names).
func readAllLines(t *testing.T, path string) ([]string, [][]string, []int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	var lines []int
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		line, _ := r.FieldPos(0)
		rows, lines = append(rows, rec), append(lines, line)
	}
	return header, rows, lines
}

func TestStLouisRegisterThroughTheExampleProfile(t *testing.T) {
	s := openStore(t)
	p := mustProfile(t, "../../profiles/examples/stl_csb_service_requests.yaml")
	for _, name := range []string{"stl_csb_2008.csv", "stl_csb_2009.csv"} {
		path := sharedFile(t, name)
		header, rows, lines := readAllLines(t, path)
		col := map[string]int{}
		for i, h := range header {
			col[h] = i
		}
		before := count(t, s, "SELECT count(*) FROM service_requests")
		sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// Rows rejected for a reason of their own (a bad value) take no part in the count below.
		rejectedLine := map[int]bool{}
		qr, err := s.DB.Query("SELECT DISTINCT row_number FROM quarantine WHERE file_name = ? AND kind = 'rejected'", name)
		if err != nil {
			t.Fatal(err)
		}
		for qr.Next() {
			var n int
			qr.Scan(&n)
			rejectedLine[n] = true
		}
		qr.Close()
		// Independent count: per REQUESTID the row kept is the one with the most non-empty mapped
		// cells, the later one on a tie; rows with its content are duplicates, the others conflicting copies.
		mapped := []string{"REQUESTID", "DATETIMEINIT", "PRJCOMPLETEDATE", "DATETIMECLOSED", "DATECANCELLED", "SUBMITTO", "PROBLEMCODE", "CALLERTYPE", "STATUS"}
		type copyOf struct {
			content string
			filled  int
			caller  string
		}
		copies := map[string][]copyOf{}
		for i, r := range rows {
			if rejectedLine[lines[i]] {
				continue
			}
			var b strings.Builder
			filled := 0
			for _, c := range mapped {
				b.WriteString(r[col[c]] + "\x1f")
				if strings.TrimSpace(r[col[c]]) != "" {
					filled++
				}
			}
			id := r[col["REQUESTID"]]
			copies[id] = append(copies[id], copyOf{b.String(), filled, r[col["CALLERTYPE"]]})
		}
		wantNew, wantDup, wantConflicts, wantWeb := 0, 0, 0, 0
		for _, cs := range copies {
			kept := cs[0]
			for _, c := range cs[1:] {
				if c.filled >= kept.filled {
					kept = c
				}
			}
			wantNew++
			differ := 0
			for _, c := range cs {
				if c.content != kept.content {
					differ++
				}
			}
			wantConflicts += differ
			wantDup += len(cs) - 1 - differ
			if differ > 0 && kept.caller == "WEB" {
				wantWeb++
			}
		}
		t.Logf("%s: read %d · new %d · duplicates %d · conflicting copies %d · rejected %d", name, sum.Read, sum.New, sum.Duplicates, sum.Conflicting, sum.Rejected)
		if sum.Read != len(rows) || sum.New != wantNew || sum.Duplicates != wantDup || sum.Conflicting != wantConflicts || sum.Rejected != len(rejectedLine) {
			t.Errorf("%s: read %d new %d dup %d conflicting %d rejected %d; independent count: %d, %d, %d, %d, %d",
				name, sum.Read, sum.New, sum.Duplicates, sum.Conflicting, sum.Rejected, len(rows), wantNew, wantDup, wantConflicts, len(rejectedLine))
		}
		// Every REQUESTID not rejected for another reason is stored exactly once.
		if got := count(t, s, "SELECT count(*) FROM service_requests") - before; got != len(copies) {
			t.Errorf("%s: %d records added, want one per request (%d)", name, got, len(copies))
		}
		if got := count(t, s, "SELECT count(*) FROM quarantine WHERE file_name = ? AND kind = 'conflict'", name); got != wantConflicts {
			t.Errorf("%s: %d conflicting copies in the quarantine, want %d", name, got, wantConflicts)
		}
		if got := count(t, s, `SELECT count(*) FROM service_requests WHERE channel = 'portal'
			AND id IN (SELECT DISTINCT value FROM quarantine WHERE file_name = ? AND kind = 'conflict')`, name); got != wantWeb {
			t.Errorf("%s: %d conflicted requests kept the WEB copy, want %d", name, got, wantWeb)
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

// The same survey's file for another quarter imports through the same profile: the quarter label is
// read as a period (the quarter that ends in the named month), not looked up in a per-label map.
func TestKansasCitySurveyOfAnotherQuarter(t *testing.T) {
	src := sharedFile(t, "kc_resident_survey_mar2022.csv")
	body, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := readAll(t, src)
	for _, c := range []struct{ label, want string }{{"4QJUN2022", "2022-06-30"}, {"1QSEP2023", "2023-09-30"}} {
		path := filepath.Join(t.TempDir(), "kc_resident_survey_"+c.label+".csv")
		if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(body), "3QMAR2022", c.label)), 0o644); err != nil {
			t.Fatal(err)
		}
		s := openStore(t)
		p := mustProfile(t, "../../profiles/examples/kc_resident_survey.yaml")
		sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", c.label, err)
		}
		if sum.Read != len(rows) || sum.New != len(rows) || sum.Rejected != 0 {
			t.Fatalf("%s: summary %+v", c.label, sum)
		}
		var dates int
		var date string
		s.DB.QueryRow("SELECT count(DISTINCT response_date)::INTEGER, strftime(min(response_date), '%Y-%m-%d') FROM survey_responses").Scan(&dates, &date)
		if dates != 1 || date != c.want {
			t.Errorf("%s: %d dates, first %s; want only %s", c.label, dates, date, c.want)
		}
		if got := count(t, s, "SELECT count(*) FROM survey_responses WHERE survey_id = 'KC-"+c.label+"'"); got != len(rows) {
			t.Errorf("%s: %d responses of survey KC-%s, want %d", c.label, got, c.label, len(rows))
		}
	}
}
