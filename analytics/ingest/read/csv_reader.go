package read

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

type csvSource struct {
	path   string
	f      *os.File
	r      *csv.Reader
	header []string
	info   SourceInfo
	check  *utf8Check
	limit  *csvLimiter
	cut    int        // cuts of limit already reported
	shift  int        // newlines the limiter dropped before the current record
	odd    *byteCount // UTF-16 input: an odd byte count means a truncated last character
	last   int        // the line of the last record read
}

const sampleSize = 64 << 10

func openCSV(path string, o Options) (Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, newErr(filepath.Base(path), 0, "", "", "io", err.Error())
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	br := bufio.NewReaderSize(f, sampleSize)
	sample, _ := br.Peek(sampleSize)
	atEOF := len(sample) < sampleSize
	if len(bytes.TrimSpace(sample)) == 0 {
		return nil, newErr(filepath.Base(path), 0, "", "", "empty_file", "")
	}
	enc := strings.ToLower(strings.ReplaceAll(o.Encoding, "_", "-"))
	if enc == "" || enc == "auto" {
		if enc, err = detectEncoding(path, sample, atEOF); err != nil {
			return nil, err
		}
	}
	s := &csvSource{path: path, f: f, info: SourceInfo{Format: "csv", Encoding: enc}}
	var text io.Reader
	switch enc {
	case "utf-8", "utf8":
		s.info.Encoding = "utf-8"
		s.check = &utf8Check{path: path, r: br, line: 1}
		text = s.check
	case "utf-16", "utf-16le":
		s.odd = &byteCount{r: br}
		text = transform.NewReader(s.odd, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder())
	case "utf-16be":
		s.odd = &byteCount{r: br}
		text = transform.NewReader(s.odd, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder())
	case "windows-1251", "cp1251", "1251":
		s.info.Encoding = "windows-1251"
		text = transform.NewReader(br, charmap.Windows1251.NewDecoder())
	default:
		return nil, newErr(filepath.Base(path), 0, "", "", "unknown_encoding", o.Encoding)
	}
	text = skipBOM(text)
	tb := bufio.NewReaderSize(text, sampleSize)
	decodedSample, _ := tb.Peek(sampleSize)
	if bytes.IndexByte(decodedSample, '\r') >= 0 && bytes.IndexByte(decodedSample, '\n') < 0 {
		// Old Mac line ends (CR only, as some spreadsheet "CSV (Macintosh)" exports write them):
		// read each CR as the end of a line.
		tb = bufio.NewReaderSize(crLines{tb}, sampleSize)
		decodedSample, _ = tb.Peek(sampleSize)
	}
	if len(bytes.TrimSpace(decodedSample)) == 0 {
		return nil, newErr(filepath.Base(path), 0, "", "", "empty_file", "") // a byte order mark and nothing else
	}
	delim := o.Delimiter
	if delim == `\t` || strings.EqualFold(delim, "tab") {
		delim = "\t"
	}
	if delim == "" || delim == "auto" {
		d, ok := detectDelimiter(string(decodedSample))
		if !ok {
			return nil, newErr(filepath.Base(path), 0, "", "", "unknown_delimiter", "")
		}
		delim = d
	}
	s.info.Delimiter = delim
	s.limit = newCSVLimiter(tb, path, []rune(delim)[0], &s.header)
	r := csv.NewReader(s.limit)
	r.Comma = []rune(delim)[0]
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	s.r = r
	// The header: the profile's row, or the first row with any text. header_row counts the file's
	// lines as an editor numbers them, blank lines included (the reader skips blank lines, so
	// counting the records it returns would move the header down by every blank line before it);
	// a blank line at header_row means the first row with text after it.
	want := o.HeaderRow
	for {
		rec, err := s.read()
		if err == io.EOF {
			return nil, newErr(filepath.Base(path), 0, "", "", "empty_file", "")
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if c := s.limit.cuts; len(c) > 0 && c[0].csvLine == line {
			return nil, c[0].problem // the header itself is over a limit
		}
		if (want > 0 && line >= want) || (want == 0 && !blankRow(rec)) {
			s.header = trimAll(rec)
			s.info.HeaderRow = line
			break
		}
	}
	if err := uniqueHeader(path, s.info.HeaderRow, s.header); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

func (s *csvSource) read() ([]string, error) {
	rec, err := s.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if s.check != nil && s.check.err != nil {
			return nil, s.check.err
		}
		if errors.As(err, &pe) {
			return nil, newErr(filepath.Base(s.path), pe.StartLine+s.shift, "", "", "bad_quotes", pe.Err.Error())
		}
		if err == io.EOF {
			return nil, err
		}
		return nil, newErr(filepath.Base(s.path), 0, "", "", "io", err.Error())
	}
	if s.check != nil && s.check.err != nil {
		return nil, s.check.err
	}
	return rec, nil
}

func (s *csvSource) Header() []string { return s.header }
func (s *csvSource) Info() SourceInfo { return s.info }
func (s *csvSource) Close() error     { return s.f.Close() }

func (s *csvSource) Next() ([]string, int, error) {
	for {
		rec, err := s.read()
		if err == io.EOF && s.odd != nil && s.odd.n%2 == 1 {
			// Half a UTF-16 character at the end: the file was cut; its last row is not whole.
			return nil, s.last, newErr(filepath.Base(s.path), s.last, "", "", "truncated_utf16", "")
		}
		if err != nil {
			return nil, 0, err
		}
		line, _ := s.r.FieldPos(0)
		s.last = line + s.shift
		if s.cut < len(s.limit.cuts) && s.limit.cuts[s.cut].csvLine == line {
			c := s.limit.cuts[s.cut]
			s.cut++
			s.shift += c.swallowed
			return nil, c.problem.Row, c.problem
		}
		line += s.shift
		if blankRow(rec) {
			continue
		}
		for i, c := range rec {
			if len(c) > MaxCell {
				col := ""
				if i < len(s.header) {
					col = s.header[i]
				}
				return nil, line, newErr(filepath.Base(s.path), line, col, string(validPrefix([]byte(c[:64]))), "cell_too_large", "")
			}
		}
		return rec, line, nil
	}
}

func blankRow(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func trimAll(rec []string) []string {
	out := make([]string, len(rec))
	for i, c := range rec {
		out[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
	}
	return out
}

// byteCount counts the bytes read through it.
type byteCount struct {
	r io.Reader
	n int64
}

func (c *byteCount) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// crLines reads a CR-only text with LF line ends.
type crLines struct{ r io.Reader }

func (c crLines) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// utf16Guess tells BOM-less UTF-16 by where its NUL bytes fall: text whose characters are mostly
// ASCII or Cyrillic has a NUL in every ASCII character's high byte — the odd bytes in little-endian,
// the even bytes in big-endian — and none in the other half. The guess must then decode to text.
func utf16Guess(sample []byte) string {
	var even, odd int
	n := len(sample) &^ 1
	for i := 0; i < n; i++ {
		if sample[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := n / 2
	enc, order := "", unicode.LittleEndian
	switch {
	case odd > half/4 && even == 0:
		enc = "utf-16le"
	case even > half/4 && odd == 0:
		enc, order = "utf-16be", unicode.BigEndian
	default:
		return ""
	}
	text, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(sample[:n])
	if err != nil || controlBytes(text) || !utf8.Valid(text) {
		return ""
	}
	return enc
}

// detectEncoding: a BOM decides; NUL bytes mean UTF-16 without a BOM when they fall as its ASCII
// characters' high bytes do, and binary when over 1 % of the sample are control bytes;
// text that is valid UTF-8 is UTF-8 (a truncated last character is reported, not re-guessed);
// anything else is taken as Windows-1251, the encoding of Bulgarian office exports.
func detectEncoding(path string, sample []byte, atEOF bool) (string, error) {
	switch {
	case bytes.HasPrefix(sample, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", nil
	case bytes.HasPrefix(sample, []byte{0xFF, 0xFE}), bytes.HasPrefix(sample, []byte{0xFE, 0xFF}):
		return "utf-16", nil
	case bytes.IndexByte(sample, 0) >= 0:
		if enc := utf16Guess(sample); enc != "" {
			return enc, nil
		}
		// A file of control bytes is binary; a stray NUL in text is the row's problem, wherever
		// in the file it is (the mapper rejects a cell that holds one).
		if controlBytes(sample) {
			return "", newErr(filepath.Base(path), 0, "", "", "binary", "")
		}
	}
	valid, multibyte, invalid := scanUTF8(sample, atEOF)
	if invalid == 0 {
		return "utf-8", nil
	}
	if valid && multibyte > 0 {
		return "utf-8", nil // a UTF-8 file whose only flaw is at its very end
	}
	if multibyte > 4*invalid {
		return "utf-8", nil // mostly UTF-8 with a few broken bytes: read as UTF-8 and report them
	}
	if controlBytes(sample) {
		return "", newErr(filepath.Base(path), 0, "", "", "binary", "")
	}
	return "windows-1251", nil
}

// scanUTF8 counts well-formed multi-byte characters and invalid bytes; valid means the only
// invalid bytes form an incomplete character at the very end of the file.
func scanUTF8(b []byte, atEOF bool) (validExceptTail bool, multibyte, invalid int) {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if !atEOF && len(b)-i < utf8.UTFMax {
				break // the sample cut a character: not an error
			}
			if atEOF && len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:]) {
				return true, multibyte, invalid + 1
			}
			invalid++
			i++
			continue
		}
		if size > 1 {
			multibyte++
		}
		i += size
	}
	return invalid == 0, multibyte, invalid
}

func controlBytes(b []byte) bool {
	n := 0
	for _, c := range b {
		if c < 0x09 || (c > 0x0D && c < 0x20) {
			n++
		}
	}
	return n > len(b)/100
}

// detectDelimiter picks the candidate that splits the first lines into the same number of columns.
func detectDelimiter(sample string) (string, bool) {
	lines := strings.Split(sample, "\n")
	if len(lines) > 1 && !strings.HasSuffix(sample, "\n") {
		lines = lines[:len(lines)-1] // the sample may cut the last line
	}
	if len(lines) > 30 {
		lines = lines[:30]
	}
	best, bestScore := "", 0.0
	for _, d := range []string{",", ";", "\t", "|"} {
		counts := map[int]int{}
		nonEmpty := 0
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				continue
			}
			nonEmpty++
			counts[countOutsideQuotes(l, d[0])]++
		}
		mode, modeN := 0, 0
		for c, n := range counts {
			if c > 0 && (n > modeN || n == modeN && c > mode) {
				mode, modeN = c, n
			}
		}
		if mode == 0 || nonEmpty == 0 {
			continue
		}
		score := float64(modeN)/float64(nonEmpty) + float64(mode)/1000
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	if best == "" {
		// One column and no delimiter at all is a legitimate (if odd) file; a steady other
		// separator (# : ~ ^) is a delimiter we do not read.
		for _, other := range []byte{'#', ':', '~', '^'} {
			steady := len(lines) > 0
			for _, l := range lines {
				if strings.TrimSpace(l) != "" && strings.IndexByte(l, other) < 0 {
					steady = false
				}
			}
			if steady {
				return "", false
			}
		}
		return ",", len(lines) > 0
	}
	return best, bestScore >= 0.6
}

func countOutsideQuotes(line string, d byte) int {
	n, quoted := 0, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case d:
			if !quoted {
				n++
			}
		}
	}
	return n
}

