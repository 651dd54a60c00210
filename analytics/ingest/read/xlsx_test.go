package read

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/internal/benchdata"
)

// excelizeRows reads a sheet the way the old reader did: excelize Rows(), raw values.
func excelizeRows(t testing.TB, path, sheet string) map[int][]string {
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]string{}
	for n := 1; rows.Next(); n++ {
		cols, _ := rows.Columns(excelize.Options{RawCellValue: true})
		if !blankRow(cols) {
			out[n] = cols
		}
	}
	return out
}

func ourRows(t testing.TB, path string, o Options) (Source, map[int][]string) {
	src, err := Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]string{src.Info().HeaderRow: src.Header()}
	for {
		cells, n, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out[n] = cells
	}
	src.Close()
	return src, out
}

// The new reader yields what excelize's Rows() yielded — shared and inline strings, rich text,
// numbers, booleans, formulas' cached values, escapes, gaps — except that date-styled numbers come
// as the ISO date they show.
func TestXLSXReaderMatchesExcelize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mix.xlsx")
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Текст", "Число", "Дата", "Време", "Флаг"})
	dateStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: strPtr("dd.mm.yyyy")})
	timeStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 20})
	for i := 2; i < 40; i++ {
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i), &[]any{fmt.Sprintf("K%d", i), fmt.Sprintf("a & b < c > \"d\" 'e' ж%d", i), float64(i) * 1.25, 46000 + i, 0.5, i%2 == 0})
		f.SetCellStyle("Sheet1", fmt.Sprintf("D%d", i), fmt.Sprintf("D%d", i), dateStyle)
		f.SetCellStyle("Sheet1", fmt.Sprintf("E%d", i), fmt.Sprintf("E%d", i), timeStyle)
	}
	f.SetCellFormula("Sheet1", "C41", "1+2")
	f.SetCellValue("Sheet1", "A41", "K41")
	f.SetCellRichText("Sheet1", "B42", []excelize.RichTextRun{{Text: "bold "}, {Text: "италик"}})
	f.SetCellValue("Sheet1", "A42", "K42")
	f.SetCellValue("Sheet1", "F50", "далече")
	f.SetCellValue("Sheet1", "A50", "K50")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	want := excelizeRows(t, path, "Sheet1")
	_, got := ourRows(t, path, Options{})
	if len(got) != len(want) {
		t.Fatalf("%d rows, excelize %d", len(got), len(want))
	}
	for n, w := range want {
		g := got[n]
		if n > 1 && n < 40 {
			if day := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 46000+n).Format(time.DateOnly); g[3] != day {
				t.Errorf("row %d: date %q, want %s", n, g[3], day)
			}
			g = append(append([]string{}, g[:3]...), g[4:]...)
			w = append(append([]string{}, w[:3]...), w[4:]...)
		}
		for len(w) > 0 && w[len(w)-1] == "" { // trailing empty cells are no cells (the mapper agrees)
			w = w[:len(w)-1]
		}
		if strings.Join(g, "|") != strings.Join(w, "|") {
			t.Errorf("row %d:\n got %q\nwant %q", n, g, w)
		}
	}
}

func strPtr(s string) *string { return &s }

func TestXLSXHiddenFirstSheetIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hidden.xlsx")
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"a", "b"})
	f.NewSheet("Данни")
	f.SetSheetRow("Данни", "A1", &[]any{"x", "y"})
	f.SetActiveSheet(1)
	f.SetSheetVisible("Sheet1", false)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	src, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if info := src.Info(); info.Sheet != "Sheet1" || !info.SheetHidden {
		t.Fatalf("info %+v", info)
	}
}

