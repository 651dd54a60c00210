package read

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"unicode/utf8"
)

// Limits that make memory follow the limits, not the file: a row is refused while it streams in,
// before it is ever held whole.
const (
	// MaxRowBytes is the largest row (CSV record, XLSX row) accepted.
	MaxRowBytes = 16 << 20
	// MaxColumns is the widest row accepted (Excel's own limit).
	MaxColumns = 16384
)

// rowLimit tells the problems that reject one row over a limit; reading goes on with the next.
func rowLimit(code string) bool {
	return code == "cell_too_large" || code == "row_too_large" || code == "too_many_columns"
}

// csvLimiter sits between the decoded text and encoding/csv. It follows the CSV's quoting as the
// bytes pass; once a cell, a row or the number of columns is over its limit it cuts the record
// there (closing an open quote), drops the rest of it unread into memory and notes the cut, so
// encoding/csv never holds more than the limits and the other rows still import.
type csvLimiter struct {
	r         io.Reader
	path      string
	delim     byte
	header    *[]string // the column names, once read
	cellLimit int
	noFields  bool
	// byteByByte: filter never takes runs of bytes at once (a test compares the two ways).
	byteByByte bool

	buf, outBuf, out []byte
	err              error

	line     int // the physical line being read (1-based)
	rowStart int // the line the current record started on
	field    int // index of the current field in the record
	cell     int // bytes of the current field
	row      int // bytes of the current record
	prefix   []byte
	state    int

	skipping  bool
	cutState  int
	skippedNL int
	swallowed int // newlines dropped so far (encoding/csv does not count them)
	cuts      []csvCut
}

// csvCut is a record cut at a limit: csvLine is the line encoding/csv reports for it.
type csvCut struct {
	csvLine   int
	problem   *Problem
	swallowed int // newlines of the record dropped after the cut
}

const (
	fieldStart = iota
	unquoted
	quoted
	quoteInQuoted // a quote inside a quoted field: the end of it, or the first half of ""
)

func newCSVLimiter(r io.Reader, path string, delim rune, header *[]string) *csvLimiter {
	l := &csvLimiter{r: r, path: path, delim: byte(delim), header: header, line: 1, rowStart: 1, cellLimit: MaxCell, buf: make([]byte, 64<<10)}
	if delim >= utf8.RuneSelf {
		// A multi-byte delimiter is not followed byte by byte: only the row limit applies while
		// streaming, and the cell limit once encoding/csv has split the (bounded) row.
		l.delim, l.cellLimit, l.noFields = 0, MaxRowBytes, true
	}
	return l
}

func (l *csvLimiter) Read(p []byte) (int, error) {
	for len(l.out) == 0 {
		if l.err != nil {
			return 0, l.err
		}
		n, err := l.r.Read(l.buf)
		l.outBuf = l.filter(l.outBuf[:0], l.buf[:n])
		if err != nil {
			if l.skipping {
				l.outBuf = l.endCut(l.outBuf, false)
			}
			l.err = err
		}
		l.out = l.outBuf
	}
	n := copy(p, l.out)
	l.out = l.out[n:]
	return n, nil
}

