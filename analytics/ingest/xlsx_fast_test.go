package ingest

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The shortcut for the usual cells reads what the tokenizer reads, for cells of every shape and
// cells that cross the scanner's buffer.
func TestXLSXSimpleCellsMatchTheTokenizer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shapes.xlsx")
	var tail []string
	for i, cell := range []string{
		`<c r="B%d"><v>42</v></c>`,
		`<c r="B%d" t="inlineStr"><is><t>Иван &amp; Мария &#1050;&lt;</t></is></c>`,
		`<c r="B%d" t="inlineStr"><is><t xml:space="preserve"> с интервал </t></is></c>`,
		`<c r="B%d" t="inlineStr"><is><r><t>r1</t></r><r><t>r2</t></r></is></c>`,
		`<c r="B%d" t="inlineStr"><is><t><![CDATA[<cdata & co>]]></t></is></c>`,
		`<c r="B%d"><f>1+1</f><v>2</v></c>`,
		`<c r="B%d"> <v>7</v> </c>`,
		`<c r="B%d"><v></v></c>`,
		`<c r="B%d" t="inlineStr"><is><t></t></is></c>`,
		`<c r="B%d" t="inlineStr"><is><t>a</t><rPh><t>phonetic</t></rPh></is></c>`,
		`<c r="B%d"><v>1</v></c >`,
	} {
		n := i + 2
		tail = append(tail, fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>K%d</t></is></c>`, n, n, n)+fmt.Sprintf(cell, n)+`</row>`)
	}
	// Then enough plain rows that cells fall across the 256 KB buffer's end, in both shapes.
	for n := 20; n < 20000; n++ {
		tail = append(tail, fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>K%d %s</t></is></c><c r="B%d"><v>%d.5</v></c></row>`,
			n, n, n, strings.Repeat("ж", n%17), n, n))
	}
	zipWith(t, path, "", 0, tail...)
	_, fast := ourRows(t, path, ReadOptions{})
	simpleCells = false
	_, slow := ourRows(t, path, ReadOptions{})
	simpleCells = true
	if len(fast) != 20000-20+12 {
		t.Fatalf("%d rows", len(fast))
	}
	if !reflect.DeepEqual(fast, slow) {
		for n, r := range slow {
			if !reflect.DeepEqual(fast[n], r) {
				t.Errorf("row %d: shortcut %q, tokenizer %q", n, fast[n], r)
			}
		}
	}
	if got := fast[3][1]; got != "Иван & Мария К<" {
		t.Errorf("entities: %q", got)
	}
}
