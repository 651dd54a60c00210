package report

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"otzvuk/analytics/demo"
)

// docxTables reads every table of word/document.xml as rows of cell texts; the XML must be well formed.
func docxTables(t *testing.T, doc []byte) [][][]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var tables [][][]string
	var row []string
	var cell strings.Builder
	depth, inCell, inText := 0, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("word/document.xml is not well formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "tbl":
				depth++
				tables = append(tables, nil)
			case "tr":
				row = nil
			case "tc":
				inCell = true
				cell.Reset()
			case "t":
				inText = true
			case "br": // a line break in a cell reads as a space, as the HTML's <br> does
				if inCell {
					cell.WriteString(" ")
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "tbl":
				depth--
			case "tr":
				tables[len(tables)-1] = append(tables[len(tables)-1], row)
			case "tc":
				inCell = false
				row = append(row, cell.String())
			case "t":
				inText = false
			}
		case xml.CharData:
			if inCell && inText {
				cell.Write(e)
			}
		}
	}
	return tables
}

// htmlIndicatorRows reads the HTML report's indicator rows (the municipal table) as cell texts.
func htmlIndicatorRows(t *testing.T, page []byte) map[string][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var section *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "section" {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == "indicators" {
					section = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	space := regexp.MustCompile(`\s+`)
	var rows func(*html.Node)
	rows = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "tr" {
			id := ""
			for _, a := range n.Attr {
				if a.Key == "data-indicator" {
					id = a.Val
				}
			}
			if id != "" {
				var cells []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "td" {
						cells = append(cells, cellText(space, c))
					}
				}
				out[id] = cells
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rows(c)
		}
	}
	if section == nil {
		t.Fatal("no indicators section in the HTML report")
	}
	rows(section)
	return out
}

// htmlDeptTables reads each department section's indicator rows, in order.
func htmlDeptTables(t *testing.T, page []byte) [][][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	space := regexp.MustCompile(`\s+`)
	var out [][][]string
	var walk func(n *html.Node, cur *[][]string)
	walk = func(n *html.Node, cur *[][]string) {
		if n.Type == html.ElementNode && n.Data == "section" {
			for _, a := range n.Attr {
				if a.Key == "class" && a.Val == "dept" {
					var rows [][]string
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						walk(c, &rows)
					}
					out = append(out, rows)
					return
				}
			}
		}
		if cur != nil && n.Type == html.ElementNode && n.Data == "tr" {
			for _, a := range n.Attr {
				if a.Key == "data-indicator" {
					var cells []string
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if c.Type == html.ElementNode && c.Data == "td" {
							cells = append(cells, cellText(space, c))
						}
					}
					*cur = append(*cur, cells)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, cur)
		}
	}
	walk(doc, nil)
	return out
}

