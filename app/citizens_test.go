package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/forms"
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
	p := svc.Publish(PublishRequest{Year: 2025, Lang: "bg", K: 10})
	if !p.OK || p.Path != dir || len(p.Files) != 10 {
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
