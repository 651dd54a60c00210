package read

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
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
	_, fast := ourRows(t, path, Options{})
	simpleCells = false
	_, slow := ourRows(t, path, Options{})
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

// A sheet refused at open (here: a repeated column name) leaves no reading goroutine behind, and
// a source read to the end and closed neither.
func TestXLSXReaderLeavesNoGoroutine(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.xlsx")
	zipWith(t, long, `<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 200000)
	dup := filepath.Join(dir, "dup.xlsx")
	zipWith(t, dup, "", 0, `<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>`,
		strings.Repeat(`<row><c t="inlineStr"><is><t>y</t></is></c></row>`, 200000))
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		src, err := Open(long, Options{})
		if err != nil {
			t.Fatal(err)
		}
		src.Next()
		src.Close() // closed with most of the sheet unread
		if _, err := Open(dup, Options{HeaderRow: 2}); err == nil || !strings.Contains(err.Error(), "x") {
			t.Fatalf("a repeated column name: %v", err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if after := runtime.NumGoroutine(); after > before+2 {
		t.Errorf("goroutines %d → %d", before, after)
	}
}