// The DOCX opens (a zip whose document.xml is well formed, with real Heading styles, Word tables
// and PNG charts, the demo watermark), and its indicators table says what the HTML report says.
func TestDOCXMatchesTheHTMLReport(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2025, Municipality: "Община Перущица", Version: "test", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var page, doc bytes.Buffer
	if err := WriteHTML(&page, r, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteDOCX(&doc, r); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(doc.Bytes()), int64(doc.Len()))
	if err != nil {
		t.Fatalf("the DOCX is not a zip: %v", err)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", zr.File[0].Name)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		parts[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	for _, name := range []string{"word/styles.xml", "word/header1.xml", "word/footer1.xml", "word/settings.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"} {
		if err := xml.Unmarshal(parts[name], new(struct{})); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	body := parts["word/document.xml"]
	tables := docxTables(t, body)
	parts1 := 8 // seven numbered parts and the annex
	if len(r.Backlog) > 0 {
		parts1++ // the timeliness part
	}
	if n := bytes.Count(body, []byte(`<w:pStyle w:val="Heading1"/>`)); n != parts1 {
		t.Errorf("%d Heading 1 paragraphs, want %d", n, parts1)
	}
	if n := bytes.Count(body, []byte(`<w:pStyle w:val="Heading2"/>`)); n != len(r.Departments) {
		t.Errorf("%d Heading 2 paragraphs, want one per department (%d)", n, len(r.Departments))
	}
	if !bytes.Contains(parts["word/styles.xml"], []byte(`<w:outlineLvl w:val="0"/>`)) || !bytes.Contains(body, []byte(`TOC \o "1-2"`)) {
		t.Error("no outline levels or no TOC field")
	}
	if _, ok := parts["word/media/chart1.png"]; !ok || !bytes.HasPrefix(parts["word/media/chart1.png"], []byte("\x89PNG")) {
		t.Error("no PNG chart")
	}
	if !r.Demo || !bytes.Contains(parts["word/header1.xml"], []byte("OtzvukWatermark")) {
		t.Error("the demo report has no watermark")
	}
	// table 2 is the municipal indicators table, as in the HTML
	want := htmlIndicatorRows(t, page.Bytes())
	if len(tables) < 3 || len(tables[1])-1 != len(r.Indicators) || len(want) != len(r.Indicators) {
		t.Fatalf("%d tables; indicators table has %d rows, HTML %d, report %d", len(tables), len(tables[1])-1, len(want), len(r.Indicators))
	}
	for i, row := range tables[1][1:] {
		id := r.Indicators[i].ID
		if strings.Join(row, " | ") != strings.Join(want[id], " | ") {
			t.Errorf("%s:\n docx %q\n html %q", id, row, want[id])
		}
	}
	// and every department's table of key indicators, after the backlog and the signals register
	// (then the sources, the signatures and the annex's full table of each department)
	depts := htmlDeptTables(t, page.Bytes())
	first := 3
	if len(r.Backlog) > 0 {
		first++
	}
	if len(depts) != len(r.Departments) || len(tables) != first+2*len(r.Departments)+2 {
		t.Fatalf("%d department tables in the HTML, %d tables in the DOCX", len(depts), len(tables))
	}
	cellsCompared := 0
	for d, rows := range depts {
		docRows := tables[first+d][1:]
		if len(docRows) != len(rows) {
			t.Errorf("%s: %d rows in the DOCX, %d in the HTML", r.Departments[d].Name, len(docRows), len(rows))
			continue
		}
		for i := range rows {
			if strings.Join(docRows[i], " | ") != strings.Join(rows[i], " | ") {
				t.Errorf("%s row %d:\n docx %q\n html %q", r.Departments[d].Name, i, docRows[i], rows[i])
			}
			cellsCompared += len(rows[i])
		}
	}
	t.Logf("%d department cells equal", cellsCompared)
	// the annex's table of each department: its name in a row across the table, then the header,
	// both repeated on every page the table runs onto, then every row
	annexTables := regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`).FindAllString(string(parts["word/document.xml"]), -1)
	for d, dep := range r.Departments {
		at := first + len(r.Departments) + 2 + d
		annex := tables[at]
		if len(annex) < 2 || len(annex[0]) != 1 || annex[0][0] != dep.Name {
			t.Errorf("%s: the annex's table does not begin with the department's name: %q", dep.Name, annex[:min(len(annex), 1)])
			continue
		}
		if len(annex)-2 != len(dep.Rows) || len(dep.Rows) <= len(dep.Key) {
			t.Errorf("%s: the annex's table has %d rows, want all %d (the section shows %d)", dep.Name, len(annex)-2, len(dep.Rows), len(dep.Key))
		}
		rows := strings.Split(annexTables[at], "<w:tr>")[1:]
		if len(rows) < 3 || !strings.Contains(rows[0], "<w:tblHeader/>") || !strings.Contains(rows[1], "<w:tblHeader/>") || strings.Contains(rows[2], "<w:tblHeader/>") {
			t.Errorf("%s: the name and the header are not the rows repeated on every page", dep.Name)
		}
	}

	// LibreOffice, when installed, opens it and lays it out on several pages
	lo, err := exec.LookPath("libreoffice")
	if err != nil {
		lo, err = exec.LookPath("soffice")
	}
	if err != nil {
		t.Log("libreoffice not installed: page count not checked")
		return
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(lo, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "report.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages := regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1)
	// title and contents, summary with charts, methods and indicators, signals, a page per department
	if len(pages) < 2+len(r.Departments) || len(pages) > 40 {
		t.Errorf("LibreOffice laid the DOCX out on %d pages", len(pages))
	}
	t.Logf("LibreOffice: %d pages", len(pages))
	_ = strconv.Itoa
}

// cellText is a cell's text with its spaces collapsed; an SVG glyph's text node followed by a
// no-break space (the process-control icons) reads as the glyph and that space, as in the DOCX.
func cellText(space *regexp.Regexp, c *html.Node) string {
	return strings.ReplaceAll(strings.TrimSpace(space.ReplaceAllString(textOf(c), " ")), " \u00a0", "\u00a0")
}
