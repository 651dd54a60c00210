package report

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/export"
)

// The PDF's table of contents carries page numbers, and each is the page its heading is on; the
// DOCX written alongside carries the same numbers as the TOC field's cached PAGEREF results.
func TestPDFTableOfContentsHasPageNumbers(t *testing.T) {
	if _, ok := OfficePath(); !ok {
		t.Skip("libreoffice not installed")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) not installed: the PDF's text cannot be read")
	}
	s := open(t)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := Files{HTML: filepath.Join(dir, "r.html"), DOCX: filepath.Join(dir, "r.docx"), PDF: filepath.Join(dir, "r.pdf"), Guard: export.Guard{Protect: []string{s.Path}}}
	r, err := WriteFiles(ctx, s.DB, catalog(t), Options{Year: 2025, Municipality: "Община Перущица", Version: "test", Now: fixedNow}, files)
	if err != nil {
		t.Fatal(err)
	}
	// the headings the TOC must list: the outline's parts and a subsection per department
	var want []string
	for _, sec := range r.Outline() {
		if sec.Level <= 2 {
			want = append(want, sec.Title)
		}
	}
	if len(want) != 9+len(r.Departments) { // seven parts, the timeliness part (the demo has requests), the annex and the departments
		t.Fatalf("%d contents entries: %q", len(want), want)
	}

	out, err := exec.Command(pdftotext, "-layout", "-enc", "UTF-8", files.PDF, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "\f")
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	// the contents page: "Съдържание" and, per entry, the heading, a dot leader and a number
	tocPage := -1
	for i, p := range pages {
		if strings.Contains(p, plain("bg", "toc")) {
			tocPage = i
			break
		}
	}
	if tocPage < 0 {
		t.Fatal("no contents page in the PDF")
	}
	entry := regexp.MustCompile(`^\s*(.+?)\s*\.{4,}\s*(\d+)\s*$`)
	listed := map[string]int{}
	for _, line := range strings.Split(pages[tocPage], "\n") {
		if m := entry.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			listed[norm(m[1])] = n
		}
	}
	prev := 0
	for i, h := range want {
		n, ok := listed[h]
		if !ok {
			t.Errorf("the PDF's contents do not list %q with a page number:\n%s", h, pages[tocPage])
			continue
		}
		if n <= tocPage+1 || n > len(pages) || n < prev {
			t.Errorf("%q on page %d (after page %d, of %d)", h, n, prev, len(pages))
			continue
		}
		prev = n
		// the heading is really on that page, as a line of its own (every entry: at least the first five)
		found := false
		for _, line := range strings.Split(pages[n-1], "\n") {
			if norm(line) == h {
				found = true
			}
		}
		if !found {
			t.Errorf("entry %d: %q is not on page %d:\n%s", i+1, h, n, pages[n-1])
		}
	}
	if len(listed) != len(want) {
		t.Errorf("%d entries with numbers in the contents, want %d", len(listed), len(want))
	}
	t.Logf("%d contents entries on page %d, %d pages: %v", len(listed), tocPage+1, len(pages)-1, listed)
	checkRunningHeads(t, r, pages)

	// the DOCX carries the same pages as the cached results of its PAGEREF fields
	doc, err := os.ReadFile(files.DOCX)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	var body []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			body, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	ref := regexp.MustCompile(`<w:t xml:space="preserve">([^<]+)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF (_Toc\d+) \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">(\d+)</w:t>`)
	refs := ref.FindAllSubmatch(body, -1)
	if len(refs) != len(want) {
		t.Fatalf("%d PAGEREF entries in the DOCX's TOC, want %d", len(refs), len(want))
	}
	for i, m := range refs {
		n, _ := strconv.Atoi(string(m[3]))
		if string(m[1]) != want[i] || n != listed[want[i]] {
			t.Errorf("DOCX entry %d: %q page %d; the PDF lists %q on page %d", i+1, m[1], n, want[i], listed[want[i]])
		}
		if !bytes.Contains(body, []byte(`w:name="`+string(m[2])+`"/>`)) {
			t.Errorf("no bookmark %s on its heading", m[2])
		}
	}
}

// pdfString reads the strings LibreOffice writes as outline titles.
func TestPDFString(t *testing.T) {
	for raw, want := range map[string]string{
		`<FEFF0031002E0020041E0431043E043104490435043D04380435>`: "1. Обобщение",
		`(1. Summary \(all\)\\)`:                                 `1. Summary (all)\`,
		`(A\101\n)`:                                              "AA\n",
	} {
		if got := pdfString([]byte(raw)); got != want {
			t.Errorf("%s: %q, want %q", raw, got, want)
		}
	}
}

// checkRunningHeads: the title page carries no running header or footer; every page after it
// has the municipality and the report's year at its top and its bottom and "Стр. N от M".
func checkRunningHeads(t *testing.T, r *Report, pages []string) {
	t.Helper()
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1] // the text after the last form feed
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	head := norm(r.Municipality + " " + runningTitle(r))
	for i, p := range pages {
		lines := strings.Split(strings.Trim(p, "\n"), "\n")
		first, last := norm(lines[0]), norm(lines[len(lines)-1])
		foot := norm(fmt.Sprintf(w(r, "runningFoot"), r.Municipality, r.Year) + " " + w(r, "pageWord") + " " + strconv.Itoa(i+1) + " " + w(r, "pageOf") + " " + strconv.Itoa(len(pages)))
		if i == 0 {
			if strings.Contains(p, head) || strings.Contains(norm(p), w(r, "pageWord")+" 1") {
				t.Errorf("the title page has a running header or a page number:\n%s", p)
			}
			continue
		}
		if !strings.HasPrefix(first, head) {
			t.Errorf("page %d starts %q, want the running header %q", i+1, first, head)
		}
		if last != foot {
			t.Errorf("page %d ends %q, want the footer %q", i+1, last, foot)
		}
	}
}
