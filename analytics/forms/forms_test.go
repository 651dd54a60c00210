package forms

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestDetect(t *testing.T) {
	dir := t.TempDir()
	// another workbook is not a template: no error, not ok
	other := filepath.Join(dir, "other.xlsx")
	f := excelize.NewFile()
	if err := f.SaveAs(other); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := Detect(other); ok || err != nil {
		t.Fatalf("another workbook: ok %v err %v", ok, err)
	}
	if _, ok, err := Detect(filepath.Join(dir, "x.csv")); ok || err != nil {
		t.Fatal("a CSV is not a template")
	}
	for _, form := range []string{Survey, Card} {
		for _, lang := range []string{"bg", "en"} {
			var b bytes.Buffer
			if err := WriteTemplate(&b, form, Options{Lang: lang, Instance: "abc123"}); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, form+lang+".xlsx")
			if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			id, ok, err := Detect(p)
			if !ok || err != nil || id != (Identity{Form: form, Version: Current[form], Lang: lang, Instance: "abc123"}) {
				t.Fatalf("%s %s: %+v %v %v", form, lang, id, ok, err)
			}
			if _, err := Profile(id); err != nil {
				t.Fatalf("%s %s built-in mapping: %v", form, lang, err)
			}
		}
	}
	// a newer form version than this program knows: a clear message, not a guess
	x, _ := excelize.OpenFile(filepath.Join(dir, Survey+"bg.xlsx"))
	_ = x.SetCellStr(IdentitySheet, "B2", "99")
	_ = x.Save()
	x.Close()
	if _, ok, err := Detect(filepath.Join(dir, Survey+"bg.xlsx")); !ok || err == nil || !strings.Contains(err.Error(), "update Otzvuk") {
		t.Fatalf("unknown version: ok %v err %v", ok, err)
	}
}
