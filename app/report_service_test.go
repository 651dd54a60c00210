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

// The window makes the report ready to sign as the CLI does: the signatories are kept in the
// database (prefilled next time), the registry's number and "final" reach the report, and a
// final report carries no ПРОЕКТ marker. Hostile input is refused or flattened.
func TestTheWindowsReportIsReadyToSign(t *testing.T) {
	st, rec := startedState(t)
	svc := NewReportService(st, rec.emit, saveInto(t.TempDir()))
	if r := svc.SaveSignatories("Мария Иванова, гл. експерт", "Иван Петров, кмет"); !r.OK {
		t.Fatal(r.Problem)
	}
	if s := svc.Signatories(); s.PreparedBy != "Мария Иванова, гл. експерт" || s.ApprovedBy != "Иван Петров, кмет" {
		t.Fatalf("%+v", s)
	}
	for i := 0; i < 8; i++ { // a refused one leaves both as they were, whatever the order they are written in
		if r := svc.SaveSignatories("x\x1b[31m", ""); r.OK || r.Problem.Key != "errors.signatory" {
			t.Fatalf("a control character was stored: %+v", r)
		}
		if s := svc.Signatories(); s.ApprovedBy != "Иван Петров, кмет" {
			t.Fatalf("a refused save cleared the other signatory: %+v", s)
		}
	}
	draft := svc.Build(ReportRequest{Year: 2025, Lang: "bg"})
	page, _ := os.ReadFile(draft.HTML)
	if !draft.OK || !strings.Contains(string(page), `class="draftmark"`) {
		t.Fatal("a report not marked final is a draft")
	}
	final := svc.Build(ReportRequest{Year: 2025, Lang: "bg", Final: true, RegNo: "РД-09-123\n<script>"})
	page, _ = os.ReadFile(final.HTML)
	for _, want := range []string{"Мария Иванова", "Иван Петров", "РД-09-123"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the final report lacks %q", want)
		}
	}
	if strings.Contains(string(page), `class="draftmark"`) || strings.Contains(string(page), "123 <script>") || !strings.Contains(string(page), "РД-09-123 &lt;script&gt;") {
		t.Error("the final report is marked ПРОЕКТ or carries the registry number's markup")
	}
}