func (l *csvLimiter) filter(dst, src []byte) []byte {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if l.skipping && l.state == quoted {
			// Inside a dropped quoted field only a quote or a line break matters.
			j := i
			for j < len(src) && src[j] != '"' && src[j] != '\n' {
				j++
			}
			if j > i {
				i = j - 1
				continue
			}
		}
		if !l.byteByByte && !l.skipping && (l.state == fieldStart || l.state == unquoted) && c != '\n' {
			// The rest of a line without quotes (most lines of most exports): its delimiters
			// counted at once, taken whole while no cell, the row or the columns can pass a limit.
			seg := src[i:]
			if k := bytes.IndexByte(seg, '\n'); k >= 0 {
				seg = seg[:k]
			}
			if bytes.IndexByte(seg, '"') < 0 {
				n, d := len(seg), 0
				if !l.noFields {
					d = bytes.Count(seg, []byte{l.delim})
				}
				if l.field+d < MaxColumns && l.row+n <= MaxRowBytes && l.cell+n <= l.cellLimit {
					l.row += n
					l.field += d
					if d == 0 {
						l.cell += n
						if room := 64 - len(l.prefix); room > 0 {
							l.prefix = append(l.prefix, seg[:min(room, n)]...)
						}
						l.state = unquoted
					} else {
						last := seg[bytes.LastIndexByte(seg, l.delim)+1:]
						l.cell = len(last)
						l.prefix = append(l.prefix[:0], last[:min(64, len(last))]...)
						l.state = unquoted
						if len(last) == 0 {
							l.state = fieldStart
						}
					}
					dst = append(dst, seg...)
					i += n - 1
					continue
				}
			}
		}
		if !l.byteByByte && !l.skipping && (l.state == unquoted || l.state == quoted) {
			// A run of plain bytes in a field (all but the delimiter and the line end outside
			// quotes, all but a quote inside them) only lengthens the cell: taken at once while it
			// stays within the limits, else byte by byte below to cut at the very byte.
			j := i
			if l.state == quoted {
				for j < len(src) && src[j] != '"' {
					j++
				}
			} else {
				for j < len(src) && src[j] != '\n' && (src[j] != l.delim || l.noFields) {
					j++
				}
			}
			if n := j - i; n > 0 && l.cell+n <= l.cellLimit && l.row+n <= MaxRowBytes && l.field < MaxColumns {
				run := src[i:j]
				if l.state == quoted {
					l.line += bytes.Count(run, []byte{'\n'})
				}
				l.cell += n
				l.row += n
				if room := 64 - len(l.prefix); room > 0 {
					l.prefix = append(l.prefix, run[:min(room, n)]...)
				}
				dst = append(dst, run...)
				i = j - 1
				continue
			}
		}
		end := l.advance(c)
		if l.skipping {
			if end {
				dst = l.endCut(dst, true)
			} else if c == '\n' {
				l.skippedNL++
			}
			continue
		}
		if !end && (l.cell > l.cellLimit || l.row > MaxRowBytes || l.field >= MaxColumns) {
			l.skipping, l.cutState, l.skippedNL = true, l.state, 0
			l.cuts = append(l.cuts, csvCut{csvLine: l.rowStart - l.swallowed, problem: l.problem()})
			if c == '\n' {
				l.skippedNL++
			}
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// endCut closes the cut record for encoding/csv: its open quote, then the line end.
func (l *csvLimiter) endCut(dst []byte, newline bool) []byte {
	if l.cutState == quoted {
		dst = append(dst, '"')
	}
	if newline {
		dst = append(dst, '\n')
	}
	l.cuts[len(l.cuts)-1].swallowed = l.skippedNL
	l.swallowed += l.skippedNL
	l.skipping = false
	return dst
}

// advance follows one byte through the CSV grammar and says whether it ended the record.
func (l *csvLimiter) advance(c byte) bool {
	if c == '\n' {
		l.line++
	}
	switch l.state {
	case fieldStart, unquoted:
		switch {
		case c == l.delim && !l.noFields:
			l.nextField()
			return false
		case c == '\n':
			l.nextRecord()
			return true
		case c == '"' && l.state == fieldStart:
			l.state = quoted
			l.row++
			return false
		}
		l.state = unquoted
	case quoted:
		if c == '"' {
			l.state = quoteInQuoted
			l.row++
			return false
		}
	case quoteInQuoted:
		switch c {
		case '"':
			l.state = quoted // "" is one quote
		case l.delim:
			if l.noFields {
				l.state = unquoted
				break
			}
			l.nextField()
			return false
		case '\n':
			l.nextRecord()
			return true
		case '\r':
			return false
		default:
			l.state = unquoted // a bare quote: encoding/csv reports it
		}
	}
	l.cell++
	l.row++
	if len(l.prefix) < 64 {
		l.prefix = append(l.prefix, c)
	}
	return false
}

func (l *csvLimiter) nextField() {
	l.field++
	l.row++
	l.cell = 0
	l.prefix = l.prefix[:0]
	l.state = fieldStart
}

func (l *csvLimiter) nextRecord() {
	l.field, l.cell, l.row = 0, 0, 0
	l.prefix = l.prefix[:0]
	l.state = fieldStart
	l.rowStart = l.line
}

func (l *csvLimiter) problem() *Problem {
	col := ""
	if l.header != nil && l.field < len(*l.header) && !l.noFields {
		col = (*l.header)[l.field]
	}
	if col == "" && !l.noFields {
		col = columnName(l.field)
	}
	file := filepath.Base(l.path)
	switch {
	case l.field >= MaxColumns:
		return newErr(file, l.rowStart, "", "", "too_many_columns", strconv.Itoa(MaxColumns))
	case l.cell > l.cellLimit && !l.noFields:
		return newErr(file, l.rowStart, col, string(validPrefix(l.prefix)), "cell_too_large", "")
	}
	return newErr(file, l.rowStart, col, "", "row_too_large", strconv.Itoa(MaxRowBytes>>20))
}

// columnName names a column beyond the header by its 1-based position.
func columnName(i int) string { return "#" + strconv.Itoa(i+1) }

// validPrefix cuts a byte prefix back to whole UTF-8 characters.
func validPrefix(b []byte) []byte {
	for len(b) > 0 {
		if utf8.Valid(b) {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}
