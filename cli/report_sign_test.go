package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The report's signatories come from settings; --final lifts the draft marker; --reg-no fills the
// registry's number.
func TestReportSignatoriesFromSettings(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sign.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := Run([]string{"settings", "--db", db, "--prepared-by", "Мария Иванова, главен експерт", "--approved-by", "Петър Петров, кмет"}, &out, &errOut); code != 0 ||
		!strings.Contains(out.String(), "Мария Иванова, главен експерт") {
		t.Fatalf("settings exit %d: %s %s", code, out.String(), errOut.String())
	}
	errOut.Reset()
	if code := Run([]string{"settings", "--db", db, "--approved-by", "bad\x01name"}, &out, &errOut); code != 2 || errOut.Len() == 0 {
		t.Errorf("a control character was accepted: exit %d", code)
	}
	page := filepath.Join(dir, "r.html")
	for _, final := range []bool{false, true} {
		args := []string{"report", "--db", db, "--year", "2025", "--out", page, "--reg-no", "РД-01-15"}
		if final {
			args = append(args, "--final")
		}
		if code := Run(args, &out, &errOut); code != 0 {
			t.Fatalf("report exit %d: %s", code, errOut.String())
		}
		b, _ := os.ReadFile(page)
		s := string(b)
		for _, want := range []string{"Мария Иванова", "главен експерт", "Петър Петров", "кмет", "РД-01-15"} {
			if !strings.Contains(s, want) {
				t.Errorf("the report lacks %q", want)
			}
		}
		if strings.Contains(s, `class="draftmark"`) == final {
			t.Errorf("final %v: draft marker %v", final, !final)
		}
	}
	out.Reset()
	if code := Run([]string{"settings", "--db", db, "--prepared-by", "none", "--format", "json"}, &out, &errOut); code != 0 || strings.Contains(out.String(), "Мария") {
		t.Errorf("clearing: exit %d, %s", code, out.String())
	}
}
