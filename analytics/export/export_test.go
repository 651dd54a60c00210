package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/charts"
)

func ptr[T any](v T) *T { return &v }

// hostile are strings a spreadsheet would evaluate, or a page would run, if written carelessly.
var hostile = []string{"=1+1", "+SUM(A1)", "-2+3", "@cmd", " =HYPERLINK(\"http://x\")", "\t=1", "<img src=x onerror=alert(1)>"}

func sampleTable() Table {
	t := Table{Name: "Данни: [отдели]/2026?", Title: "Индекс", Columns: []Column{
		{"Отдел", Text}, {"Стойност", Number}, {"n", Integer}, {"Дата", Date}, {"Празно", Number},
	}}
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	for i, h := range hostile {
		t.Rows = append(t.Rows, []any{h, 1234.5 + float64(i), int64(1000 + i), day.AddDate(0, 0, i), (*float64)(nil)})
	}
	return t
}

// CSV: a BOM, ';' and decimal commas by default; ',' with decimal points; formulas stay text
// (an apostrophe in front, which a reader strips to get the original back).
func TestCSVRoundTrip(t *testing.T) {
	tab := sampleTable()
	for _, delim := range []rune{';', ','} {
		var b bytes.Buffer
		if err := WriteCSV(&b, tab, CSVOptions{Delimiter: delim}); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
			t.Fatal("no BOM")
		}
		r := csv.NewReader(bytes.NewReader(b.Bytes()[3:]))
		r.Comma = delim
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(tab.Rows)+1 || recs[0][0] != "Отдел" {
			t.Fatalf("%d records, head %v", len(recs), recs[0])
		}
		for i, rec := range recs[1:] {
			text := rec[0]
			if strings.HasPrefix(text, "'") {
				text = text[1:]
			}
			if text != hostile[i] {
				t.Errorf("row %d text %q, want %q", i, rec[0], hostile[i])
			}
			if t0 := strings.TrimLeft(rec[0], "\t\r "); strings.ContainsAny(t0[:1], "=+-@") {
				t.Errorf("row %d would be evaluated: %q", i, rec[0])
			}
			num := rec[1]
			if delim == ';' {
				num = strings.Replace(num, ",", ".", 1)
			}
			if v, err := strconv.ParseFloat(num, 64); err != nil || v != 1234.5+float64(i) {
				t.Errorf("row %d value %q", i, rec[1])
			}
			if rec[2] != strconv.Itoa(1000+i) || rec[3] != time.Date(2026, 3, 5+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) || rec[4] != "" {
				t.Errorf("row %d %v", i, rec)
			}
		}
	}
	if err := WriteCSV(&bytes.Buffer{}, tab, CSVOptions{Delimiter: '|'}); err == nil {
		t.Error("an unsupported delimiter was accepted")
	}
}

