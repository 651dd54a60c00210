package ingest

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/methodology"
)

const requestsProfile = `name: requests
record_kind: service_requests
fields:
  id: {column: "№"}
  department_code: {column: "Звено"}
  submitted_at: {column: "Подадено"}
  due_date: {column: "Срок"}
  completed_at: {column: "Приключено"}
  waiting_minutes: {column: "Чакане"}
`

// requestsFile: 100 good requests (R001–R100, filed 2011-03-01, due 2011-03-15, closed 2011-03-10),
// then the rows given.
func requestsFile(t *testing.T, extra ...string) string {
	var b strings.Builder
	b.WriteString("№;Звено;Подадено;Срок;Приключено;Чакане\n")
	for i := 1; i <= 100; i++ {
		fmt.Fprintf(&b, "R%03d;GRAO;2011-03-01;2011-03-15;2011-03-10;5\n", i)
	}
	for _, r := range extra {
		b.WriteString(r + "\n")
	}
	return writeFile(t, "requests.csv", b.String())
}

type quarantined struct {
	row                      int
	col, value, kind, bg, en string
}

func writeCSV(t *testing.T, path string, header []string, rows [][]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.Write(header)
	w.WriteAll(rows)
	if err := f.Close(); err != nil || w.Error() != nil {
		t.Fatal(err, w.Error())
	}
}

// A request whose projected completion is the placeholder 1900-01-01 (or 0001-01-01, or 9999-12-31)
// and one closed before it was filed keep their records: only the bad date is left out, and the
// cell is quarantined with the kind "field" and its reason. The summary counts the cells.
func TestBadOptionalFieldCostsTheFieldNotTheRecord(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(requestsProfile))
	if err != nil {
		t.Fatal(err)
	}
	path := requestsFile(t,
		"P1;GRAO;2010-05-04;1900-01-01;2010-05-20;5",          // row 102: the placeholder deadline of St. Louis 2010
		"P2;GRAO;2012-03-01;2012-03-15;2011-01-26 00:00:00;5", // row 103: closed before filed (St. Louis 2012)
		"P3;GRAO;2011-04-01;0001-01-01;;5000",                 // row 104: .NET's zero date; 5000 minutes of waiting (max 1440)
		"P4;GRAO;2011-04-02;9999-12-31;;",                     // row 105: "never"
	)
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 104 || sum.New != 104 || sum.Rejected != 0 || sum.FieldsEmptied != 5 {
		t.Fatalf("read %d new %d rejected %d emptied %d; want 104, 104, 0, 5", sum.Read, sum.New, sum.Rejected, sum.FieldsEmptied)
	}
	type rec struct {
		due, completed *time.Time
		wait           *float64
	}
	get := func(id string) rec {
		var r rec
		if err := s.DB.QueryRow("SELECT due_date, completed_at, waiting_minutes FROM service_requests WHERE id = ?", id).Scan(&r.due, &r.completed, &r.wait); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		return r
	}
	if r := get("P1"); r.due != nil || r.completed == nil || r.completed.Format("2006-01-02") != "2010-05-20" {
		t.Errorf("P1: due %v completed %v; want no deadline, completed 2010-05-20", r.due, r.completed)
	}
	if r := get("P2"); r.completed != nil || r.due == nil || r.due.Format("2006-01-02") != "2012-03-15" {
		t.Errorf("P2: completed %v due %v; want no completion, due 2012-03-15", r.completed, r.due)
	}
	if r := get("P3"); r.due != nil || r.wait != nil {
		t.Errorf("P3: due %v wait %v; want both empty", r.due, r.wait)
	}
	if r := get("P4"); r.due != nil {
		t.Errorf("P4: due %v; want none", r.due)
	}
	rows, err := s.DB.Query("SELECT row_number, column_name, value, kind, reason_bg, reason_en FROM quarantine ORDER BY row_number, column_name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var q quarantined
		if err := rows.Scan(&q.row, &q.col, &q.value, &q.kind, &q.bg, &q.en); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %s %s %s | %s | %s", q.row, q.col, q.value, q.kind, q.bg, q.en))
	}
	want := []string{
		`102 Срок 1900-01-01 field | 1900-01-01 не е истинска дата, а заместител за „няма дата“ — записът е запазен без това поле | 1900-01-01 is no real date but a placeholder for "no date" — the record was kept without this field`,
		`103 Приключено 2011-01-26 field | „дата на изпълнение“ (26.01.2011) е преди „дата на подаване“ (01.03.2012) — записът е запазен без това поле | the completion date (2011-01-26, completed_at) is before the submission date (2012-03-01, submitted_at) — the record was kept without this field`,
		`104 Срок 0001-01-01 field | 0001-01-01 не е истинска дата, а заместител за „няма дата“ — записът е запазен без това поле | 0001-01-01 is no real date but a placeholder for "no date" — the record was kept without this field`,
		`104 Чакане 5000 field | стойността е извън допустимото 0–1440 — записът е запазен без това поле | the value is outside the allowed range 0–1440 — the record was kept without this field`,
		`105 Срок 9999-12-31 field | 9999-12-31 не е истинска дата, а заместител за „няма дата“ — записът е запазен без това поле | 9999-12-31 is no real date but a placeholder for "no date" — the record was kept without this field`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quarantine:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The request counts: SVC_COUNT for 2010 is 1 (P1) and for 2012 is 1 (P2).
	cat, _ := methodology.DefaultCatalog()
	vals, err := methodology.Compute(context.Background(), s.DB, cat, methodology.Query{Indicators: []string{"SVC_COUNT"}, Grain: methodology.Year})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]float64{}
	for _, v := range vals {
		if v.Value != nil {
			counts[v.Period] = *v.Value
		}
	}
	if counts["2010"] != 1 || counts["2011"] != 102 || counts["2012"] != 1 {
		t.Errorf("SVC_COUNT by year %v; want 2010: 1, 2011: 102, 2012: 1", counts)
	}
}

