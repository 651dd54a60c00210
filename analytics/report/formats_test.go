package report

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/export"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// One content model: the HTML, the DOCX and the PDF carry the same sections in the same order
// (the outline's), the same key figures, and a document ready to sign: the methods and
// limitations, the signature block, no tool version, no "LibreOffice", no raw code, no-break
// spaces where a line must not break.

// demoReport builds the demo's 2025 report with its themes and drivers (and its PDF when asked
// and LibreOffice and pdftotext are installed).
func demoReport(t *testing.T, lang string, o Options, withPDF bool) (*Report, *Files) {
	t.Helper()
	s := open(t)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	ts, _ := text.DefaultThemes()
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		t.Fatal(err)
	}
	o.Year, o.Lang, o.Municipality, o.Version, o.Now, o.Themes = 2025, lang, DefaultMunicipality(lang), "0.1.0+gdeadbee", fixedNow, ts
	dir := t.TempDir()
	f := &Files{HTML: filepath.Join(dir, "r.html"), DOCX: filepath.Join(dir, "r.docx"), Guard: export.Guard{Protect: []string{s.Path}}}
	if _, ok := OfficePath(); ok && withPDF {
		if _, err := exec.LookPath("pdftotext"); err == nil {
			f.PDF = filepath.Join(dir, "r.pdf")
		}
	}
	r, err := WriteFiles(ctx, s.DB, catalog(t), o, *f)
	if err != nil {
		t.Fatal(err)
	}
	return r, f
}

// htmlHeadings are the document's h2–h4 after the contents, in order.
func htmlHeadings(t *testing.T, page []byte) (heads []string, body string) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "nav") {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "h2" || n.Data == "h3" || n.Data == "h4") {
			heads = append(heads, strings.TrimSpace(textOf(n)))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var b strings.Builder
	var all func(*html.Node)
	all = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			all(c)
		}
	}
	all(doc)
	// a process-control icon's glyph (an SVG text) and its word after a no-break space read as one
	return heads, strings.ReplaceAll(b.String(), "\n\u00a0", "\u00a0")
}

var (
	docxPara  = regexp.MustCompile(`(?s)<w:p>(.*?)</w:p>`)
	docxStyle = regexp.MustCompile(`<w:pStyle w:val="(\w+)"/>`)
	docxText  = regexp.MustCompile(`<w:t(?: [^>]*)?>([^<]*)</w:t>`)
)

// docxDoc reads the DOCX's parts; docxHeadings its Heading 1–3 paragraphs after the contents,
// and the text of every paragraph.
func docxDoc(t *testing.T, path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(x)
	}
	return parts
}

func docxHeadings(body string) (heads []string, text string) {
	var b strings.Builder
	for _, p := range docxPara.FindAllStringSubmatch(body, -1) {
		var t strings.Builder
		for _, m := range docxText.FindAllStringSubmatch(p[1], -1) {
			t.WriteString(html.UnescapeString(m[1]))
		}
		b.WriteString(t.String() + "\n")
		if st := docxStyle.FindStringSubmatch(p[1]); st != nil && strings.HasPrefix(st[1], "Heading") {
			heads = append(heads, t.String())
		}
	}
	return heads, b.String()
}

