package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// The annual report as DOCX, written as Office Open XML with archive/zip and encoding/xml: the
// Go module proxy serves no well-kept, freely licensed DOCX library (gooxml is not served,
// unioffice needs a paid licence, godocx publishes no versions), and the part of WordprocessingML a
// report needs — styles, headings, tables, inline images, a header and a footer — is small.
// Headings use the built-in Heading 1–3 styles (outline levels), so Word's table of contents works;
// the document asks Word to update its fields (the TOC, page numbers) when it is opened.

type docx struct {
	pageBreakBefore bool // the next paragraph starts a page
	rowHeight       int  // a table's body rows at least this tall (twips): room to sign
	keepLast        bool // a short table's last row kept with the next paragraph too
	toc             []tocEntry
	lang            string
	body            bytes.Buffer
	images          [][]byte
	pic             int
	// cellRuns, when set, gives a body cell's runs (WordprocessingML) in place of its text
	cellRuns func(row, col int) (string, bool)
	// caption, when set, is the next table's first row across all its columns, repeated with the
	// header on every page the table runs onto (the annex's department: a page continuing a long
	// table said whose it was nowhere)
	caption string
}

type tocEntry struct {
	level int
	text  string
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (d *docx) para(style, text string) {
	level := map[string]int{"Heading1": 1, "Heading2": 2}[style]
	if level == 0 {
		d.paraRuns(style, "", run(text, ""))
		return
	}
	// a heading in the table of contents carries the bookmark its entry's PAGEREF points at
	d.toc = append(d.toc, tocEntry{level, text})
	n := len(d.toc)
	d.paraRuns(style, "", fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, n, tocBookmark(n)), run(text, ""), fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, n))
}

func tocBookmark(n int) string { return fmt.Sprintf("_Toc%08d", n) }

