package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"otzvuk/analytics/methodology"
)

func TestKeyIndicatorsRule(t *testing.T) {
	yes := true
	order := map[string]int{}
	for i, id := range append(append([]string{}, methodology.Importance...), "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9") {
		order[id] = i
	}
	rows := func(ids ...string) []IndicatorRow {
		var out []IndicatorRow
		for _, id := range ids {
			out = append(out, IndicatorRow{ID: id})
		}
		return out
	}
	ids := func(rows []IndicatorRow) string {
		var s []string
		for _, x := range rows {
			s = append(s, x.ID)
		}
		return strings.Join(s, " ")
	}
	// headline indicators only, in reading order, cut at 8
	all := rows("X1", "SVC_COUNT", "NPS", "SAT_IDX", "SAT_PCT", "SVC_ONTIME", "SVC_TTR", "SPC_UPHELD", "CARD_NEG", "WAIT_OK", "X2")
	if got := ids(keyIndicators(all, order)); got != "SAT_IDX SAT_PCT NPS SVC_ONTIME SVC_TTR SPC_UPHELD CARD_NEG WAIT_OK" {
		t.Errorf("headline: %s", got)
	}
	// a significant change comes in before the headline ones it displaces
	all[0].Significant = &yes
	if got := ids(keyIndicators(all, order)); got != "SAT_IDX SAT_PCT NPS SVC_ONTIME SVC_TTR SPC_UPHELD CARD_NEG X1" {
		t.Errorf("significant first: %s", got)
	}
	// fewer than 5 headline: the rest fill in up to 5, no more
	if got := ids(keyIndicators(rows("X3", "X2", "SAT_IDX", "X1", "X4", "X5", "X6"), order)); got != "SAT_IDX X1 X2 X3 X4" {
		t.Errorf("filled to 5: %s", got)
	}
	if got := ids(keyIndicators(rows("X3", "SAT_IDX"), order)); got != "SAT_IDX X3" {
		t.Errorf("fewer than 5 with data: %s", got)
	}
}

// checkKeyRows: every department's section shows between 5 and 8 indicator rows (its key ones) in
// the HTML, the DOCX and the PDF, and the annex every row of every department.
func checkKeyRows(t *testing.T, r *Report, page []byte, docBody, pdf string) {
	t.Helper()
	for _, d := range r.Departments {
		lo := min(minKey, len(d.Rows))
		if len(d.Key) < lo || len(d.Key) > maxKey {
			t.Errorf("%s: %d key indicators of %d", d.Name, len(d.Key), len(d.Rows))
		}
	}
	// HTML: the tables by data-rows, rows counted
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var key, annex []int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" {
			kind := attr(n, "data-rows")
			rows := 0
			var count func(*html.Node)
			count = func(m *html.Node) {
				if m.Type == html.ElementNode && m.Data == "tr" && attr(m, "data-indicator") != "" {
					rows++
				}
				for c := m.FirstChild; c != nil; c = c.NextSibling {
					count(c)
				}
			}
			count(n)
			switch kind {
			case "key":
				key = append(key, rows)
			case "annex":
				annex = append(annex, rows)
				// its department's name is the first row of its head (printed again on every page)
				if i := len(annex) - 1; i < len(r.Departments) {
					if got := annexCaption(n); got != r.Departments[i].Name {
						t.Errorf("HTML: the annex's table %d has %q as the first row of its head, want %q", i, got, r.Departments[i].Name)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	checkCounts(t, r, "HTML", key, annex)

	// DOCX: the table after each department's key-indicators sentence and after each annex name (the
	// name is its caption row: the rows after it are the header and the department's rows)
	tableAfter := func(marker *regexp.Regexp) []int {
		var out []int
		for _, at := range marker.FindAllStringIndex(docBody, -1) {
			rest := docBody[at[1]:]
			end := strings.Index(rest, "</w:tbl>")
			out = append(out, strings.Count(rest[:end], "<w:tr>")+strings.Count(rest[:end], "<w:tr ")-1) // less the header
		}
		return out
	}
	key = tableAfter(regexp.MustCompile(regexp.QuoteMeta(esc(word(r.Lang, "deptKey")))))
	annex = tableAfter(regexp.MustCompile(`<w:pStyle w:val="AnnexDept"/>`))
	checkCounts(t, r, "DOCX", key, annex)

	if pdf == "" {
		return
	}
	// PDF: each department's key names between its heading and its actions; every row's name after
	// the annex's heading (compared without spaces and hyphens: a name may wrap in its cell)
	bare := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "") }
	text := bare(pdf)
	annexAt := strings.LastIndex(text, bare(word(r.Lang, "annexTitle")))
	if annexAt < 0 {
		t.Fatal("the PDF has no annex")
	}
	at := strings.Index(text, bare(word(r.Lang, "annexTitle"))) + 1 // past the contents' last entry
	for i, d := range r.Departments {
		title := ""
		for _, s := range r.Outline() {
			if s.ID == "dept" && s.Dept == i {
				title = bare(s.Title)
			}
		}
		start := strings.Index(text[at:], title)
		if start < 0 {
			t.Errorf("PDF: no section %s", d.Name)
			continue
		}
		start += at
		end := start + strings.Index(text[start:], bare(word(r.Lang, "actions")))
		seg := text[start:end]
		for _, x := range d.Key {
			if !strings.Contains(seg, bare(x.Name)) {
				t.Errorf("PDF: %s's section lacks its key indicator %q", d.Name, x.Name)
			}
		}
		at = end
	}
	for _, d := range r.Departments {
		i := strings.Index(text[annexAt:], bare(d.Name))
		if i < 0 {
			t.Errorf("PDF: the annex lacks %s", d.Name)
			continue
		}
		seg := text[annexAt+i:]
		for _, x := range d.Rows {
			if !strings.Contains(seg, bare(x.Name)) {
				t.Errorf("PDF: the annex's %s lacks %q", d.Name, x.Name)
			}
		}
	}
}

func checkCounts(t *testing.T, r *Report, what string, key, annex []int) {
	t.Helper()
	if len(key) != len(r.Departments) || len(annex) != len(r.Departments) {
		t.Fatalf("%s: %d key tables and %d annex tables for %d departments", what, len(key), len(annex), len(r.Departments))
	}
	for i, d := range r.Departments {
		if key[i] != len(d.Key) || key[i] > maxKey || (len(d.Rows) >= minKey && key[i] < minKey) {
			t.Errorf("%s: %s's section has %d indicator rows (%d key of %d)", what, d.Name, key[i], len(d.Key), len(d.Rows))
		}
		if annex[i] != len(d.Rows) {
			t.Errorf("%s: the annex has %d rows of %s, want all %d", what, annex[i], d.Name, len(d.Rows))
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// annexCaption: the text of the first row of a table's head when it is a caption row.
func annexCaption(table *html.Node) string {
	var first func(*html.Node) *html.Node
	first = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.Data == "tr" {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if tr := first(c); tr != nil {
				return tr
			}
		}
		return nil
	}
	if tr := first(table); tr != nil && attr(tr, "class") == "caption" && tr.Parent != nil && tr.Parent.Data == "thead" {
		return strings.TrimSuffix(textOf(tr), " ") // textOf ends each text with a space
	}
	return ""
}
