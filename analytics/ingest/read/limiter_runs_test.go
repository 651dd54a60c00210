package read

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// The limiter taking runs and lines at once cuts, counts and passes on exactly what it does byte
// by byte, for random CSV-like text in random chunks, with a small cell limit so that cuts happen.
func TestLimiterRunsMatchByteByByte(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	pieces := []string{"a", "bb", "ж", ";", ",", "\n", "\r\n", `"`, `""`, `"x;y"`, " ", "0123456789", "\"multi\nline\"", ";;"}
	run := func(runs bool, src []byte, chunks []int, delim rune, cellLimit int) (string, []string, int, int) {
		header := []string{"a", "b", "c"}
		l := newCSVLimiter(bytes.NewReader(nil), "f.csv", delim, &header)
		l.byteByByte = !runs
		if cellLimit > 0 {
			l.cellLimit = cellLimit
		}
		var out []byte
		at := 0
		for _, n := range chunks {
			out = l.filter(out, src[at:at+n])
			at += n
		}
		if l.skipping {
			out = l.endCut(out, false)
		}
		var cuts []string
		for _, c := range l.cuts {
			cuts = append(cuts, fmt.Sprintf("%d %+v %d", c.csvLine, *c.problem, c.swallowed))
		}
		return string(out), cuts, l.line, l.swallowed
	}
	for k := 0; k < 3000; k++ {
		var b bytes.Buffer
		for n := rng.Intn(60); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := b.Bytes()
		var chunks []int
		for rest := len(src); rest > 0; {
			n := min(rest, 1+rng.Intn(12))
			chunks = append(chunks, n)
			rest -= n
		}
		delim := []rune{';', ',', '\t', '·'}[rng.Intn(4)]
		limit := []int{0, 3, 6, 12}[rng.Intn(4)]
		o1, c1, l1, s1 := run(true, src, chunks, delim, limit)
		o2, c2, l2, s2 := run(false, src, chunks, delim, limit)
		if o1 != o2 || l1 != l2 || s1 != s2 || !reflect.DeepEqual(c1, c2) {
			t.Fatalf("%q (delim %q, limit %d, chunks %v):\nruns  %q %v line %d swallowed %d\nbytes %q %v line %d swallowed %d",
				src, delim, limit, chunks, o1, c1, l1, s1, o2, c2, l2, s2)
		}
	}
}

// A multi-byte delimiter (the profile may name any character) is not mistaken for its lead byte.
func TestCSVLimiterWithAMultiByteDelimiter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sect.csv")
	body := strings.ReplaceAll(cardsHeader+goodRow+"K2,05.03.2026,GRAO,box,4,\u00a0°\u00a0\n", ",", "§")
	os.WriteFile(path, []byte(body), 0o644)
	src, err := Open(path, Options{Delimiter: "§"})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	for _, want := range []string{"Благодаря", "\u00a0°\u00a0"} {
		cells, _, err := src.Next()
		if err != nil || len(cells) != 6 || cells[5] != want {
			t.Fatalf("%q %v", cells, err)
		}
	}
}

// The preview of an oversized Cyrillic cell is cut on a character boundary, through the limiter
// (one-byte delimiter) and the reader (multi-byte delimiter) alike.
func TestOversizedCyrillicCellPreview(t *testing.T) {
	big := "x" + strings.Repeat("я", MaxCell/2+10) // 64 bytes cut "я" in half after the "x"
	for _, delim := range []string{",", "§"} {
		body := strings.ReplaceAll(cardsHeader+goodRow+"K2,05.03.2026,GRAO,box,4,", ",", delim) + big + "\n"
		path := writeFile(t, "cards.csv", body)
		src, err := Open(path, Options{Delimiter: delim})
		if err != nil {
			t.Fatal(err)
		}
		src.Next()
		_, _, err = src.Next()
		src.Close()
		var pr *Problem
		if !errors.As(err, &pr) || pr.Code != "cell_too_large" || pr.Column != "Коментар" || !utf8.ValidString(pr.Value) ||
			!strings.HasPrefix(pr.Value, "xяя") || len(pr.Value) < 60 {
			t.Errorf("delimiter %s: %v %+v", delim, err, pr)
		}
	}
}