func run(text, rpr string) string {
	if rpr != "" {
		rpr = "<w:rPr>" + rpr + "</w:rPr>"
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func (d *docx) paraRuns(style, ppr string, runs ...string) {
	d.body.WriteString("<w:p><w:pPr>")
	if style != "" {
		fmt.Fprintf(&d.body, `<w:pStyle w:val="%s"/>`, style)
	}
	if d.pageBreakBefore {
		d.body.WriteString(`<w:pageBreakBefore/>`)
		d.pageBreakBefore = false
	}
	d.body.WriteString(ppr)
	d.body.WriteString("</w:pPr>")
	for _, r := range runs {
		d.body.WriteString(r)
	}
	d.body.WriteString("</w:p>")
}

// table writes a Word table: a repeated header row, numbers right-aligned (right[i]).
func (d *docx) table(head []string, rows [][]string, right []bool) {
	// the first column (names) gets three shares of the width, every other column one
	unit := 9638 / (len(head) + 2)
	widths := make([]int, len(head))
	for i := range head {
		widths[i] = unit
	}
	widths[0] = 9638 - unit*(len(head)-1)
	d.tableW(head, rows, right, widths)
}

// tableW is table with the columns' widths in twentieths of a point (the text is 9638 wide);
// fixed layout, so Word and LibreOffice keep them.
func (d *docx) tableW(head []string, rows [][]string, right []bool, widths []int) {
	d.body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="OtzvukTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&d.body, `<w:gridCol w:w="%d"/>`, w)
	}
	d.body.WriteString(`</w:tblGrid>`)
	col := 0
	// a short table stays on one page with what comes before it (keepNext on every row but the
	// last): no orphan table on a page of its own, no heading left above a table's first row
	keep := len(rows) <= 12
	last := false
	rowIndex := 0
	cell := func(text string, r, header bool, at int) {
		fmt.Fprintf(&d.body, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, widths[col%len(widths)])
		col++
		if header {
			d.body.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>`)
		}
		d.body.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>`)
		// the signature block at the document's end (keepLast) keeps its last row with the
		// paragraph that ends the document too: the block moves to a page with room rather than
		// leaving that paragraph alone on a blank last page
		if keep && (!last || d.keepLast) {
			d.body.WriteString(`<w:keepNext/>`)
		}
		if r {
			d.body.WriteString(`<w:jc w:val="right"/>`)
		}
		d.body.WriteString(`</w:pPr>`)
		rpr := ""
		if header { // a size smaller than the cells: every header word fits its column unbroken
			rpr = `<w:b/><w:sz w:val="15"/><w:szCs w:val="15"/>`
		}
		if runs, ok := "", false; !header && d.cellRuns != nil {
			if runs, ok = d.cellRuns(rowIndex, at); ok {
				d.body.WriteString(runs)
				d.body.WriteString(`</w:p></w:tc>`)
				return
			}
		}
		d.body.WriteString(run(text, rpr))
		d.body.WriteString(`</w:p></w:tc>`)
	}
	if d.caption != "" {
		fmt.Fprintf(&d.body, `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:gridSpan w:val="%d"/>`+
			`<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/></w:tcBorders></w:tcPr>`+
			`<w:p><w:pPr><w:pStyle w:val="AnnexDept"/><w:keepNext/></w:pPr>%s</w:p></w:tc></w:tr>`, tableWidth(widths), len(widths), run(d.caption, ""))
	}
	d.body.WriteString(`<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
	for i, h := range head {
		cell(h, right[i], true, i)
	}
	d.body.WriteString(`</w:tr>`)
	for k, row := range rows {
		last, rowIndex = k == len(rows)-1, k
		height := ""
		if d.rowHeight > 0 {
			height = fmt.Sprintf(`<w:trHeight w:val="%d"/>`, d.rowHeight)
		}
		d.body.WriteString(`<w:tr><w:trPr><w:cantSplit/>` + height + `</w:trPr>`)
		for i, c := range row {
			cell(c, right[i], false, i)
		}
		d.body.WriteString(`</w:tr>`)
	}
	d.body.WriteString(`</w:tbl>`)
	if d.rowHeight > 0 {
		// the signatures' table: the paragraph Word requires after it is one point high, so it
		// never spills onto a blank page
		d.body.WriteString(tinyPara)
		return
	}
	d.body.WriteString(gapAfterTable)
}

// tableWidth: the sum of a table's columns' widths.
func tableWidth(widths []int) int {
	w := 0
	for _, x := range widths {
		w += x
	}
	return w
}

// gapAfterTable is the empty line after a table; tinyPara the one-point paragraph Word requires
// after a table that ends a page's content. Its mark is not hidden: a hidden mark joins the
// paragraph to the next one, and LibreOffice then keeps the table with a heading that starts a
// new page, leaving the page before half empty.
const (
	gapAfterTable = `<w:p><w:pPr></w:pPr>` + `<w:r><w:t xml:space="preserve"></w:t></w:r></w:p>`
	tinyPara      = `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`
)

// newPage starts the next paragraph on a new page. A table that ended the page before keeps
// only a one-point paragraph after it: its empty line, were the table to fill the page, would
// spill onto a page of its own, left blank.
func (d *docx) newPage() {
	if b := d.body.String(); strings.HasSuffix(b, gapAfterTable) {
		d.body.Truncate(len(b) - len(gapAfterTable))
		d.body.WriteString(tinyPara)
	}
	d.pageBreakBefore = true
}

// image places a PNG inline in a paragraph of style, wIn × hIn inches, with its alternative text.
func (d *docx) image(style string, png []byte, wIn, hIn float64, alt string) {
	d.images = append(d.images, png)
	d.pic++
	n := d.pic
	cx, cy := int64(wIn*914400), int64(hIn*914400)
	fmt.Fprintf(&d.body, `<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">`+
		`<wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Chart %d" descr="%s"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="chart%d.png" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="rIdImg%d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		style, cx, cy, n, n, esc(alt), n, n, esc(alt), n, cx, cy)
}

// indicatorTable is the HTML report's indicators table, cell for cell, in widths that keep every
// header word and every number on one line.
func (d *docx) indicatorTable(r *Report, rows []IndicatorRow) {
	var out [][]string
	for _, x := range rows {
		out = append(out, r.indicatorCells(x))
	}
	// the last column is the process-control icons, drawn as the window draws them
	d.cellRuns = func(row, col int) (string, bool) {
		if col != 8 {
			return "", false
		}
		return spcRuns(rows[row].SPC, d.lang), true
	}
	d.tableW(indicatorHead(d.lang), out, []bool{false, true, true, true, true, true, false, false, false},
		[]int{1738, 950, 1300, 600, 900, 1050, 850, 950, 1300}) // the status wide enough for "✗ missed" whole
	d.cellRuns = nil
}

// WriteDOCX writes the annual report as an editable Word document. Its table of contents lists
// the headings without page numbers (Word fills them in); PaginatedDOCX adds them.
func WriteDOCX(w io.Writer, r *Report) error {
	_, err := writeDOCX(w, r, nil)
	return err
}

// writeDOCX writes the document with pages[i] as the i-th TOC entry's cached page number (none
// when pages does not have one per entry) and returns the TOC entries' headings.
func writeDOCX(w io.Writer, r *Report, pages []int) ([]string, error) {
	d := &docx{lang: r.Lang}
	d.titlePage(r)
	// the sections, in the order and with the titles of the outline every format shares (outline.go)
	signed := false
	for _, sec := range r.Outline() {
		s, err := d.section(r, sec)
		if err != nil {
			return nil, err
		}
		signed = signed || s
	}
	if !signed {
		d.signatures(r, true)
	}
	titles := d.fillTOC(pages)
	return titles, d.write(w, r)
}

// titlePage writes the cover and the table of contents' field: no tool name or version (those
// are in the document's properties).
func (d *docx) titlePage(r *Report) {
	lang := r.Lang
	wd := func(k string) string { return word(lang, k) }
	title := "Title"
	if img, wi, hi, ok := coatPNG(r.CoatOfArms); ok {
		d.image("Coat", img, wi, hi, r.CoatAlt())
		title = "TitleUnderCoat" // the coat takes the room the title's space above had
	}
	d.para("Subtitle", r.Municipality)
	d.para(title, wd("title"))
	d.para("Subtitle", fmt.Sprintf(wd("subtitle"), r.Year))
	if r.Partial {
		d.para("Notice", fmt.Sprintf(wd("partialYear"), strings.Replace(r.Coverage, "/", format.In(lang, " от ", " of "), 1)))
	}
	d.para("", wd("regNo")+" "+orBlank(r.RegNo)+"   "+wd("sigDate")+": "+format.Date(r.Now, lang))
	if r.Draft() {
		d.para("Notice", r.DraftNote())
	}
	if r.Demo {
		d.para("Notice", wd("demo"))
	}
	// the table of contents: a TOC field over Heading 1–3, filled in by Word when it updates fields
	d.para("TOCHeading", wd("toc"))
	d.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	// the field's result until Word updates it: the headings without page numbers (filled in below)
	d.body.WriteString(tocMarker)
	d.body.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	d.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)

}

// section writes one section of the outline; signed: the signatures were written (before the annex).
func (d *docx) section(r *Report, sec Section) (signed bool, err error) {
	lang := r.Lang
	wd := func(k string) string { return word(lang, k) }
	prev := r.Year - 1
	switch sec.ID {
	case "summary":
		d.para("Heading1", sec.Title)
		for _, p := range r.Narrative() {
			d.para("", p)
		}
		if err := d.chart(r.Overview, r.Year, fmt.Sprintf(wd("overview"), r.Year, prev), lang); err != nil {
			return false, err
		}
		if err := d.summaryBars(r); err != nil {
			return false, err
		}
	case "worse", "better":
		d.para("Heading3", sec.Title)
		list := map[string][]methodology.Change{"worse": r.Worse, "better": r.Better}[sec.ID]
		if len(list) == 0 {
			d.para("", r.NoChange())
		}
		for _, c := range list {
			d.para("ListBullet", arrow(c.Delta)+" "+r.changeLine(c))
		}
		if sec.ID == "better" {
			if note := r.FDRNote(); note != "" {
				d.para("", note)
			}
		}
	case "themes":
		d.para("Heading3", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("themesIntro"), ""))
		d.themesTable(r.Themes)
	case "methods":
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("methodsIntro"), ""))
		var mrows [][]string
		for _, m := range r.Methods {
			mand, state := "—", wd("applied")
			if m.Mandatory {
				mand = wd("yes")
			}
			if m.Records == 0 {
				state = wd("missing")
			}
			mrows = append(mrows, []string{m.Name, mand, format.F(float64(m.Records), lang, 0), state})
		}
		d.tableW([]string{wd("method"), wd("mandatory"), wd("records"), ""}, mrows, []bool{false, false, true, false}, []int{4638, 1700, 1500, 1800})
	case "indicators":
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("indIntro"), ""))
		d.indicatorTable(r, r.Indicators)
		d.para("Caption", fmt.Sprintf(wd("spcLegend"), r.Year))
	case "backlog":
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(fmt.Sprintf(wd("backlogIntro"), r.Year, format.Date(r.BacklogAsOf, lang)), ""))
		var brows [][]string
		for _, b := range r.Backlog {
			brows = append(brows, backlogCells(b, lang))
		}
		d.tableW(backlogHead(lang), brows, []bool{false, true, true, true, true, true, true, true, true, true},
			[]int{1838, 700, 700, 800, 900, 900, 900, 900, 1000, 1000})
		d.para("Caption", wd("backlogLegend"))
	case "signals":
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("sigIntro"), ""))
		var srows [][]string
		for _, s := range r.Signals {
			srows = append(srows, signalCells(s, lang))
		}
		d.tableW(signalHead(lang), srows, []bool{false, true, true, true, true, true, true, true, true, true},
			[]int{1898, 860, 860, 860, 860, 860, 860, 860, 860, 860})
		d.para("Caption", wd("sigLegend"))
	case "departments":
		d.para("Heading1", sec.Title)
	case "dept":
		dep := r.Departments[sec.Dept]
		// each department on a new page: a property of its heading, not an empty paragraph
		// holding a break, which makes a blank page when the one before ends full
		if sec.Dept > 0 {
			d.newPage()
		}
		d.para("Heading2", sec.Title)
		if err := d.chart(dep.Chart, r.Year, wd("deptChart"), lang); err != nil {
			return false, err
		}
		d.paraRuns("", `<w:keepNext/>`, run(wd("deptKey"), ""))
		d.indicatorTable(r, dep.Key)
	case "actions":
		dep := r.Departments[sec.Dept]
		d.para("Heading3", sec.Title)
		if strings.TrimSpace(dep.Action) == "" {
			d.para("ToDo", r.ToDo(dep.Name))
		}
		for _, line := range strings.Split(strings.ReplaceAll(dep.Action, "\r\n", "\n"), "\n") {
			if strings.TrimSpace(line) != "" {
				d.para("", line)
			}
		}
	case "deptThemes":
		d.para("Heading3", sec.Title)
		d.themesTable(r.Departments[sec.Dept].Themes)
	case "deptDrivers":
		d.para("Heading3", sec.Title)
		m := r.Departments[sec.Dept].Drivers
		if m.Hidden {
			d.para("", fmt.Sprintf(wd("driversHidden"), m.N))
			return false, nil
		}
		d.paraRuns("", `<w:keepNext/>`, run(fmt.Sprintf(wd("driversIntro"), m.N, format.F(100*m.R2, lang, 0)), ""))
		var rows [][]string
		for _, x := range driverCells(m, lang) {
			rows = append(rows, x)
		}
		d.tableW(driverHead(lang), rows, []bool{false, true, true, true, false}, []int{2838, 1100, 1600, 1300, 2800})
	case "limits":
		d.para("Heading1", sec.Title)
		l := r.Limits()
		for _, p := range l.Paragraphs {
			d.para("", p)
		}
		d.para("", wd("limDateBasis"))
		for _, b := range l.DateBasis {
			d.para("ListBullet", "• "+b)
		}
	case "sources":
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("srcIntro"), ""))
		var frows [][]string
		for _, s := range r.Sources {
			frows = append(frows, []string{sourceName(s.File, lang), kindWord(s.Kind, lang), format.F(float64(s.Read), lang, 0), format.F(float64(s.Accepted), lang, 0), format.F(float64(s.Rejected), lang, 0),
				format.Date(s.Finished, lang), s.SHA256[:min(len(s.SHA256), 12)]})
		}
		d.tableW([]string{wd("file"), wd("kindWord"), wd("read"), wd("accepted"), wd("rejected"), wd("imported"), "SHA-256"}, frows,
			[]bool{false, false, true, true, true, false, false}, []int{2000, 1600, 1100, 950, 1150, 1350, 1488})
	case "annex":
		// signed before the annex: the tables follow the signatures, each department under its name
		d.signatures(r, false)
		signed = true
		d.newPage()
		d.para("Heading1", sec.Title)
		d.paraRuns("", `<w:keepNext/>`, run(wd("annexIntro"), ""))
		for _, dep := range r.Departments {
			d.caption = dep.Name // in the table's repeated header: on every page of its table
			d.indicatorTable(r, dep.Rows)
			d.caption = ""
		}
	}
	return signed, nil
}

// fillTOC puts the table of contents' cached entries into the body and returns their headings.
func (d *docx) fillTOC(pages []int) []string {
	// the table of contents' cached entries, one paragraph each, inside the TOC field; with page
	// numbers, each is what Word itself writes: a link to the heading's bookmark, a dotted tab and
	// a PAGEREF field whose result is the page
	numbered := len(pages) == len(d.toc)
	var toc strings.Builder
	titles := make([]string, len(d.toc))
	for i, e := range d.toc {
		titles[i] = e.text
		if i > 0 { // the first entry shares the paragraph the field begins in
			fmt.Fprintf(&toc, `</w:p><w:p><w:pPr><w:pStyle w:val="TOC%d"/>%s</w:pPr>`, e.level, map[bool]string{true: tocTabs}[numbered])
		}
		if !numbered {
			toc.WriteString(run(e.text, ""))
			continue
		}
		mark := tocBookmark(i + 1)
		fmt.Fprintf(&toc, `<w:hyperlink w:anchor="%s" w:history="1">%s<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF %s \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`,
			mark, run(e.text, ""), mark, run(fmt.Sprint(pages[i]), ""))
	}
	body := strings.Replace(d.body.String(), tocMarker, toc.String(), 1)
	if numbered { // the first entry's paragraph, written before the entries were known
		body = strings.Replace(body, `<w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>`, `<w:pStyle w:val="TOC1"/>`+tocTabs+`</w:pPr><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>`, 1)
	}
	d.body.Reset()
	d.body.WriteString(body)
	return titles
}

// tocTabs: the page number right-aligned at the text's right edge (A4 less the margins), dot leader.
const tocTabs = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>`

const tocMarker = "\x00TOC\x00"

const nsDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:w10="urn:schemas-microsoft-com:office:word"`

func (d *docx) write(w io.Writer, r *Report) error {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	put := func(name, body string) error {
		f, err := zw.Create(name)
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, body)
		return err
	}
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
	if err := put("[Content_Types].xml", ct); err != nil {
		return err
	}
	if err := put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`); err != nil {
		return err
	}
	// the tool that made the document and its version: in the properties, never on a page
	if err := put("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>`+esc("Otzvuk "+r.Version)+`</Application></Properties>`); err != nil {
		return err
	}
	title := plain(r.Lang, "title")
	if err := put("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`+
		`<dc:title>`+esc(fmt.Sprintf("%s — %s — %d", title, r.Municipality, r.Year))+`</dc:title><dc:creator>`+esc(r.Municipality)+`</dc:creator><dc:language>`+r.Lang+`</dc:language>`+
		`<dcterms:created xsi:type="dcterms:W3CDTF">`+r.Now.UTC().Format("2006-01-02T15:04:05Z")+`</dcterms:created></cp:coreProperties>`); err != nil {
		return err
	}
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
		`<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
		`<Relationship Id="rIdFooterFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>`
	for i := range d.images {
		rels += fmt.Sprintf(`<Relationship Id="rIdImg%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart%d.png"/>`, i+1, i+1)
	}
	rels += `</Relationships>`
	if err := put("word/_rels/document.xml.rels", rels); err != nil {
		return err
	}
	for i, img := range d.images {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("word/media/chart%d.png", i+1), Method: zip.Store})
		if err != nil {
			return err
		}
		if _, err := f.Write(img); err != nil {
			return err
		}
	}
	if err := put("word/styles.xml", stylesXML); err != nil {
		return err
	}
	if err := put("word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>`); err != nil {
		return err
	}
	// the watermark on every page, the title page too: ПРОЕКТ until the report is final, ДЕМО on made-up data
	var marks []string
	if r.Demo {
		marks = append(marks, format.In(r.Lang, "ДЕМО", "DEMO"))
	}
	if r.Draft() {
		marks = append(marks, word(r.Lang, "draft"))
	}
	mark := ""
	if len(marks) > 0 {
		mark = watermark(strings.Join(marks, " · "))
	}
	// the running header of every page after the title page: the municipality on the left, the
	// report and its year on the right (a right tab at the text's edge), the demo notice under them
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + nsDecl + `><w:p><w:pPr><w:pStyle w:val="Header"/>` +
		`<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="2" w:color="A6A6A6"/></w:pBdr>` + `<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>` +
		mark + run(r.Municipality, "") + `<w:r><w:tab/></w:r>` + run(runningTitle(r), "") + `</w:p>`
	if r.Demo {
		header += `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>` + run(plain(r.Lang, "demo"), `<w:b/><w:color w:val="8A5300"/>`) + `</w:p>`
	}
	header += `</w:hdr>`
	if err := put("word/header1.xml", header); err != nil {
		return err
	}
	// the title page's header holds only the watermark, its footer nothing
	if err := put("word/header2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr `+nsDecl+`><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`+mark+`</w:p></w:hdr>`); err != nil {
		return err
	}
	if err := put("word/footer2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr `+nsDecl+`><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>`); err != nil {
		return err
	}
	// the footer: the municipality and the year on the left, "Стр. 5 от 31" on the right
	field := func(code, cached string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + code + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			run(cached, "") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	if err := put("word/footer1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr `+nsDecl+`><w:p><w:pPr><w:pStyle w:val="Footer"/>`+
		`<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>`+run(fmt.Sprintf(word(r.Lang, "runningFoot"), r.Municipality, r.Year), "")+`<w:r><w:tab/></w:r>`+
		run(word(r.Lang, "pageWord")+nbsp, "")+field("PAGE", "1")+run(nbsp+word(r.Lang, "pageOf")+nbsp, "")+field("NUMPAGES", "1")+`</w:p></w:ftr>`); err != nil {
		return err
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + nsDecl + `><w:body>` + d.body.String() +
		`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
		`<w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:footerReference w:type="first" r:id="rIdFooterFirst"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>`
	if err := put("word/document.xml", doc); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, err := w.Write(out.Bytes())
	return err
}

// watermark is Word's own kind of text watermark (a VML text path behind the page), in the header
// so it is on every page.
func watermark(text string) string {
	return `<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">` +
		`<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>` +
		`<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>` +
		`<v:shape id="OtzvukWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:115pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d8d8d8" stroked="f">` +
		`<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Liberation Sans&quot;;font-size:1pt" string="` + esc(text) + `"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>`
}

const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans" w:eastAsia="Liberation Sans"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="bg-BG" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="2400" w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Coat"><w:name w:val="Coat of Arms"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TitleUnderCoat"><w:name w:val="Title Under Coat"/><w:basedOn w:val="Title"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="1000" w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="404040"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="480" w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="284"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:ind w:left="567"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="AnnexDept"><w:name w:val="Annex Department"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Caption"/><w:pPr><w:keepNext/><w:spacing w:after="60"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Notice"><w:name w:val="Notice"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="2" w:color="8A5300"/><w:left w:val="single" w:sz="6" w:space="4" w:color="8A5300"/><w:bottom w:val="single" w:sz="6" w:space="2" w:color="8A5300"/><w:right w:val="single" w:sz="6" w:space="4" w:color="8A5300"/></w:pBdr></w:pPr><w:rPr><w:color w:val="8A5300"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ToDo"><w:name w:val="To Do"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="dashed" w:sz="8" w:space="4" w:color="B03A00"/><w:left w:val="dashed" w:sz="8" w:space="4" w:color="B03A00"/><w:bottom w:val="dashed" w:sz="8" w:space="4" w:color="B03A00"/><w:right w:val="dashed" w:sz="8" w:space="4" w:color="B03A00"/></w:pBdr><w:spacing w:before="120" w:after="480"/></w:pPr><w:rPr><w:b/><w:color w:val="B03A00"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="OtzvukTable"><w:name w:val="Otzvuk Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`

// chart draws a monthly chart (the solid series is the report's year, or the department) with its caption.
func (d *docx) chart(c *charts.Chart, year int, caption, lang string) error {
	if c == nil {
		return nil
	}
	solid := fmt.Sprint(year)
	for _, p := range c.Points {
		if p.Series != word(lang, "total") && p.Series != fmt.Sprint(year-1) {
			solid = p.Series
			break
		}
	}
	months := charts.ShortMonths(lang)
	png, wi, hi, ok, err := lineChart(c, months[:], solid)
	if err != nil || !ok {
		return err
	}
	d.image("Figure", png, wi, hi, caption)
	d.para("Caption", caption)
	return nil
}

// summaryBars are the summary's two bar charts: satisfaction and services on time by department.
func (d *docx) summaryBars(r *Report) error {
	lang := r.Lang
	var sat, ontime []barItem
	var satTarget, ontimeTarget *float64
	for _, sec := range r.Departments {
		for _, x := range sec.Rows {
			if x.Value == nil {
				continue
			}
			switch x.ID {
			case "SAT_IDX":
				sat = append(sat, barItem{sec.Name, *x.Value})
				satTarget = x.Target
			case "SVC_ONTIME":
				ontime = append(ontime, barItem{sec.Name, *x.Value})
				ontimeTarget = x.Target
			}
		}
	}
	if len(sat) > 0 {
		png, wi, hi, err := barChart(sat, satTarget, word(lang, "satAxis"), lang)
		if err != nil {
			return err
		}
		caption := fmt.Sprintf(format.In(lang, "Индекс на удовлетвореност по отдели, %d\u00a0г. (пунктир: целта)",
			"Satisfaction index by department, %d (dashed: the target)"), r.Year)
		d.image("Figure", png, wi, hi, caption)
		d.para("Caption", caption)
	}
	if len(ontime) > 0 {
		png, wi, hi, err := barChart(ontime, ontimeTarget, format.In(lang, "Услуги в срок, %", "Services done on time, %"), lang)
		if err != nil {
			return err
		}
		caption := fmt.Sprintf(format.In(lang, "Дял на услугите, извършени в срок, по отдели, %d\u00a0г. (пунктир: целта)",
			"Share of services done on time by department, %d (dashed: the target)"), r.Year)
		d.image("Figure", png, wi, hi, caption)
		d.para("Caption", caption)
	}
	return nil
}

func (d *docx) themesTable(rows []ThemeRow) {
	var out [][]string
	for _, t := range rows {
		out = append(out, themeCells(t, d.lang))
	}
	d.tableW(themeHead(d.lang), out, []bool{false, true, true, true, false}, []int{3638, 1800, 1200, 1600, 1400})
}

// signatures is the block the officials sign: prepared by, approved by, each with name, position,
// date and signature; what settings do not give is a line to fill in.
func (d *docx) signatures(r *Report, atEnd bool) {
	w := func(k string) string { return word(r.Lang, k) }
	// a sentence that goes with the block, so it never stands alone on a page
	d.paraRuns("", `<w:keepNext/><w:spacing w:before="480"/>`, run(fmt.Sprintf(w("sigLead"), r.Year), ""))
	var rows [][]string
	for _, s := range r.Signatories() {
		rows = append(rows, []string{s.Role, s.Name, s.Position, "", ""}) // an empty box is the line to write on
	}
	d.rowHeight, d.keepLast = 700, atEnd
	d.tableW([]string{"", w("sigName"), w("sigPosition"), w("sigDate"), w("sigSignature")}, rows,
		[]bool{false, false, false, false, false}, []int{1500, 2900, 2338, 1400, 1500})
	d.rowHeight, d.keepLast = 0, false
}

// runningTitle is the report and its year as the running header prints them.
func runningTitle(r *Report) string { return fmt.Sprintf(word(r.Lang, "runningHead"), r.Year) }
