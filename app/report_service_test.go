package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/report"
)

func TestReportFromTheWindow(t *testing.T) {
	st, rec := startedState(t)
	dir := t.TempDir()
	svc := NewReportService(st, rec.emit, saveInto(dir))
	years := svc.Years()
	if !years.OK || len(years.Years) != 4 || years.Years[0] != 2026 || years.Default != 2025 || len(years.Departments) != 8 {
		t.Fatalf("%+v", years)
	}
	code := years.Departments[0].Code
	if r := svc.SaveAction(2025, code, "Удължено работно време на гишето."); !r.OK {
		t.Fatal(r.Problem)
	}
	if r := svc.SaveAction(2025, "нищо", "x"); r.OK {
		t.Fatal("an unknown department was accepted")
	}
	if a := svc.Actions(2025); a.Texts[code] != "Удължено работно време на гишето." {
		t.Fatalf("%+v", a)
	}
	r := svc.Build(ReportRequest{Year: 2025, Lang: "bg", Annex: true})
	if !r.OK || filepath.Base(r.HTML) != "godishen-doklad-2025.html" || filepath.Base(r.XLSX) != "godishen-doklad-2025-prilozhenie.xlsx" {
		t.Fatalf("%+v", r)
	}
	page, _ := os.ReadFile(r.HTML)
	if !strings.Contains(string(page), "Удължено работно време на гишето.") {
		t.Fatal("the action text is not in the report")
	}
	if progress := rec.count("report:progress"); progress < 5 {
		t.Fatalf("%d progress events", progress)
	}
	// a cancelled build leaves the existing files as they were
	before, _ := os.Stat(r.HTML)
	time.Sleep(10 * time.Millisecond)
	res := buildCancelled(NewReportService(st, nil, saveInto(dir)), r.HTML)
	if res.OK || res.Problem == nil || res.Problem.Key != "errors.reportCancelled" {
		t.Fatalf("cancelled build: %+v", res)
	}
	after, _ := os.Stat(r.HTML)
	if !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		t.Fatal("a cancelled build touched the report")
	}
}

// buildCancelled starts a build whose progress callback cancels it at the first step.
func buildCancelled(s *ReportService, html string) ReportResult {
	s.emit = func(_ context.Context, name string, _ ...any) {
		if name == "report:progress" {
			s.Cancel()
		}
	}
	return s.build(ReportRequest{Year: 2025}, report.Files{HTML: html})
}
