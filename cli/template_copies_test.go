package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/forms"
	"otzvuk/analytics/store"
)

// fillCards types cards № from..to into a card template's sheet, as a clerk would.
func fillCards(t *testing.T, path string, from, to int, text string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	for i := from; i <= to; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+1) // card № i on row i+1
		row := []any{i, day, "GRAO — ГРАО", "кутия", 1 + i%5, "друго", text}
		if err := f.SetSheetRow(forms.DataSheet["bg"], cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func countCards(t *testing.T, db string) int { return cardsWithText(t, db, "") }

// cardsWithText counts the stored cards whose text contains text (all cards for "").
func cardsWithText(t *testing.T, db, text string) int {
	t.Helper()
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.DB.QueryRowContext(t.Context(), "SELECT count(*) FROM feedback_cards WHERE coalesce(text, '') LIKE '%' || ? || '%'", text).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 26.1: two clerks copy one entry template (one instance id) and both start at card № 1.
// Before: importing B after A said "replaced 30 · new 0", rc 0, and 30 of A's cards were gone.
// Now B is refused, naming A and the numbers; nothing of A is replaced; --as-new-batch keeps
// B beside A, and --replace is the explicit choice for a corrected copy of the same file.
func TestTemplateCopiesNeverReplaceEachOther(t *testing.T) {
	dir := t.TempDir()
	db := formsDB(t, dir)
	outDir := filepath.Join(dir, "f")
	var out, errOut bytes.Buffer
	if code := Run([]string{"forms", "--db", db, "--out", outDir}, &out, &errOut); code != 0 {
		t.Fatalf("forms: %s", errOut.String())
	}
	tpl, _ := os.ReadFile(filepath.Join(outDir, "karta-shablon.xlsx"))
	a, b := filepath.Join(dir, "A.xlsx"), filepath.Join(dir, "B.xlsx")
	os.WriteFile(a, tpl, 0o644)
	os.WriteFile(b, tpl, 0o644)
	fillCards(t, a, 1, 50, "първи служител")
	fillCards(t, b, 1, 30, "втори служител")

	if code := Run([]string{"import", "--db", db, a}, &out, &errOut); code != 0 {
		t.Fatalf("import A: %s\n%s", errOut.String(), out.String())
	}
	if n := countCards(t, db); n != 50 {
		t.Fatalf("after A: %d cards, want 50", n)
	}
	out.Reset()
	errOut.Reset()
	code := Run([]string{"import", "--db", db, b}, &out, &errOut)
	if code == 0 {
		t.Fatalf("import B replaced A's cards with rc 0:\n%s", out.String())
	}
	msg := errOut.String() + out.String()
	for _, want := range []string{"A.xlsx", "B.xlsx", "30 записа", "30 records", "--as-new-batch", "--replace", "нищо не е заменено", "nothing was replaced"} {
		if !strings.Contains(msg, want) {
			t.Errorf("refusal lacks %q:\n%s", want, msg)
		}
	}
	if n := countCards(t, db); n != 50 {
		t.Fatalf("after the refused B: %d cards, want A's 50 untouched", n)
	}
	if got := cardsWithText(t, db, "първи служител"); got != 50 {
		t.Fatalf("A's cards changed: %d of 50 keep their text", got)
	}

	// The way forward: B as a batch of its own → 80 cards, A's untouched.
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"import", "--db", db, "--as-new-batch", b}, &out, &errOut); code != 0 {
		t.Fatalf("import --as-new-batch B: %s\n%s", errOut.String(), out.String())
	}
	if !strings.Contains(out.String(), "заменени/replaced 0 · нови/new 30") {
		t.Errorf("summary of the new batch:\n%s", out.String())
	}
	if n, first := countCards(t, db), cardsWithText(t, db, "първи служител"); n != 80 || first != 50 {
		t.Fatalf("after the batch: %d cards (%d of A), want 80 (50)", n, first)
	}

	// A corrected A (card 7's text fixed) is refused too, and replaces with --replace only.
	fillCards(t, a, 7, 7, "поправена")
	if code := Run([]string{"import", "--db", db, a}, &out, &errOut); code == 0 {
		t.Fatal("a changed card was replaced without --replace")
	}
	out.Reset()
	if code := Run([]string{"import", "--db", db, "--replace", a}, &out, &errOut); code != 0 {
		t.Fatalf("import --replace: %s", errOut.String())
	}
	if !strings.Contains(out.String(), "заменени/replaced 1 · нови/new 0") {
		t.Errorf("summary of --replace:\n%s", out.String())
	}
	if code := Run([]string{"import", "--db", db, "--replace", "--as-new-batch", a}, &out, &errOut); code != 2 {
		t.Errorf("--replace with --as-new-batch: rc %d, want 2", code)
	}
}

// Issue 26.7: import --suggest on a filled entry template no longer drafts record_kind:
// departments from its instructions sheet; it says the template imports as it is.
func TestSuggestRecognisesAnEntryTemplate(t *testing.T) {
	dir := t.TempDir()
	db := formsDB(t, dir)
	var out, errOut bytes.Buffer
	if code := Run([]string{"forms", "--db", db, "--out", filepath.Join(dir, "f")}, &out, &errOut); code != 0 {
		t.Fatalf("forms: %s", errOut.String())
	}
	tpl := filepath.Join(dir, "f", "karta-shablon.xlsx")
	fillCards(t, tpl, 1, 5, "текст")
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"import", "--suggest", tpl}, &out, &errOut); code != 0 {
		t.Fatalf("suggest: %s", errOut.String())
	}
	if strings.Contains(out.String(), "record_kind: departments") || !strings.Contains(out.String(), "record_kind: feedback_cards") ||
		!strings.Contains(errOut.String(), "шаблон за въвеждане на Отзвук") || !strings.Contains(errOut.String(), "Otzvuk entry template") {
		t.Fatalf("suggest on a template:\n%s\n%s", out.String(), errOut.String())
	}
}