// XLSX: numbers are numeric cells with a format, dates are dates, text is never a formula,
// and the description sheet comes first.
func TestXLSXRoundTrip(t *testing.T) {
	tab := sampleTable()
	about := About{Sheet: "Описание", Title: "Данни зад диаграмата", Facts: [][2]string{{"Период", "2026 г."}, {"Филтри", "=формула?"}},
		Tables: []Table{{Title: "Показатели", Columns: []Column{{"Код", Text}, {"Цел", Number}}, Rows: [][]any{{"SAT_IDX", 75.0}}}}}
	var b bytes.Buffer
	if err := WriteXLSX(&b, about, []Table{tab, tab}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 3 || sheets[0] != "Описание" || sheets[1] != "Данни- -отдели--2026-" || sheets[2] != "Данни- -отдели--2026- (2)" {
		t.Fatalf("sheets %q", sheets)
	}
	if v, _ := f.GetCellValue("Описание", "B4"); v != "=формула?" {
		t.Errorf("about B4 %q", v)
	}
	if fm, _ := f.GetCellFormula("Описание", "B4"); fm != "" {
		t.Errorf("about B4 became a formula %q", fm)
	}
	s := sheets[1]
	for i, h := range hostile {
		row := i + 3 // title, header
		ref := func(col string) string { return col + strconv.Itoa(row) }
		if v, _ := f.GetCellValue(s, ref("A")); v != h {
			t.Errorf("A%d %q, want %q", row, v, h)
		}
		if fm, _ := f.GetCellFormula(s, ref("A")); fm != "" {
			t.Errorf("A%d is a formula: %q", row, fm)
		}
		if typ, _ := f.GetCellType(s, ref("A")); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("A%d type %v", row, typ)
		}
		raw, _ := f.GetCellValue(s, ref("B"), excelize.Options{RawCellValue: true})
		if v, err := strconv.ParseFloat(raw, 64); err != nil || v != 1234.5+float64(i) {
			t.Errorf("B%d raw %q", row, raw)
		}
		if typ, _ := f.GetCellType(s, ref("B")); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("B%d is not numeric: %v", row, typ)
		}
		shown, _ := f.GetCellValue(s, ref("B"))
		if shown != strconv.FormatFloat(1234.5+float64(i), 'f', 1, 64) {
			t.Errorf("B%d shown as %q (format 0.0)", row, shown)
		}
		rawDate, _ := f.GetCellValue(s, ref("D"), excelize.Options{RawCellValue: true})
		serial, _ := strconv.ParseFloat(rawDate, 64)
		got, err := excelize.ExcelDateToTime(serial, false)
		if err != nil || !got.Equal(time.Date(2026, 3, 5+i, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("D%d date %q → %v", row, rawDate, got)
		}
		if shownDate, _ := f.GetCellValue(s, ref("D")); shownDate != strconv.Itoa(5+i)+".03.2026" {
			t.Errorf("D%d shown as %q", row, shownDate)
		}
		if v, _ := f.GetCellValue(s, ref("E")); v != "" {
			t.Errorf("E%d should be empty: %q", row, v)
		}
	}
}

// The interactive page carries its data and ECharts inline, asks for nothing over the network,
// and a hostile name cannot break out of the data script.
func TestViewHTMLIsSelfContained(t *testing.T) {
	evil := "</script><script>alert(1)</script>"
	c, err := charts.TrendLine(nil, charts.Labels{Title: evil})
	if err != nil {
		t.Fatal(err)
	}
	pts := []charts.Point{{Series: evil, Period: "2026-03", Value: ptr(70.0), N: 40, Low: ptr(61.0), High: ptr(79.0)}}
	var b bytes.Buffer
	err = WriteViewHTML(&b, ViewPage{Lang: "bg", Title: evil, Version: "test", Generated: time.Date(2026, 3, 5, 14, 30, 0, 0, time.UTC),
		Charts: []HTMLChart{{Title: evil, Option: c.Option, Points: pts}}, Tables: []Table{sampleTable()}})
	if err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Count(page, "<script>alert(1)") != 0 {
		t.Fatal("a hostile name broke out")
	}
	if regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//`).MatchString(page) {
		t.Fatal("the page references something over the network")
	}
	if !strings.Contains(page, "Content-Security-Policy") || !strings.Contains(page, `version="5.6.0"`) {
		t.Fatal("CSP or ECharts missing")
	}
	m := regexp.MustCompile(`(?s)<script id="otzvuk-data" type="application/json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data script")
	}
	var data struct {
		Charts []struct {
			ID   string            `json:"id"`
			Tips map[string]string `json:"tips"`
		} `json:"charts"`
	}
	if err := json.Unmarshal([]byte(m[1]), &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Charts) != 1 || data.Charts[0].Tips[evil+"\x002026-03"] != "70,0 (n = 40; 95% интервал 61,0–79,0)" {
		t.Fatalf("data %+v", data)
	}
	if !strings.Contains(page, "1\u00a0234,5") || !strings.Contains(page, "5.03.2026\u00a0г.") {
		t.Error("tables are not in bg-BG format")
	}
}

// The vendored ECharts is the version the frontend bundles.
func TestVendoredEChartsMatchesTheFrontend(t *testing.T) {
	lock, err := os.ReadFile(filepath.Join("..", "..", "frontend", "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	var l struct {
		Packages map[string]struct{ Version string } `json:"packages"`
	}
	if err := json.Unmarshal(lock, &l); err != nil {
		t.Fatal(err)
	}
	v := l.Packages["node_modules/echarts"].Version
	if v == "" || !strings.Contains(echartsJS, `version="`+v+`"`) {
		t.Fatalf("frontend echarts %q; refresh analytics/export/assets/echarts.min.js (make vendor-echarts)", v)
	}
}
