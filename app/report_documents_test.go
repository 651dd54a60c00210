package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/forms"
	"otzvuk/analytics/report"
)

// The report tab writes the DOCX, the public site with its open data, and the forms; the import
// wizard suggests an entry template's built-in mapping.
func TestCitizensFromTheWindow(t *testing.T) {
	st, rec := startedState(t)
	dir := t.TempDir()
	svc := NewReportService(st, rec.emit, saveInto(dir))

	d := svc.WriteDOCX(ReportRequest{Year: 2025, Lang: "bg"})
	if !d.OK || filepath.Base(d.Path) != "godishen-doklad-2025.docx" {
		t.Fatalf("docx: %+v", d)
	}
	if b, _ := os.ReadFile(d.Path); len(b) < 10000 || string(b[:2]) != "PK" {
		t.Fatalf("docx of %d bytes", len(b))
	}
	if _, ok := report.OfficePath(); ok {
		pdf := svc.WritePDF(ReportRequest{Year: 2025, Lang: "bg"})
		if b, _ := os.ReadFile(pdf.Path); !pdf.OK || !strings.HasPrefix(string(b), "%PDF-") {
			t.Fatalf("pdf: %+v", pdf)
		}
	} else if pdf := svc.WritePDF(ReportRequest{Year: 2025, Lang: "bg"}); pdf.OK || pdf.Problem.Key != "errors.noOffice" {
		t.Fatalf("pdf without LibreOffice: %+v", pdf)
	}
	p := svc.Publish(PublishRequest{Year: 2025, Lang: "bg", K: 10})
	if !p.OK || p.Path != dir || len(p.Files) != 14 { // two pages and 12 open-data files (each CSV with its Excel-bg twin)
		t.Fatalf("publish: %+v", p)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "dcat.jsonld")); err != nil {
		t.Fatal(err)
	}
	f := svc.WriteForms("bg")
	if !f.OK || len(f.Files) != 4 {
		t.Fatalf("forms: %+v", f)
	}
	// written again into the same folder: every file is recognised as an earlier export
	if again := svc.WriteForms("bg"); !again.OK {
		t.Fatalf("forms again: %+v", again.Problem)
	}
	if again := svc.Publish(PublishRequest{Year: 2025, Lang: "bg", K: 10}); !again.OK {
		t.Fatalf("publish again: %+v", again.Problem)
	}

	imp := NewImportService(st, rec.emit, nil, nil)
	pr := imp.Preview(PreviewRequest{Path: filepath.Join(dir, forms.FileName(forms.Survey, "bg", "xlsx"))})
	if pr.Problem != nil || !strings.Contains(pr.Suggested, "record_kind: survey_responses") || !strings.Contains(pr.Suggested, "Отговори") {
		t.Fatalf("wizard suggestion for a template: %+v", pr)
	}
}

// Cards typed in the window: imported at once, a bad rating quarantined (the card kept without it),
// one typed twice a duplicate.
func TestKioskCards(t *testing.T) {
	st, rec := startedState(t)
	imp := NewImportService(st, rec.emit, nil, nil)
	years := NewReportService(st, nil, nil).Years()
	dept := years.Departments[0].Code
	r := imp.SaveCards([]CardEntry{
		{Number: "101", Date: "2026-03-02", Department: dept, Source: "box", Rating: 5, Kind: "praise", Text: "Бързо и любезно"},
		{Number: "102", Date: "2026-03-02", Department: dept, Source: "box", Rating: 9, Kind: "other"},
		{Number: "103", Date: "2026-03-03", Department: dept, Source: "tablet", Kind: "complaint", Text: "Чакахме дълго"},
	})
	if !r.OK || r.Summary.Accepted != 3 || r.Summary.Rejected != 0 || r.Summary.FieldsEmptied != 1 {
		t.Fatalf("%+v %+v", r.Problem, r.Summary)
	}
	var n int
	if err := st.Store.DB.QueryRow(`SELECT count(*) FROM feedback_cards WHERE id IN ('K-kiosk-101', 'K-kiosk-102', 'K-kiosk-103') AND rating IS NOT DISTINCT FROM CASE id WHEN 'K-kiosk-101' THEN 5 END`).Scan(&n); err != nil || n != 3 {
		t.Fatalf("cards in the table: %d %v", n, err)
	}
	again := imp.SaveCards([]CardEntry{{Number: "101", Date: "2026-03-02", Department: dept, Source: "box", Rating: 5, Kind: "praise", Text: "Бързо и любезно"}})
	if !again.OK || again.Summary.Duplicates != 1 || again.Summary.New != 0 {
		t.Fatalf("typed twice: %+v", again.Summary)
	}
}