// A required field that fails still rejects its row, and then every failing cell of the row is a
// reason of that rejection (kind rejected), none an emptied field.
func TestBadRequiredFieldStillRejectsTheRow(t *testing.T) {
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(requestsProfile))
	path := requestsFile(t, "P1;GRAO;1900-01-01;1900-01-01;;")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 100 || sum.Rejected != 1 || sum.FieldsEmptied != 0 {
		t.Fatalf("new %d rejected %d emptied %d; want 100, 1, 0", sum.New, sum.Rejected, sum.FieldsEmptied)
	}
	if n := count(t, s, "SELECT count(*) FROM quarantine WHERE row_number = 102 AND kind = 'rejected' AND reason_en NOT LIKE '%kept%'"); n != 2 {
		t.Errorf("%d rejected cells on row 102, want 2 (Подадено, Срок)", n)
	}
}

// on_invalid_optional: reject_row keeps the old rule: the row goes.
func TestOnInvalidOptionalRejectRow(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(requestsProfile+"on_invalid_optional: reject_row\n"))
	if err != nil {
		t.Fatal(err)
	}
	path := requestsFile(t, "P1;GRAO;2010-05-04;1900-01-01;2010-05-20;5")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 100 || sum.Rejected != 1 || sum.FieldsEmptied != 0 {
		t.Fatalf("new %d rejected %d emptied %d; want 100, 1, 0", sum.New, sum.Rejected, sum.FieldsEmptied)
	}
	if _, err := ParseProfile("p.yaml", []byte(requestsProfile+"on_invalid_optional: drop\n")); err == nil ||
		!strings.Contains(err.Error(), "on_invalid_optional") || !strings.Contains(err.Error(), "непознато правило") {
		t.Errorf("an unknown rule: %v", err)
	}
}

// A column failing on more rows than the threshold is a profile that does not fit the file: the
// file is refused as before the rule, those rows counted as rejected.
func TestManyEmptiedCellsRefuseTheFile(t *testing.T) {
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(requestsProfile))
	var extra []string
	for i := 1; i <= 6; i++ { // 6 of 106 = 5,7 % > 5 %
		extra = append(extra, fmt.Sprintf("P%d;GRAO;2011-03-01;03/15/2011;;", i))
	}
	sum, err := Import(context.Background(), s, p, requestsFile(t, extra...), Options{Now: testNow})
	if err == nil || sum.Status != "rejected" || sum.Rejected != 6 || sum.FieldsEmptied != 0 {
		t.Fatalf("%v: status %s rejected %d emptied %d; want rejected, 6, 0", err, sum.Status, sum.Rejected, sum.FieldsEmptied)
	}
	if n := count(t, s, "SELECT count(*) FROM quarantine WHERE kind = 'rejected' AND reason_en NOT LIKE '%kept%'"); n != 6 {
		t.Errorf("%d rejected cells in the quarantine, want 6", n)
	}
	if n := count(t, s, "SELECT count(*) FROM service_requests"); n != 0 {
		t.Errorf("%d requests from a refused file", n)
	}
}

// The shared St. Louis register with a placeholder deadline and a closing before the filing planted
// in two rows: SVC_COUNT still equals the independent count of distinct REQUESTIDs.
func TestStLouisSvcCountWithBadOptionalDates(t *testing.T) {
	src := sharedFile(t, "stl_csb_2009.csv")
	header, rows := readAll(t, src)
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	// Row 10: the deadline becomes 1900-01-01; row 20: closed a year before it was filed.
	rows[10][col["PRJCOMPLETEDATE"]] = "1900-01-01 00:00:00.0"
	rows[20][col["DATETIMECLOSED"]] = "2008-01-26 00:00:00.0"
	path := filepath.Join(t.TempDir(), "stl_csb_2009_planted.csv")
	writeCSV(t, path, header, rows)
	ids := map[string]bool{}
	for _, r := range rows {
		ids[r[col["REQUESTID"]]] = true
	}
	s := openStore(t)
	p := mustProfile(t, "../../profiles/examples/stl_csb_service_requests.yaml")
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 0 || sum.FieldsEmptied < 2 {
		t.Errorf("rejected %d emptied %d; want 0 and the two planted cells", sum.Rejected, sum.FieldsEmptied)
	}
	cat, _ := methodology.DefaultCatalog()
	vals, err := methodology.Compute(context.Background(), s.DB, cat, methodology.Query{Indicators: []string{"SVC_COUNT"}, Grain: methodology.Year})
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, v := range vals {
		if v.Value != nil && v.DepartmentCode == nil {
			total += *v.Value
		}
	}
	if int(total) != len(ids) {
		t.Errorf("SVC_COUNT over the years %v, distinct REQUESTIDs %d", total, len(ids))
	}
}