// zipWith writes an XLSX-shaped zip whose sheet is a header row, n copies of unit, then tail rows.
func zipWith(t testing.TB, path string, unit string, n int, tail ...string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	add := func(name, body string) {
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	add("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>text</t></is></c></row>`)
	block := ""
	if unit != "" {
		block = strings.Repeat(unit, (1<<20)/len(unit))
	}
	for i := 0; i < n*len(unit); i += len(block) {
		bw.WriteString(block[:min(len(block), n*len(unit)-i)])
	}
	for _, r := range tail {
		bw.WriteString(r)
	}
	bw.WriteString(`</sheetData></worksheet>`)
	bw.Flush()
	zw.Close()
	f.Close()
}

// A zip bomb (a couple of hundred KB that inflate to gigabytes) is refused quickly, by name.
func TestXLSXZipBombIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bomb.xlsx")
	zipWith(t, path, "                                ", (200<<20)/32)
	st, _ := os.Stat(path)
	t0 := time.Now()
	_, err := Open(path, Options{})
	var pr *Problem
	if !errors.As(err, &pr) || pr.Code != "xlsx_bomb" || pr.File != "bomb.xlsx" {
		t.Fatalf("%v", err)
	}
	t.Logf("%d KB zip refused in %v: %v", st.Size()>>10, time.Since(t0), err)
	if time.Since(t0) > 2*time.Second {
		t.Errorf("took %v", time.Since(t0))
	}
}

// The same bomb with sizes that lie in the zip directory: refused while streaming (archive/zip
// stops at the declared size, which the file then exceeds: a damaged archive).
func TestXLSXZipBombWithLyingSizesIsRefused(t *testing.T) {
	dir := t.TempDir()
	honest := filepath.Join(dir, "honest.xlsx")
	zipWith(t, honest, "                                ", (200<<20)/32)
	zr, err := zip.OpenReader(honest)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	path := filepath.Join(dir, "liar.xlsx")
	out, _ := os.Create(path)
	zw := zip.NewWriter(out)
	for _, f := range zr.File {
		h := f.FileHeader
		h.UncompressedSize64 = h.CompressedSize64 // "not compressed at all"
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := f.OpenRaw()
		io.Copy(w, raw)
	}
	zw.Close()
	out.Close()
	t0 := time.Now()
	_, err = Open(path, Options{})
	var pr *Problem
	if !errors.As(err, &pr) || (pr.Code != "xlsx_bomb" && pr.Code != "xlsx_damaged") {
		t.Fatalf("%v", err)
	}
	t.Logf("refused in %v: %v", time.Since(t0), err)
	if time.Since(t0) > 2*time.Second {
		t.Errorf("took %v", time.Since(t0))
	}
}

func TestXLSXPasswordProtectedAndOldXLS(t *testing.T) {
	dir := t.TempDir()
	ole := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	enc := filepath.Join(dir, "secret.xlsx")
	body := append(append([]byte{}, ole...), make([]byte, 1000)...)
	for _, r := range "EncryptionInfo" {
		body = append(body, byte(r), 0)
	}
	os.WriteFile(enc, append(body, make([]byte, 1000)...), 0o644)
	old := filepath.Join(dir, "old.xlsx")
	os.WriteFile(old, append(append([]byte{}, ole...), make([]byte, 4000)...), 0o644)
	for path, code := range map[string]string{enc: "xlsx_encrypted", old: "xlsx_old"} {
		_, err := Open(path, Options{})
		var pr *Problem
		if !errors.As(err, &pr) || pr.Code != code || strings.Contains(err.Error(), "zip:") {
			t.Errorf("%s: %v", filepath.Base(path), err)
		}
		if code == "xlsx_encrypted" && (!strings.Contains(pr.BG, "защитен с парола") || !strings.Contains(pr.EN, "password-protected")) {
			t.Errorf("message %v", err)
		}
	}
}

// A 2 MB cell rejects its row only, named by row and column; reading goes on.
func TestXLSXHugeCellRejectsItsRow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.xlsx")
	row := func(n int, id, text string) string {
		return fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c></row>`, n, n, id, n, text)
	}
	zipWith(t, path, "", 0, row(2, "K1", "ok"), row(3, "K2", strings.Repeat("ж", 1<<20)), row(4, "K3", "ok"))
	src, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var seen []string
	for {
		cells, n, err := src.Next()
		if err == io.EOF {
			break
		}
		var pr *Problem
		if errors.As(err, &pr) {
			seen = append(seen, fmt.Sprintf("%d:%s:%s", pr.Row, pr.Column, pr.Code))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, fmt.Sprintf("%d:%s", n, cells[0]))
	}
	if got := strings.Join(seen, " "); got != "2:K1 3:text:cell_too_large 4:K3" {
		t.Fatalf("%s", got)
	}
}

// BenchmarkXLSXReader: our reader against excelize Rows() over the same 100,000-row sheet, in the
// same run (goal ≥ 100,000 rows/s and ≥ 4× excelize).
func BenchmarkXLSXReader(b *testing.B) {
	path := filepath.Join(b.TempDir(), "cards.xlsx")
	if err := benchdata.WriteCardsXLSX(path, 100_000); err != nil {
		b.Fatal(err)
	}
	var ours, theirs time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		src, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			if _, _, err := src.Next(); err != nil {
				break
			}
			n++
		}
		src.Close()
		ours += time.Since(t0)
		if n != 100_000 {
			b.Fatalf("%d rows", n)
		}
		t1 := time.Now()
		f, _ := excelize.OpenFile(path)
		rows, _ := f.Rows("Sheet1")
		for rows.Next() {
			rows.Columns(excelize.Options{RawCellValue: true})
		}
		rows.Close()
		f.Close()
		theirs += time.Since(t1)
	}
	b.ReportMetric(100_000*float64(b.N)/ours.Seconds(), "rows/s")
	b.ReportMetric(100_000*float64(b.N)/theirs.Seconds(), "excelize-rows/s")
	b.ReportMetric(float64(theirs)/float64(ours), "x-excelize")
}

func FuzzXLSXReader(f *testing.F) {
	dir := f.TempDir()
	seed := func(fill func(x *excelize.File)) {
		x := excelize.NewFile()
		fill(x)
		var buf bytes.Buffer
		x.Write(&buf)
		f.Add(buf.Bytes())
	}
	seed(func(x *excelize.File) {
		x.SetSheetRow("Sheet1", "A1", &[]any{"a", "b", "c"})
		x.SetSheetRow("Sheet1", "A2", &[]any{"x & y", 1.5, true})
	})
	seed(func(x *excelize.File) {
		x.SetCellValue("Sheet1", "A1", "Заглавие")
		x.SetSheetRow("Sheet1", "A3", &[]any{"№", "Дата"})
		x.SetSheetRow("Sheet1", "A4", &[]any{"K1", time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)})
		st, _ := x.NewStyle(&excelize.Style{NumFmt: 14})
		x.SetCellStyle("Sheet1", "B4", "B4", st)
		x.MergeCell("Sheet1", "A1", "B1")
	})
	seed(func(x *excelize.File) {
		x.SetSheetRow("Sheet1", "A1", &[]any{"a", "b"})
		x.SetCellRichText("Sheet1", "A2", []excelize.RichTextRun{{Text: "r1"}, {Text: "r2"}})
		x.SetCellFormula("Sheet1", "B2", "1+1")
	})
	_ = dir
	f.Fuzz(func(t *testing.T, data []byte) {
		// A hang is a finding too: after 10 s the goroutines' stacks say where.
		done := make(chan struct{})
		go func() { fuzzRead(t, "f.xlsx", data); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			buf := make([]byte, 1<<20)
			t.Fatalf("reading hung:\n%s", buf[:runtime.Stack(buf, true)])
		}
	})
}

// A tag that never closes, 15 MB long, is a damaged file found in linear time.
func TestXLSXEndlessTagIsLinear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "endless.xlsx")
	zipWith(t, path, "<c r=\"A2\" xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", (15<<20)/64)
	t0 := time.Now()
	src, err := Open(path, Options{})
	if err == nil {
		for err == nil {
			_, _, err = src.Next()
		}
		src.Close()
	}
	var pr *Problem
	if !errors.As(err, &pr) || pr.Code != "xlsx_damaged" || time.Since(t0) > 3*time.Second {
		t.Fatalf("%v after %v", err, time.Since(t0))
	}
}

// A merged cell across the header row is refused at Open for a preview, and — with
// LateMergeCheck, as an import reads every row — when Next reaches the end of the sheet, where
// the merge list is: the same problem either way, never a clean end.
func TestXLSXMergedHeaderRefusedAtOpenOrAtTheEnd(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.xlsx")
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"№", "Дата", "Бележка", ""})
	f.MergeCell("Sheet1", "C1", "D1")
	f.SetSheetRow("Sheet1", "A2", &[]any{"K1", "05.03.2026", "x"})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	var pr *Problem
	if _, err := Open(path, Options{}); !errors.As(err, &pr) || pr.Code != "xlsx_merged" || pr.Row != 1 {
		t.Fatalf("preview: %v", err)
	}
	src, err := Open(path, Options{LateMergeCheck: true})
	if err != nil {
		t.Fatalf("late check: refused at Open: %v", err)
	}
	defer src.Close()
	rows := 0
	for {
		_, _, err = src.Next()
		if err != nil {
			break
		}
		rows++
	}
	if rows != 1 || !errors.As(err, &pr) || pr.Code != "xlsx_merged" || pr.Row != 1 {
		t.Fatalf("late check: %d rows, then %v", rows, err)
	}
	if err := src.(MergedHeaderChecker).CheckMergedHeader(); !errors.As(err, &pr) || pr.Code != "xlsx_merged" {
		t.Fatalf("asked at once: %v", err)
	}
}
