package app

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"otzvuk/analytics/charts"
)

// saveInto stands in for the save dialog: every file goes into dir under its suggested name.
func saveInto(dir string) func(string) (string, error) {
	return func(name string) (string, error) { return filepath.Join(dir, name), nil }
}

func pngOf(t *testing.T, w, h int) string {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(b.Bytes())
}

func TestImagesAreCheckedThenWritten(t *testing.T) {
	st, _ := startedState(t)
	dir := t.TempDir()
	svc := NewExportService(st, saveInto(dir))
	r := svc.SaveImage(ImageRequest{Name: "Индекс / отдели", Format: "png", Data: pngOf(t, 2400, 1400)})
	if !r.OK || r.Width != 2400 || r.Height != 1400 || filepath.Base(r.Path) != "Индекс - отдели.png" {
		t.Fatalf("%+v", r)
	}
	if r := svc.SaveImage(ImageRequest{Name: "x", Format: "png", Data: base64.StdEncoding.EncodeToString([]byte("not a png"))}); r.OK || r.Problem.Key != "errors.badImage" {
		t.Fatalf("a broken PNG: %+v", r)
	}
	if r := svc.SaveImage(ImageRequest{Name: "x", Format: "svg", Data: `<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`}); r.OK {
		t.Fatal("a malformed SVG was written")
	}
	if r := svc.SaveImage(ImageRequest{Name: "x", Format: "svg", Data: `<html></html>`}); r.OK {
		t.Fatal("a non-SVG document was written")
	}
	if r := svc.SaveImage(ImageRequest{Name: "x", Format: "svg", Data: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lt;б&gt;</text></svg>`}); !r.OK {
		t.Fatalf("a good SVG: %+v", r)
	}
	if r := svc.SaveImage(ImageRequest{Name: "x", Format: "exe", Data: "MZ"}); r.OK {
		t.Fatal("an unknown format was written")
	}
}

// The data behind the satisfaction chart, as CSV and XLSX, equals the chart's points, and a
// hostile department name stays text.
func TestChartDataRoundTrips(t *testing.T) {
	st, _ := startedState(t)
	dir := t.TempDir()
	trend := NewIndicatorService(st).Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "year", Lang: "bg"})
	if !trend.OK {
		t.Fatal(trend.Problem)
	}
	pts := append([]charts.Point{}, trend.Chart.Points...)
	evil := "=HYPERLINK(\"http://evil\",\"клик\")"
	pts = append(pts, charts.Point{Series: evil, Period: "2026", N: 1})
	svc := NewExportService(st, saveInto(dir))
	req := DataRequest{Name: "удовлетвореност", Title: "Удовлетвореност", Format: "csv", Lang: "bg",
		Charts: []ChartData{{Title: "Индекс на удовлетвореност", Points: pts, Indicators: []string{"SAT_IDX"}}}}
	r := svc.SaveData(req)
	if !r.OK {
		t.Fatal(r.Problem)
	}
	body, _ := os.ReadFile(r.Path)
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte{0xEF, 0xBB, 0xBF})))
	cr.Comma = ';'
	recs, err := cr.ReadAll()
	if err != nil || len(recs) != len(pts)+1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	for i, p := range pts {
		rec := recs[i+1]
		want := ""
		if p.Value != nil {
			want = strconv.FormatFloat(*p.Value, 'f', -1, 64)
		}
		if strings.Replace(rec[2], ",", ".", 1) != want || rec[3] != strconv.FormatInt(p.N, 10) {
			t.Fatalf("row %d %v, point %+v", i, rec, p)
		}
	}
	if last := recs[len(recs)-1][0]; last != "'"+evil {
		t.Fatalf("formula cell %q", last)
	}

	req.Format, req.Charts = "xlsx", append(req.Charts, ChartData{Title: "Второ", Points: pts[:3]})
	req.Filters = Filters{From: "2025-01-01", To: "2025-12-31", Group: []string{"business"}}
	x := svc.SaveData(req)
	if !x.OK || filepath.Ext(x.Path) != ".xlsx" {
		t.Fatalf("%+v", x)
	}
	f, err := excelize.OpenFile(x.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 3 || sheets[0] != "Описание" {
		t.Fatalf("sheets %v", sheets)
	}
	rows, _ := f.GetRows(sheets[1], excelize.Options{RawCellValue: true})
	for i, p := range pts {
		row := rows[i+2]
		if p.Value != nil {
			if v, _ := strconv.ParseFloat(row[2], 64); v != *p.Value {
				t.Fatalf("xlsx row %d %v, point %+v", i, row, p)
			}
		}
	}
	if v, _ := f.GetCellValue(sheets[1], "A"+strconv.Itoa(len(pts)+2)); v != evil {
		t.Fatalf("xlsx formula text %q", v)
	}
	if fm, _ := f.GetCellFormula(sheets[1], "A"+strconv.Itoa(len(pts)+2)); fm != "" {
		t.Fatalf("became a formula: %q", fm)
	}
	about, _ := f.GetRows("Описание")
	flat := ""
	for _, r := range about {
		flat += strings.Join(r, "|") + "\n"
	}
	for _, want := range []string{"1.01.2025\u00a0г. – 31.12.2025\u00a0г.", "група: business", "SAT_IDX", "Индекс на удовлетвореност", "demo"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the description sheet lacks %q:\n%s", want, flat)
		}
	}
}

func TestViewAsOfflineHTML(t *testing.T) {
	st, _ := startedState(t)
	dir := t.TempDir()
	trend := NewIndicatorService(st).Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "quarter", Lang: "bg"})
	r := NewExportService(st, saveInto(dir)).SaveHTML(ViewRequest{Name: "изглед", Title: "Удовлетвореност", Lang: "bg",
		Charts: []ViewChart{{Title: "Индекс", Option: trend.Chart.Option, Points: trend.Chart.Points}}})
	if !r.OK || r.Bytes < 1_000_000 {
		t.Fatalf("%+v", r)
	}
	page, _ := os.ReadFile(r.Path)
	if !bytes.Contains(page, []byte("Content-Security-Policy")) || bytes.Contains(page, []byte("cdn.jsdelivr")) {
		t.Fatal("the page is not self-contained")
	}
	if r := NewExportService(st, saveInto(dir)).SaveHTML(ViewRequest{Name: "x"}); r.OK {
		t.Fatal("an empty view was written")
	}
}

// A view's table goes into the XLSX as its own sheet and into the HTML page; cells that are
// neither text nor numbers are refused.
func TestViewTablesAreExported(t *testing.T) {
	st, _ := startedState(t)
	dir := t.TempDir()
	svc := NewExportService(st, saveInto(dir))
	tab := TableData{Title: "Класиране", Columns: []ColumnData{{Title: "Отдел", Type: "text"}, {Title: "Стойност", Type: "number"}, {Title: "n", Type: "integer"}},
		Rows: [][]any{{"=1+1", 75.25, 1234.0}, {"Б", nil, 3.0}}}
	x := svc.SaveData(DataRequest{Name: "таблица", Format: "xlsx", Lang: "bg", Tables: []TableData{tab}})
	if !x.OK {
		t.Fatal(x.Problem)
	}
	f, err := excelize.OpenFile(x.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetList()[1], excelize.Options{RawCellValue: true})
	if strings.Join(rows[2], "|") != "=1+1|75.25|1234" || len(rows[3]) != 3 || rows[3][1] != "" {
		t.Fatalf("rows %q", rows)
	}
	h := svc.SaveHTML(ViewRequest{Name: "таблица", Lang: "bg", Tables: []TableData{tab}})
	page, _ := os.ReadFile(h.Path)
	if !h.OK || !strings.Contains(string(page), "1\u00a0234") || !strings.Contains(string(page), "75,3") {
		t.Fatalf("%+v", h)
	}
	bad := tab
	bad.Rows = [][]any{{map[string]any{"x": 1}, 1.0, 1.0}}
	if r := svc.SaveData(DataRequest{Name: "x", Format: "xlsx", Tables: []TableData{bad}}); r.OK || r.Problem.Key != "errors.badTable" {
		t.Fatalf("%+v", r)
	}
}

// The save dialog may return any path: the open database is never replaced by an export.
func TestTheSaveDialogCannotReplaceTheDatabase(t *testing.T) {
	st, _ := startedState(t)
	dbPath := st.Store.Path
	before, _ := os.Stat(dbPath)
	svc := NewExportService(st, func(string) (string, error) { return dbPath, nil })
	r := svc.SaveImage(ImageRequest{Name: "x", Format: "png", Data: pngOf(t, 10, 10)})
	if r.OK || r.Problem == nil || r.Problem.Key != "errors.output.database" || r.Problem.Params["path"] != dbPath {
		t.Fatalf("%+v", r)
	}
	rep := NewReportService(st, nil, func(string) (string, error) { return dbPath, nil })
	if res := rep.Build(ReportRequest{Year: 2025}); res.OK || res.Problem == nil || res.Problem.Key != "errors.output.database" {
		t.Fatalf("report: %+v", res)
	}
	after, _ := os.Stat(dbPath)
	if after.Size() != before.Size() {
		t.Fatal("the database changed size")
	}
	var n int
	if err := st.Store.DB.QueryRow("SELECT count(*) FROM departments").Scan(&n); err != nil || n == 0 {
		t.Fatalf("database unreadable after the refused exports: %v", err)
	}
}

// An export of a view taken to a meeting says what it is about: the department, the period its
// sections are on, and the filter's dates as a filter (it said "Период: всички данни" and
// "Филтри: няма" for a department's quarter).
func TestViewExportNamesItsSubjectAndPeriod(t *testing.T) {
	st, _ := startedState(t)
	dir := t.TempDir()
	svc := NewExportService(st, saveInto(dir))
	tab := TableData{Title: "Услуги", Columns: []ColumnData{{Title: "Услуга", Type: "text"}}, Rows: [][]any{{"Удостоверение"}}}
	view := ViewContext{Subject: "Местни данъци и такси <b>", SubjectKind: "department", Period: "III трим. 2026"}
	f := Filters{From: "2026-07-01", To: "2026-09-30"}
	h := svc.SaveHTML(ViewRequest{Name: "отдел", Lang: "bg", View: view, Filters: f, Tables: []TableData{tab}})
	page, _ := os.ReadFile(h.Path)
	for _, want := range []string{"Отдел", "Местни данъци и такси &lt;b&gt;", "III трим. 2026", "Дати във филтъра", "1.07.2026"} {
		if !h.OK || !strings.Contains(string(page), want) {
			t.Fatalf("the page lacks %q", want)
		}
	}
	if strings.Contains(string(page), "всички данни") {
		t.Fatal("a view on a quarter says all data")
	}
	x := svc.SaveData(DataRequest{Name: "отдел", Format: "xlsx", Lang: "en", View: view, Tables: []TableData{tab}})
	book, err := excelize.OpenFile(x.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, _ := book.GetRows(book.GetSheetList()[0])
	facts := map[string]string{}
	for _, r := range rows {
		if len(r) >= 2 {
			facts[r[0]] = r[1]
		}
	}
	if facts["Department"] != "Местни данъци и такси <b>" || facts["Period"] != "III трим. 2026" {
		t.Fatalf("facts %q", facts)
	}
}
