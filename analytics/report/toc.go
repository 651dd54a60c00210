package report

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// The table of contents' page numbers. LibreOffice does not update a DOCX's TOC field when it
// converts the document, so the PDF would list the headings without pages. PaginatedDOCX lays the
// document out twice: the first PDF says on which page each heading landed (read from the PDF's
// outline, the bookmarks LibreOffice writes for the headings), the DOCX is written again with the
// TOC field's cached result carrying those pages, and laid out again; a TOC of the same entries
// keeps the pagination, which the second PDF's outline confirms.

// PaginatedDOCX returns the report as DOCX whose table of contents carries the page numbers, and
// that DOCX laid out by LibreOffice as PDF. Without LibreOffice it returns ErrNoOffice (and the
// plain DOCX, its TOC without page numbers, so a caller wanting only the DOCX can still write it;
// so does any other failure of LibreOffice's).
func PaginatedDOCX(ctx context.Context, r *Report) (docx, pdf []byte, err error) {
	var plain bytes.Buffer
	titles, err := writeDOCX(&plain, r, nil)
	if err != nil {
		return nil, nil, err
	}
	if _, ok := OfficePath(); !ok {
		return plain.Bytes(), nil, ErrNoOffice
	}
	pdf, err = DOCXToPDF(ctx, plain.Bytes())
	if err != nil {
		return plain.Bytes(), nil, err
	}
	pages, ok := headingPages(pdf, titles)
	if !ok {
		// an outline we cannot read: the PDF as it is, its TOC without numbers
		return plain.Bytes(), pdf, nil
	}
	// the numbers (and the dot leaders) can push a long heading onto a second line, so the
	// layout is checked and, if a heading moved, done again with the new pages
	for range 3 {
		var doc bytes.Buffer
		if _, err := writeDOCX(&doc, r, pages); err != nil {
			return nil, nil, err
		}
		out, err := DOCXToPDF(ctx, doc.Bytes())
		if err != nil {
			return plain.Bytes(), nil, err
		}
		again, ok := headingPages(out, titles)
		if ok && slices.Equal(again, pages) {
			return doc.Bytes(), out, nil
		}
		if !ok {
			return plain.Bytes(), pdf, nil
		}
		pages = again
	}
	return plain.Bytes(), nil, errors.New("the table of contents' page numbers do not settle / номерата на страниците в съдържанието не се установяват")
}

var (
	pdfObject  = regexp.MustCompile(`(?s)(?:^|[\r\n\s])(\d+) 0 obj\b(.*?)endobj`)
	pdfRef     = regexp.MustCompile(`(\d+) 0 R`)
	pdfRoot    = regexp.MustCompile(`/Root\s+(\d+) 0 R`)
	pdfPages   = regexp.MustCompile(`/Pages\s+(\d+) 0 R`)
	pdfKids    = regexp.MustCompile(`(?s)/Kids\s*\[(.*?)\]`)
	pdfOutline = regexp.MustCompile(`(?s)/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*/Dest\s*\[\s*(\d+) 0 R`)
)

// headingPages reads the PDF's outline (LibreOffice writes one entry per heading, with the page
// it points at) and returns, for each title in document order, its 1-based page: the first outline
// entry of that title on or after the previous title's page. ok is false when a title is missing.
// It reads the uncompressed objects LibreOffice writes (no object streams).
func headingPages(pdf []byte, titles []string) ([]int, bool) {
	objs := map[string][]byte{}
	for _, m := range pdfObject.FindAllSubmatch(pdf, -1) {
		objs[string(m[1])] = m[2]
	}
	root := pdfRoot.FindSubmatch(pdf)
	if root == nil {
		return nil, false
	}
	pagesRef := pdfPages.FindSubmatch(objs[string(root[1])])
	if pagesRef == nil {
		return nil, false
	}
	// the page tree, depth first: a page's number is its place in that order
	pageNo := map[string]int{}
	var walk func(id string, depth int)
	walk = func(id string, depth int) {
		body := objs[id]
		kids := pdfKids.FindSubmatch(body)
		if kids == nil || depth > 32 {
			if _, seen := pageNo[id]; !seen {
				pageNo[id] = len(pageNo) + 1
			}
			return
		}
		for _, k := range pdfRef.FindAllSubmatch(kids[1], -1) {
			walk(string(k[1]), depth+1)
		}
	}
	walk(string(pagesRef[1]), 0)
	// outline entries: title → the pages it points at, ascending
	at := map[string][]int{}
	for _, m := range pdfOutline.FindAllSubmatch(pdf, -1) {
		p, ok := pageNo[string(m[2])]
		if !ok {
			continue
		}
		t := normTitle(pdfString(m[1]))
		at[t] = append(at[t], p)
	}
	for t := range at {
		slices.Sort(at[t])
	}
	out := make([]int, len(titles))
	last := 0
	for i, t := range titles {
		found := 0
		for _, p := range at[normTitle(t)] {
			if p >= last {
				found = p
				break
			}
		}
		if found == 0 {
			return nil, false
		}
		out[i], last = found, found
	}
	return out, true
}

func normTitle(s string) string { return strings.Join(strings.Fields(s), " ") }

// pdfString decodes a PDF string: <hex> (UTF-16BE with its byte order mark, as LibreOffice writes
// non-ASCII titles, else bytes) or (literal) with its backslash escapes.
func pdfString(raw []byte) string {
	var b []byte
	if raw[0] == '<' {
		hex := strings.Join(strings.Fields(string(raw[1:len(raw)-1])), "")
		if len(hex)%2 == 1 {
			hex += "0"
		}
		for i := 0; i+1 < len(hex); i += 2 {
			v, err := strconv.ParseUint(hex[i:i+2], 16, 8)
			if err != nil {
				return ""
			}
			b = append(b, byte(v))
		}
	} else {
		s := raw[1 : len(raw)-1]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c != '\\' || i+1 == len(s) {
				b = append(b, c)
				continue
			}
			i++
			switch e := s[i]; e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case '\r', '\n': // a line continuation
			default:
				if e >= '0' && e <= '7' {
					v, n := 0, 0
					for n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7' {
						v = v*8 + int(s[i]-'0')
						i++
						n++
					}
					i--
					b = append(b, byte(v))
				} else {
					b = append(b, e)
				}
			}
		}
	}
	if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(utf16.Decode(u))
	}
	// PDFDocEncoding: Latin-1 is close enough for the headings' ASCII
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