func TestEveryFormatHasTheSameSections(t *testing.T) {
	for _, lang := range []string{"bg", "en"} {
		t.Run(lang, func(t *testing.T) {
			r, f := demoReport(t, lang, Options{}, lang == "bg")
			var want []string
			for _, s := range r.Outline() {
				want = append(want, s.Title)
			}
			for _, id := range []string{"themes", "deptThemes", "deptDrivers", "limits"} {
				found := false
				for _, s := range r.Outline() {
					found = found || s.ID == id
				}
				if !found {
					t.Errorf("the outline has no %s section", id)
				}
			}
			page, err := os.ReadFile(f.HTML)
			if err != nil {
				t.Fatal(err)
			}
			hh, htmlText := htmlHeadings(t, page)
			dh, docText := docxHeadings(docxDoc(t, f.DOCX)["word/document.xml"])
			if strings.Join(hh, "\n") != strings.Join(want, "\n") {
				t.Errorf("HTML sections:\n%q\nwant\n%q", hh, want)
			}
			if strings.Join(dh, "\n") != strings.Join(want, "\n") {
				t.Errorf("DOCX sections:\n%q\nwant\n%q", dh, want)
			}
			// key figures: the summary's sentences, the municipal index and every department's name
			figures := append([]string{}, r.Narrative()...)
			cells := r.indicatorCells(r.Indicators[0])
			// the process-control cell prints each icon on its own line: each icon (glyph and word) is a figure
			figures = append(figures, cells[:len(cells)-1]...)
			figures = append(figures, strings.Split(cells[len(cells)-1], " ")...)
			for _, d := range r.Departments {
				figures = append(figures, d.Name)
			}
			for _, x := range figures {
				if !strings.Contains(htmlText, x) {
					t.Errorf("HTML lacks %q", x)
				}
				if !strings.Contains(docText, x) {
					t.Errorf("DOCX lacks %q", x)
				}
			}
			if f.PDF == "" {
				checkKeyRows(t, r, page, docxDoc(t, f.DOCX)["word/document.xml"], "")
				t.Log("no LibreOffice or pdftotext: the PDF's sections are not checked")
				return
			}
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", f.PDF, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			pdf := norm(string(out))
			// after the contents page, every section's title in order
			at := strings.Index(pdf, norm(want[len(want)-1])) + 1 // past the contents' last entry
			for _, h := range want {
				i := strings.Index(pdf[at:], norm(h))
				if i < 0 {
					t.Errorf("the PDF lacks section %q after byte %d", h, at)
					continue
				}
				at += i + len(norm(h))
			}
			// a line may break after a hyphen ("по-/лошо"), which pdftotext then joins ("полошо"):
			// compared without spaces and hyphens
			bare := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "") }
			for _, x := range r.Narrative() {
				if !strings.Contains(bare(pdf), bare(x)) {
					t.Errorf("the PDF lacks %q", x)
				}
			}
			checkReadyToSign(t, r, "PDF", string(out))
			checkHeaderWords(t, r, string(out))
			checkKeyRows(t, r, page, docxDoc(t, f.DOCX)["word/document.xml"], string(out))
		})
	}
}

var rawUnit = regexp.MustCompile(`\b(index|share|score|per1000|count|ratio)\b`)

// checkReadyToSign: the text a mayor signs.
func checkReadyToSign(t *testing.T, r *Report, what, text string) {
	t.Helper()
	w := func(k string) string { return word(r.Lang, k) }
	for _, must := range []string{w("limitsTitle"), w("preparedBy"), w("approvedBy"), w("regNo"), w("sigSignature"), w("limFDR")[:20]} {
		if !strings.Contains(text, must) && !strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(must), " ")) {
			t.Errorf("%s lacks %q", what, must)
		}
	}
	for _, never := range []string{r.Version, "LibreOffice", "Отзвук", "Otzvuk", "demo:seed", "Word попълва"} {
		if strings.Contains(text, never) {
			t.Errorf("%s contains %q", what, never)
		}
	}
	if r.Lang == "bg" {
		if m := rawUnit.FindString(text); m != "" {
			t.Errorf("%s contains the raw code %q", what, m)
		}
	}
	// one visible marker per department without actions, naming it
	for _, d := range r.Departments {
		if d.Action == "" && !strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(r.ToDo(d.Name)), " ")) {
			t.Errorf("%s: no to-do marker for %s", what, d.Name)
		}
	}
}

