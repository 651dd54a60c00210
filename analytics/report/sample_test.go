package report

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/export"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// TestWriteSampleReports writes the demo's 2025 report in both languages (HTML, DOCX, PDF when
// LibreOffice is installed) to $OTZVUK_REPORT_SAMPLES, for looking at the pages; skipped otherwise.
func TestWriteSampleReports(t *testing.T) {
	dir := os.Getenv("OTZVUK_REPORT_SAMPLES")
	if dir == "" {
		t.Skip("OTZVUK_REPORT_SAMPLES not set")
	}
	s := open(t)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	ts, _ := text.DefaultThemes()
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"bg", "en"} {
		f := Files{HTML: filepath.Join(dir, "report-"+lang+".html"), DOCX: filepath.Join(dir, "report-"+lang+".docx"), Guard: export.Guard{Protect: []string{s.Path}}}
		if _, ok := OfficePath(); ok {
			f.PDF = filepath.Join(dir, "report-"+lang+".pdf")
		}
		if _, err := WriteFiles(ctx, s.DB, catalog(t), Options{Year: 2025, Lang: lang, Municipality: DefaultMunicipality(lang), Version: "0.1.0+gtest", Now: fixedNow, Themes: ts}, f); err != nil {
			t.Fatal(err)
		}
	}
}
