package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// An XLSX with a title and a note above the header, a date-formatted column (Excel serial days)
// and a text date column: the header row is proposed, both dates read.
func TestXLSXWithTitleRowsAndExcelDates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cards.xlsx")
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Карти за обратна връзка — март 2026")
	f.SetCellValue("Sheet1", "A2", "Изготвил: ЦАО")
	f.SetSheetRow("Sheet1", "A4", &[]any{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар"})
	f.SetSheetRow("Sheet1", "A5", &[]any{"K1", time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), "GRAO", "таблет", 5, "Бързо"})
	f.SetSheetRow("Sheet1", "A6", &[]any{"K2", "06.03.2026", "MDT", "кутия", 2, "Дълго чакане"})
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellStyle("Sheet1", "B5", "B5", style)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Source.HeaderRow != 4 || sum.New != 2 {
		t.Fatalf("summary %+v", sum)
	}
	var d time.Time
	var source string
	s.DB.QueryRow("SELECT card_date, source FROM feedback_cards WHERE id = 'K1'").Scan(&d, &source)
	if !d.Equal(time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)) || source != "tablet" {
		t.Fatalf("K1: %v %s", d, source)
	}
}

func TestJSONArrayAndNDJSON(t *testing.T) {
	dir := t.TempDir()
	arr := filepath.Join(dir, "cards.json")
	os.WriteFile(arr, []byte(`[
  {"№": "K1", "Дата": "2026-03-05", "Отдел": "GRAO", "Източник": "online", "Оценка": 4, "Коментар": "ок"},
  {"№": "K2", "Дата": "2026-03-06", "Отдел": "MDT", "Източник": "box", "Оценка": 1, "Коментар": null}
]`), 0o644)
	nd := filepath.Join(dir, "cards.ndjson")
	os.WriteFile(nd, []byte("{\"№\": \"K3\", \"Дата\": \"07.03.2026\", \"Отдел\": \"GRAO\", \"Оценка\": 3}\n\n{\"№\": \"K4\", \"Дата\": \"08.03.2026\", \"Отдел\": \"GRAO\", \"Оценка\": 5}\n"), 0o644)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	for _, f := range []string{arr, nd} {
		if _, err := Import(context.Background(), s, p, f, Options{Now: testNow}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 4 {
		t.Fatalf("%d cards", n)
	}
}

// A corrected file replaces the records with the same keys; identical ones count as duplicates.
func TestCorrectedFileReplacesByKey(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "march.csv")
	os.WriteFile(first, []byte(cardsHeader+"K1,05.03.2026,GRAO,box,4,a\nK2,05.03.2026,GRAO,box,2,b\n"), 0o644)
	fixed := filepath.Join(dir, "march-fixed.csv")
	os.WriteFile(fixed, []byte(cardsHeader+"K1,05.03.2026,GRAO,box,4,a\nK2,05.03.2026,GRAO,box,3,b (поправено)\nK3,06.03.2026,MDT,box,5,c\n"), 0o644)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	if _, err := Import(context.Background(), s, p, first, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), s, p, fixed, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Duplicates != 1 || sum.Replaced != 1 || sum.New != 1 {
		t.Fatalf("summary %+v", sum)
	}
	var rating int
	s.DB.QueryRow("SELECT rating FROM feedback_cards WHERE id = 'K2'").Scan(&rating)
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 3 || rating != 3 {
		t.Fatalf("%d cards, K2 rated %d", n, rating)
	}
	var logged int
	s.DB.QueryRow("SELECT rows_replaced FROM import_log WHERE file_name = 'march-fixed.csv'").Scan(&logged)
	if logged != 1 {
		t.Fatalf("import log says %d replaced", logged)
	}
}

// A rejected file leaves its reasons in the quarantine and the log, and no records.
func TestRejectedFileIsLoggedWithItsQuarantine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(path, []byte(cardsHeader+goodRow+"K2,xx,GRAO,box,4,a\nK3,05.03.2026,GRAO,box,9,b\n"), 0o644)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	if _, err := Import(context.Background(), s, p, path, Options{Now: testNow}); err == nil {
		t.Fatal("imported")
	}
	if n := count(t, s, "SELECT count(*) FROM quarantine WHERE file_name = 'bad.csv'"); n != 2 {
		t.Fatalf("%d quarantined", n)
	}
	if n := count(t, s, "SELECT count(*) FROM import_log WHERE status = 'rejected' AND rows_rejected = 2 AND rows_read = 3"); n != 1 {
		t.Fatal("rejected import not logged")
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 0 {
		t.Fatalf("%d cards from a rejected file", n)
	}
	// With a higher threshold the good row goes in, K2 (a bad date, required) stays quarantined
	// and K3 (a rating of 9, optional) is kept without its rating.
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 0.9})
	if err != nil || sum.New != 2 || sum.Rejected != 1 || sum.FieldsEmptied != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
}

func TestUTF16WithBOM(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cards16.csv")
	text := cardsHeader + "K1,05.03.2026,GRAO,box,4,Много добре\n"
	buf := []byte{0xFF, 0xFE}
	for _, r := range text {
		buf = append(buf, byte(r), byte(r>>8))
	}
	os.WriteFile(path, buf, 0o644)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil || sum.New != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	var comment string
	s.DB.QueryRow("SELECT text FROM feedback_cards").Scan(&comment)
	if comment != "Много добре" {
		t.Fatalf("decoded %q", comment)
	}
}

func TestQuarantineExportIsExcelSafe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.csv")
	os.WriteFile(path, []byte(cardsHeader+goodRow+"K2,05.03.2026,GRAO,box,=1+1,x\n"), 0o644)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 0.9})
	var b strings.Builder
	n, err := WriteQuarantineCSV(context.Background(), s, 0, &b)
	if err != nil || n != 1 {
		t.Fatalf("%d %v", n, err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "\ufeff") || !strings.Contains(out, ";'=1+1;") || !strings.Contains(out, "не е число") {
		t.Fatalf("export:\n%s", out)
	}
}