func TestReportIsReadyToSign(t *testing.T) {
	r, f := demoReport(t, "bg", Options{PreparedBy: ParsePerson("Мария Иванова, главен експерт"), RegNo: "РД-01-15"}, false)
	page, _ := os.ReadFile(f.HTML)
	_, htmlText := htmlHeadings(t, page)
	parts := docxDoc(t, f.DOCX)
	_, docText := docxHeadings(parts["word/document.xml"])
	for what, text := range map[string]string{"HTML": htmlText, "DOCX": docText} {
		checkReadyToSign(t, r, what, text)
		for _, must := range []string{"Мария Иванова", "главен експерт", "РД-01-15", r.DraftNote()} {
			if !strings.Contains(text, must) {
				t.Errorf("%s lacks %q", what, must)
			}
		}
		// no-break spaces: "2024 г.", "−3,0 п.п.", "20.02.2026 г." never break at a plain space
		for _, broken := range []string{"2024 г.", "п.п. ", " п.п.", "2026 г.", " т.)", "95 %"} {
			if strings.Contains(text, broken) && broken != "п.п. " {
				t.Errorf("%s: a breakable space in %q", what, broken)
			}
		}
		for _, must := range []string{"2024\u00a0г.", "−3,0\u00a0п.п.", "20.02.2026\u00a0г.", "−24,7\u00a0…\u00a0−17,6", "0,86\u00a0…\u00a00,88"} {
			if !strings.Contains(text, must) {
				t.Errorf("%s lacks %q", what, must)
			}
		}
	}
	// the version only in the document's properties
	if !strings.Contains(parts["docProps/app.xml"], r.Version) {
		t.Error("the DOCX's properties do not name the version")
	}
	if !strings.Contains(parts["word/header1.xml"], "ПРОЕКТ") {
		t.Error("the draft has no ПРОЕКТ watermark")
	}
	// n of a share is its denominator; a count has none
	for _, x := range r.Indicators {
		cells := r.indicatorCells(x)
		switch x.ID {
		case "METHOD_COVERAGE":
			if cells[3] != "5" {
				t.Errorf("METHOD_COVERAGE n = %q, want the 5 mandatory methods", cells[3])
			}
		case "SPC_COUNT_COMPLAINT":
			if cells[3] != "—" {
				t.Errorf("a count repeats its value as n: %q", cells[3])
			}
		case "SVC_TIME_RATIO":
			if cells[2] != "0,86\u00a0…\u00a00,88" {
				t.Errorf("a ratio's interval at another precision than its value: %q", cells[2])
			}
		}
	}
	// the annex names units and record kinds in words
	var annex bytes.Buffer
	if err := WriteAnnex(&annex, r); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&annex)
	if err != nil {
		t.Fatal(err)
	}
	for _, sheet := range []string{w(r, "sheetInd"), w(r, "sheetSources")} {
		rows, _ := x.GetRows(sheet)
		for _, row := range rows {
			for _, c := range row {
				if rawUnit.MatchString(c) && !strings.Contains(c, " ") || c == "all" || strings.HasPrefix(c, "demo:") {
					t.Errorf("annex %s: the raw code %q", sheet, c)
				}
			}
		}
	}
	// marked final (or every department's actions written): no draft marker
	r.Final = true
	var doc bytes.Buffer
	if err := WriteDOCX(&doc, r); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(doc.Bytes(), []byte("ПРОЕКТ")) {
		t.Error("the final report still says ПРОЕКТ")
	}
}

func w(r *Report, k string) string { return word(r.Lang, k) }

// checkHeaderWords: no table header breaks inside a word. Each header word (four letters or more)
// must appear whole in the PDF's text at least as often as the tables that carry it are printed;
// a word broken across two lines of its cell ("Стойнос" / "т") is missing from that count.
func checkHeaderWords(t *testing.T, r *Report, pdf string) {
	t.Helper()
	lang := r.Lang
	want := map[string]int{}
	add := func(head []string, times int) {
		for _, h := range head {
			for _, w := range strings.Fields(h) {
				w = strings.Trim(w, ",.%/")
				if len([]rune(w)) >= 4 {
					want[w] += times
				}
			}
		}
	}
	themed, drivers := 0, 0
	for _, d := range r.Departments {
		if len(d.Themes) > 0 {
			themed++
		}
		if d.Drivers != nil && !d.Drivers.Hidden {
			drivers++
		}
	}
	if len(r.Themes) > 0 {
		themed++
	}
	add(indicatorHead(lang), 1+len(r.Departments))
	add(signalHead(lang), 1)
	add(themeHead(lang), themed)
	add(driverHead(lang), drivers)
	got := map[string]int{}
	for _, w := range strings.Fields(pdf) {
		got[strings.Trim(w, ",.%/")]++
	}
	for w, n := range want {
		if got[w] < n {
			t.Errorf("the header word %q appears whole %d times in the PDF, want at least %d (broken inside a cell?)", w, got[w], n)
		}
	}
}
