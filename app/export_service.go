package app

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"otzvuk/analytics/format"
	"path/filepath"
	"strings"
	"time"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/export"
	"otzvuk/analytics/ingest"
)

// ExportService takes charts and their data out of the app: PNG and SVG images, CSV and XLSX of
// the data behind charts, and a view as an interactive offline HTML file. Every file is chosen
// in the native save dialog and replaces an existing one only once completely written.
type ExportService struct {
	st       *State
	saveFile func(defaultName string) (string, error)
}

// NewExportService creates the service; saveFile opens the native save dialog.
func NewExportService(st *State, saveFile func(string) (string, error)) *ExportService {
	return &ExportService{st: st, saveFile: saveFile}
}

// ExportFile says what was written (Path empty and OK false without a problem: the dialog was closed).
type ExportFile struct {
	Outcome
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	Width  int    `json:"width,omitempty"` // images: pixels written
	Height int    `json:"height,omitempty"`
}

// ImageRequest carries an image the window rendered: a PNG as base64 (a data URL is accepted),
// or SVG text.
type ImageRequest struct {
	Name   string `json:"name"` // suggested file name without extension
	Format string `json:"format"`
	Data   string `json:"data"`
}

// ChartData is a chart's title, the points it draws and the indicators behind it.
type ChartData struct {
	Title      string         `json:"title"`
	Points     []charts.Point `json:"points"`
	Indicators []string       `json:"indicators"`
}

// TableData is a table of a view as the window shows it: column titles with their kind
// ("text", "number", "integer") and the rows' cells (text, numbers or null).
type TableData struct {
	Title   string       `json:"title"`
	Columns []ColumnData `json:"columns"`
	Rows    [][]any      `json:"rows"`
}

// ColumnData is one column of a TableData.
type ColumnData struct {
	Title string `json:"title"`
	Type  string `json:"type"`
}

