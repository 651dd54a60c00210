package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The timeliness part on the ten requests of analytics/backlog's fixture, by hand. The register's
// last date is 2 April 2025 (H completed). Department A filed ten in 2025 (L was filed in 2024):
//
//	on time A (8 days), B (14), H (8, done on 2 April, due 8 April), J (5)   4
//	late    C (24), D (45)                                                   2
//	open past due E (due 3 Feb), F (due 15 Feb)                              2
//	open within due G (due 3 April)                                          1
//	withdrawn I                                                              1
//
// on-time share of the cohort 4 / (4 + 2 + 2) = 50 %. Kaplan–Meier over the nine not withdrawn:
// 5 (done), 8, 8 (done), 13 (G open), 14, 24, 45 (done), 60 (F open), 72 (E open):
// S = 8/9 · 6/8 = 0.667 after day 8, · 4/5 = 0.533 after 14, · 3/4 = 0.4 after 24 → median 24 days.
// By completion date (SVC_ONTIME) 2025 completed A, B, C, D, H, J and L: 5 of 7 on time = 71,4 %.
// Department B's one request was refused: filed 1, withdrawn, nothing else.
func TestBacklogPartByHand(t *testing.T) {
	s := open(t)
	body, err := os.ReadFile(filepath.Join("..", "backlog", "testdata", "ten_requests.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.Exec(string(body)); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2025, Municipality: "Община Перущица", Version: "test", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.BacklogAsOf.Format("2006-01-02"); got != "2025-04-02" {
		t.Errorf("as of %s, want 2025-04-02", got)
	}
	if len(r.Backlog) != 3 || r.Backlog[0].Code != "A" || r.Backlog[1].Code != "B" || r.Backlog[2].Code != "" {
		t.Fatalf("rows %+v", r.Backlog)
	}
	a := r.Backlog[0]
	c := a.Cohort
	if c.Filed != 10 || c.OnTime != 4 || c.Late != 2 || c.Overdue != 2 || c.Pending != 1 || c.Withdrawn != 1 {
		t.Errorf("department A's cohort %+v", c)
	}
	if c.Rate == nil || *c.Rate != 50 || a.Median.Days == nil || *a.Median.Days != 24 || a.Median.N != 9 || a.Median.Censored != 3 {
		t.Errorf("department A: rate %v, median %v (n %d, censored %d)", c.Rate, a.Median.Days, a.Median.N, a.Median.Censored)
	}
	if a.CompletedOnTime == nil || a.CompletedOnTimeN != 7 || *a.CompletedOnTime < 71.42 || *a.CompletedOnTime > 71.43 {
		t.Errorf("department A by completion date %v of %d, want 71,4 %% of 7", a.CompletedOnTime, a.CompletedOnTimeN)
	}
	if b := r.Backlog[1].Cohort; b.Filed != 1 || b.Withdrawn != 1 || b.Rate != nil {
		t.Errorf("department B %+v", b)
	}
	if tot := r.Backlog[2].Cohort; tot.Filed != 11 || tot.Withdrawn != 2 || tot.OnTime != 4 || tot.Overdue != 2 {
		t.Errorf("municipality %+v", tot)
	}
	// the same figures, printed, in the HTML and the DOCX
	var page, doc bytes.Buffer
	if err := WriteHTML(&page, r, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteDOCX(&doc, r); err != nil {
		t.Fatal(err)
	}
	docPath := filepath.Join(t.TempDir(), "r.docx")
	if err := os.WriteFile(docPath, doc.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	want := "Отдел А | 10 | 4 | 2 | 2 | 1 | 50,0 | 24 | "
	found := false
	for _, rows := range docxTables(t, []byte(docxDoc(t, docPath)["word/document.xml"])) {
		for _, row := range rows {
			if strings.HasPrefix(strings.Join(row, " | "), want) && row[len(row)-1] == "71,4" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no DOCX row %q… 71,4", want)
	}
	// and in the annex, as numbers
	var annex bytes.Buffer
	if err := WriteAnnex(&annex, r); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&annex)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("Срочност", excelize.Options{RawCellValue: true})
	got := ""
	for _, row := range rows {
		if len(row) > 0 && row[0] == "Отдел А" {
			got = strings.Join(row, "|")
		}
	}
	if !strings.HasPrefix(got, "Отдел А|10|4|2|2|1|50|24|") {
		t.Errorf("annex row %q", got)
	}
	if !strings.Contains(page.String(), `<tr data-department="A"><td>Отдел А</td><td class="num">10</td><td class="num">4</td><td class="num">2</td><td class="num">2</td><td class="num">1</td><td class="num">50,0</td><td class="num">24</td>`) {
		t.Error("the HTML has no backlog row for department A with the figures by hand")
	}
}