// utf8Check passes UTF-8 through and remembers the first invalid byte's line.
type utf8Check struct {
	path    string
	r       io.Reader
	line    int
	err     *Problem
	pending []byte
}

func (c *utf8Check) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	buf := append(c.pending, p[:n]...)
	c.pending = nil
	if c.err == nil && utf8.Valid(buf) {
		c.line += bytes.Count(buf, []byte{'\n'}) // the common case, at memory speed
		return n, err
	}
	i := 0
	for i < len(buf) {
		r, size := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(buf[i:]) && err == nil {
				c.pending = append([]byte{}, buf[i:]...)
				break
			}
			if c.err == nil {
				code := "bad_utf8"
				if err == io.EOF && !utf8.FullRune(buf[i:]) {
					code = "truncated_utf8"
				}
				c.err = newErr(filepath.Base(c.path), c.line, "", "", code, "")
			}
			i++
			continue
		}
		if r == '\n' {
			c.line++
		}
		i += size
	}
	if c.err != nil {
		return n, fmt.Errorf("%w", c.err)
	}
	return n, err
}

// skipBOM drops a leading U+FEFF from decoded text.
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	return br
}

// Fraction is how far into the file the reader is, 0–1 (the import's progress).
func (s *csvSource) Fraction() float64 {
	st, err := s.f.Stat()
	if err != nil || st.Size() == 0 {
		return 0
	}
	off, _ := s.f.Seek(0, io.SeekCurrent)
	return float64(off) / float64(st.Size())
}