// table checks a view's table and turns it into an export table: cells must be text, numbers or empty.
func (d TableData) table(name string) (export.Table, error) {
	t := export.Table{Name: name, Title: d.Title}
	for _, c := range d.Columns {
		typ := export.Text
		switch c.Type {
		case "number":
			typ = export.Number
		case "integer":
			typ = export.Integer
		}
		t.Columns = append(t.Columns, export.Column{Title: c.Title, Type: typ})
	}
	for i, r := range d.Rows {
		if len(r) > len(t.Columns) {
			return t, fmt.Errorf("table %q row %d has %d cells for %d columns", d.Title, i+1, len(r), len(t.Columns))
		}
		row := make([]any, len(r))
		for j, v := range r {
			switch x := v.(type) {
			case nil, string, float64, bool:
				row[j] = x
			default:
				return t, fmt.Errorf("table %q row %d column %d: a %T is neither text nor a number", d.Title, i+1, j+1, v)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// DataRequest asks for the data behind charts and tables: CSV (the first chart, else the first
// table) or XLSX (a sheet per chart and per table).
type DataRequest struct {
	Name      string      `json:"name"`
	Title     string      `json:"title"` // the view's name, for the description sheet
	Format    string      `json:"format"`
	Delimiter string      `json:"delimiter"` // CSV: ";" (default) or ","
	Lang      string      `json:"lang"`
	Filters   Filters     `json:"filters"`
	View      ViewContext `json:"view"`
	Charts    []ChartData `json:"charts"`
	Tables    []TableData `json:"tables"`
}

// ViewContext is what a view shows beside the window's filters: its subject (a department) and the
// period its sections are on (the thread's quarter, a report year) as the view words them. An
// export states both, so a file taken to a meeting says what it is about.
type ViewContext struct {
	Subject     string `json:"subject"`     // e.g. the department's name
	SubjectKind string `json:"subjectKind"` // "department" or ""
	Period      string `json:"period"`      // the view's period in words, e.g. "III трим. 2026"
}

// ViewChart is one chart of a view for the HTML file: its option and points as drawn.
type ViewChart struct {
	Title  string          `json:"title"`
	Option json.RawMessage `json:"option"`
	Points []charts.Point  `json:"points"`
}

// ViewRequest asks for a view as one self-contained interactive HTML file.
type ViewRequest struct {
	Name    string      `json:"name"`
	Title   string      `json:"title"`
	Lang    string      `json:"lang"`
	Filters Filters     `json:"filters"`
	View    ViewContext `json:"view"`
	Charts  []ViewChart `json:"charts"`
	Tables  []TableData `json:"tables"`
}

// maxImageBytes bounds what the window may hand over (a 4000 × 4000 PNG at ratio 3 is far below).
const maxImageBytes = 64 << 20

// SaveImage checks the image (a PNG decodes, an SVG is well-formed XML with an <svg> root) and
// writes it where the user chooses.
func (s *ExportService) SaveImage(req ImageRequest) ExportFile {
	var body []byte
	var w, h int
	switch req.Format {
	case "png":
		data := req.Data
		if i := strings.Index(data, ","); strings.HasPrefix(data, "data:") && i > 0 {
			data = data[i+1:]
		}
		raw, err := base64.StdEncoding.DecodeString(data)
		if err != nil {
			return ExportFile{Outcome: failed(problem("errors.badImage", err, nil))}
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(raw))
		if err != nil {
			return ExportFile{Outcome: failed(problem("errors.badImage", err, nil))}
		}
		body, w, h = raw, cfg.Width, cfg.Height
	case "svg":
		if err := wellFormedSVG(req.Data); err != nil {
			return ExportFile{Outcome: failed(problem("errors.badImage", err, nil))}
		}
		body = []byte(req.Data)
	default:
		return ExportFile{Outcome: failed(problem("errors.badFormat", errInvalid, map[string]string{"format": req.Format}))}
	}
	if len(body) > maxImageBytes {
		return ExportFile{Outcome: failed(problem("errors.badImage", errors.New("the image is too large"), nil))}
	}
	out := s.write(req.Name, req.Format, func(wr io.Writer) error { _, err := wr.Write(body); return err })
	out.Width, out.Height = w, h
	return out
}

// wellFormedSVG reads the whole document as XML and checks the root element.
func wellFormedSVG(text string) error {
	d := xml.NewDecoder(strings.NewReader(text))
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("SVG is not well-formed XML: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		return fmt.Errorf("the root element is %q, not svg", root)
	}
	return nil
}

// SaveData writes the data behind charts as CSV or XLSX.
func (s *ExportService) SaveData(req DataRequest) ExportFile {
	if len(req.Charts) == 0 && len(req.Tables) == 0 {
		return ExportFile{Outcome: failed(problem("errors.nothingToExport", errInvalid, nil))}
	}
	lang := langOf(req.Lang)
	words := export.PointWordsFor(lang)
	var tables []export.Table
	for i, c := range req.Charts {
		tables = append(tables, export.FromPoints(fmt.Sprintf("%d %s", i+1, c.Title), c.Title, c.Points, words))
	}
	for i, d := range req.Tables {
		t, err := d.table(fmt.Sprintf("%d %s", len(req.Charts)+i+1, d.Title))
		if err != nil {
			return ExportFile{Outcome: failed(problem("errors.badTable", err, nil))}
		}
		tables = append(tables, t)
	}
	switch req.Format {
	case "csv":
		delim := ';'
		if req.Delimiter == "," {
			delim = ','
		}
		return s.write(req.Name, "csv", func(w io.Writer) error { return export.WriteCSV(w, tables[0], export.CSVOptions{Delimiter: delim}) })
	case "xlsx":
		about, err := s.about(req, lang)
		if err != nil {
			return ExportFile{Outcome: failed(queryProblem(err))}
		}
		return s.write(req.Name, "xlsx", func(w io.Writer) error { return export.WriteXLSX(w, about, tables) })
	}
	return ExportFile{Outcome: failed(problem("errors.badFormat", errInvalid, map[string]string{"format": req.Format}))}
}

// about is the description sheet: the view, filters, generation time, the indicators' definitions
// and the source files.
func (s *ExportService) about(req DataRequest, lang string) (export.About, error) {
	pick := func(bg, en string) string { return inLang(lang, bg, en) }
	a := export.About{Sheet: pick("Описание", "About"), Title: req.Title, Facts: [][2]string{
		{pick("Създаден", "Generated"), time.Now().Format("02.01.2006 15:04")},
		{pick("Версия на Отзвук", "Otzvuk version"), s.st.Version},
	}}
	a.Facts = append(a.Facts, viewFacts(req.View, req.Filters, lang)...)
	seen := map[string]bool{}
	defs := export.Table{Title: pick("Показатели", "Indicators"), Columns: []export.Column{
		{Title: pick("Код", "Code")}, {Title: pick("Показател", "Indicator")}, {Title: pick("Определение", "Definition")},
		{Title: pick("Мярка", "Unit")}, {Title: pick("Цел", "Target"), Type: export.Number}, {Title: pick("Мин. n", "Min. n"), Type: export.Integer}}}
	for _, c := range req.Charts {
		for _, id := range c.Indicators {
			ind, ok := s.st.Catalog.Get(id)
			if !ok || seen[id] {
				continue
			}
			seen[id] = true
			name, desc := inLang(lang, ind.Name.BG, ind.Name.EN), inLang(lang, ind.Description.BG, ind.Description.EN)
			defs.Rows = append(defs.Rows, []any{ind.ID, name, desc, ind.Unit, ind.Target, ind.MinN})
		}
	}
	if len(defs.Rows) > 0 {
		a.Tables = append(a.Tables, defs)
	}
	ctx, done := s.st.query()
	defer done()
	sources, err := ingest.ImportedFiles(ctx, s.st.Store.DB)
	if err != nil {
		return a, err
	}
	src := export.Table{Title: pick("Източници на данните", "Data sources"), Columns: []export.Column{
		{Title: pick("Файл", "File")}, {Title: pick("Вид записи", "Record kind")}, {Title: pick("Приети", "Accepted"), Type: export.Integer},
		{Title: pick("Импортиран", "Imported"), Type: export.Date}, {Title: "SHA-256"}}}
	for _, r := range sources {
		src.Rows = append(src.Rows, []any{r.File, r.Kind, r.Accepted, r.Finished, r.SHA256})
	}
	a.Tables = append(a.Tables, src)
	return a, nil
}

// SaveHTML writes a view as one self-contained interactive HTML file.
func (s *ExportService) SaveHTML(req ViewRequest) ExportFile {
	if len(req.Charts) == 0 && len(req.Tables) == 0 {
		return ExportFile{Outcome: failed(problem("errors.nothingToExport", errInvalid, nil))}
	}
	lang := langOf(req.Lang)
	page := export.ViewPage{Lang: lang, Title: req.Title, Version: s.st.Version, Generated: time.Now(),
		Facts: viewFacts(req.View, req.Filters, lang)}
	for _, c := range req.Charts {
		page.Charts = append(page.Charts, export.HTMLChart{Title: c.Title, Option: c.Option, Points: c.Points, Height: 420})
	}
	for _, d := range req.Tables {
		t, err := d.table(d.Title)
		if err != nil {
			return ExportFile{Outcome: failed(problem("errors.badTable", err, nil))}
		}
		page.Tables = append(page.Tables, t)
	}
	return s.write(req.Name, "html", func(w io.Writer) error { return export.WriteViewHTML(w, page) })
}

// write asks where to save (the suggested name gets the extension) and writes atomically.
func (s *ExportService) write(name, ext string, fill func(io.Writer) error) ExportFile {
	if s.saveFile == nil {
		return ExportFile{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	path, err := s.saveFile(safeFileName(name) + "." + ext)
	if err != nil {
		return ExportFile{Outcome: failed(problem("errors.dialog", err, nil))}
	}
	if path == "" {
		return ExportFile{} // the user closed the dialog
	}
	if filepath.Ext(path) == "" {
		path += "." + ext
	}
	return writeFile(s.st.outputs(), path, export.Kind(ext), fill)
}

func writeFile(guard export.Guard, path string, kind export.Kind, fill func(io.Writer) error) ExportFile {
	var n int64
	err := guard.Write(path, kind, func(w io.Writer) error {
		cw := &countingWriter{w: w}
		err := fill(cw)
		n = cw.n
		return err
	})
	if err != nil {
		return ExportFile{Outcome: failed(writeProblem("errors.exportFailed", err))}
	}
	return ExportFile{Outcome: succeeded(), Path: path, Bytes: n}
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// safeFileName keeps a suggested name to letters, digits and a few separators.
func safeFileName(name string) string {
	name = strings.Map(func(r rune) rune {
		switch {
		case r == '/' || r == '\\' || r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|' || r < 32:
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	if r := []rune(name); len(r) > 80 {
		name = string(r[:80])
	}
	if name == "" || name == "." || name == ".." {
		name = "otzvuk"
	}
	return name
}

// inLang picks the Bulgarian or the English words.
func inLang(lang, bg, en string) string { return format.In(lang, bg, en) }

func langOf(l string) string { return format.Lang(l) }

// viewFacts: what an export of a view is about — its subject, the period of its sections and the
// window's filters — in the export's language. The view's period, when it has one, is the period
// its numbers are on; the filters' dates are then named as filters, never as "all data".
func viewFacts(v ViewContext, f Filters, lang string) [][2]string {
	var facts [][2]string
	if v.Subject != "" {
		label := inLang(lang, "Отнася се за", "About")
		if v.SubjectKind == "department" {
			label = inLang(lang, "Отдел", "Department")
		}
		facts = append(facts, [2]string{label, clip(v.Subject, 200)})
	}
	if v.Period != "" {
		facts = append(facts, [2]string{inLang(lang, "Период", "Period"), clip(v.Period, 80)})
		if f.From != "" || f.To != "" {
			facts = append(facts, [2]string{inLang(lang, "Дати във филтъра", "Dates in the filter"), periodText(f, lang)})
		}
	} else {
		facts = append(facts, [2]string{inLang(lang, "Период", "Period"), periodText(f, lang)})
	}
	return append(facts, [2]string{inLang(lang, "Филтри", "Filters"), filterText(f, lang)})
}

// clip bounds a text the window hands over (a name from an export) to n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// periodText describes the date range of the filters in words.
func periodText(f Filters, lang string) string {
	if f.From == "" && f.To == "" {
		return inLang(lang, "всички данни", "all data")
	}
	date := func(s string) string {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return "…"
		}
		return format.Date(t, lang)
	}
	return date(f.From) + " – " + date(f.To)
}

// filterText lists the active filters by their codes (the same codes the CLI takes).
func filterText(f Filters, lang string) string {
	var parts []string
	add := func(bg, en string, v []string) {
		if len(v) == 0 {
			return
		}
		parts = append(parts, inLang(lang, bg, en)+": "+strings.Join(v, ", "))
	}
	add("канал", "channel", f.Channel)
	add("група", "group", f.Group)
	add("метод", "method", f.Method)
	if len(parts) == 0 {
		return inLang(lang, "няма", "none")
	}
	return strings.Join(parts, "; ")
}
