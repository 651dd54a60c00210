package read

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScan is a small streaming XML tokenizer for the parts of an XLSX file: tags with their
// attributes, and the text between them. It keeps one buffer; text is read with a limit, so a
// huge value costs its limit, not its size.
type xmlScan struct {
	r        io.Reader
	buf      []byte
	pos, end int
	err      error
	tag      xmlTag
	raw      []byte
}

type xmlTag struct {
	name  string // local name, without a namespace prefix
	end   bool   // </name>
	self  bool   // <name/>
	attrs []byte
}

var errXML = errors.New("malformed XML")

func newXMLScan(r io.Reader) *xmlScan {
	return &xmlScan{r: r, buf: make([]byte, 256<<10)}
}

// fill reads more input, keeping the unread bytes; false at the end of input.
func (x *xmlScan) fill() bool {
	if x.err != nil {
		return false
	}
	if x.pos > 0 {
		copy(x.buf, x.buf[x.pos:x.end])
		x.end -= x.pos
		x.pos = 0
	}
	if x.end == len(x.buf) {
		x.buf = append(x.buf, make([]byte, len(x.buf))...) // a tag longer than the buffer
	}
	n, err := x.r.Read(x.buf[x.end:])
	x.end += n
	if err != nil {
		x.err = err
	}
	return n > 0 || err == nil
}

func (x *xmlScan) fail() error {
	if x.err != nil && x.err != io.EOF {
		return x.err
	}
	return io.EOF
}

// next skips to the next tag and reads it (comments, declarations and CDATA outside text are skipped).
func (x *xmlScan) next() (*xmlTag, error) {
	for {
		i := bytes.IndexByte(x.buf[x.pos:x.end], '<')
		if i < 0 {
			x.pos = x.end
			if !x.fill() {
				return nil, x.fail()
			}
			continue
		}
		x.pos += i
		for x.end-x.pos < 2 && x.fill() {
		}
		if x.end-x.pos >= 2 && (x.buf[x.pos+1] == '!' || x.buf[x.pos+1] == '?') {
			if err := x.skipSpecial(); err != nil {
				return nil, err
			}
			continue
		}
		return x.readTag()
	}
}

// readTag reads the tag at x.pos ('<'). The search for its '>' resumes where it stopped after
// each read, so an endless tag costs its length once (not once per read).
func (x *xmlScan) readTag() (*xmlTag, error) {
	// Almost every tag: its first '>' has no single quote and an even number of double quotes
	// before it, so it is outside any attribute value and ends the tag.
	if i := bytes.IndexByte(x.buf[x.pos+1:x.end], '>'); i >= 0 {
		seg := x.buf[x.pos+1 : x.pos+1+i]
		if bytes.IndexByte(seg, '\'') < 0 && bytes.Count(seg, []byte{'"'})%2 == 0 {
			return x.parseTag(seg), x.advance(x.pos + 2 + i)
		}
	}
	quote := byte(0)
	from := 1 // offset from x.pos still to search
	for {
		for i := x.pos + from; i < x.end; i++ {
			c := x.buf[i]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '>':
				return x.parseTag(x.buf[x.pos+1 : i]), x.advance(i + 1)
			}
		}
		from = x.end - x.pos
		if from > maxTagBytes {
			return nil, errXML
		}
		if !x.fill() {
			return nil, errXML
		}
	}
}

// maxTagBytes bounds one tag with its attributes.
const maxTagBytes = 4 << 20

func (x *xmlScan) advance(to int) error {
	x.pos = to
	return nil
}

func (x *xmlScan) parseTag(b []byte) *xmlTag {
	t := &x.tag
	t.end, t.self = false, false
	if len(b) > 0 && b[0] == '/' {
		t.end = true
		b = b[1:]
	}
	if len(b) > 0 && b[len(b)-1] == '/' {
		t.self = true
		b = b[:len(b)-1]
	}
	n := 0
	for n < len(b) && !isSpace(b[n]) {
		n++
	}
	name := b[:n]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	t.name = internName(name)
	t.attrs = b[n:]
	return t
}

// internName avoids an allocation for the names the reader looks at.
func internName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "row":
		return "row"
	case "t":
		return "t"
	case "f":
		return "f"
	case "is":
		return "is"
	case "r":
		return "r"
	case "si":
		return "si"
	}
	return string(b)
}

// skipSpecial skips <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE …> and <? … ?>.
func (x *xmlScan) skipSpecial() error {
	for x.end-x.pos < 9 {
		if !x.fill() {
			break
		}
	}
	var stop []byte
	rest := x.buf[x.pos:x.end]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		stop = []byte("-->")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		stop = []byte("]]>")
	case bytes.HasPrefix(rest, []byte("<?")):
		stop = []byte("?>")
	default:
		stop = []byte(">")
	}
	x.pos += 2
	for {
		if i := bytes.Index(x.buf[x.pos:x.end], stop); i >= 0 {
			x.pos += i + len(stop)
			return nil
		}
		if x.end-x.pos > len(stop) {
			x.pos = x.end - len(stop)
		}
		if !x.fill() {
			return errXML
		}
	}
}

// text appends the (unescaped) text up to the next tag to dst, keeping at most limit bytes;
// over says the text was longer. CDATA sections count as text.
func (x *xmlScan) text(dst []byte, limit int) (out []byte, over bool, err error) {
	start := len(dst)
	x.raw = x.raw[:0]
	total := 0
	for {
		i := bytes.IndexByte(x.buf[x.pos:x.end], '<')
		chunk := x.buf[x.pos:x.end]
		if i >= 0 {
			chunk = chunk[:i]
		}
		total += len(chunk)
		if keep := limit + 16 - len(x.raw); keep > 0 {
			x.raw = append(x.raw, chunk[:min(len(chunk), keep)]...)
		}
		x.pos += len(chunk)
		if i >= 0 {
			for x.end-x.pos < 9 && x.fill() {
			}
			if bytes.HasPrefix(x.buf[x.pos:x.end], []byte("<![CDATA[")) {
				x.pos += 9
				for {
					j := bytes.Index(x.buf[x.pos:x.end], []byte("]]>"))
					c := x.buf[x.pos:x.end]
					if j >= 0 {
						c = c[:j]
					} else if len(c) > 2 {
						c = c[:len(c)-2]
					} else {
						c = nil
					}
					total += len(c)
					if keep := limit + 16 - len(x.raw); keep > 0 {
						x.raw = append(x.raw, bytes.ReplaceAll(c[:min(len(c), keep)], []byte("&"), []byte("&amp;"))...)
					}
					x.pos += len(c)
					if j >= 0 {
						x.pos += 3
						break
					}
					if !x.fill() {
						return dst, false, errXML
					}
				}
				continue
			}
			break
		}
		if !x.fill() {
			if x.err != nil && x.err != io.EOF {
				return dst, false, x.err
			}
			break
		}
	}
	dst = appendUnescaped(dst, x.raw)
	if len(dst)-start > limit || total > limit+16 {
		return dst[:start+min(len(dst)-start, limit)], true, nil
	}
	return dst, false, nil
}

// simpleCell reads, at the scanner's position (just after a cell's opening tag), the content of
// a cell written the usual way — <v>text</v></c> or <is><t>text</t></is></c> — and appends its
// unescaped text to dst, consuming the cell's end too. For anything else (attributes, runs,
// formulas, CDATA, whitespace, a cell over MaxCell, a cell across the buffer's end) ok is false
// and nothing is consumed: the tokenizer reads it the long way.
func (x *xmlScan) simpleCell(dst []byte) (out []byte, ok bool) {
	if x.end-x.pos < 256 {
		x.fill()
	}
	b := x.buf[x.pos:x.end]
	var open, end []byte
	switch {
	case bytes.HasPrefix(b, cellV):
		open, end = cellV, cellVEnd
	case bytes.HasPrefix(b, cellIS):
		open, end = cellIS, cellISEnd
	default:
		return dst, false
	}
	rest := b[len(open):]
	i := bytes.IndexByte(rest, '<')
	if i < 0 || i > MaxCell || !bytes.HasPrefix(rest[i:], end) {
		return dst, false
	}
	dst = appendUnescaped(dst, rest[:i])
	x.pos += len(open) + i + len(end)
	return dst, true
}

var (
	cellV, cellVEnd   = []byte("<v>"), []byte("</v></c>")
	cellIS, cellISEnd = []byte("<is><t>"), []byte("</t></is></c>")
)

// skipText skips the text up to the next tag.
func (x *xmlScan) skipText() error {
	for {
		if i := bytes.IndexByte(x.buf[x.pos:x.end], '<'); i >= 0 {
			x.pos += i
			return nil
		}
		x.pos = x.end
		if !x.fill() {
			return x.fail()
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// attr returns the raw value of an attribute (by its full name, e.g. "r" or "r:id").
func (t *xmlTag) attr(name string) []byte {
	var v []byte
	t.eachAttr(func(key, val []byte) bool {
		if string(key) == name {
			v = val
			return false
		}
		return true
	})
	return v
}

// cellAttrs returns a cell's r, t and s attributes in one pass over the tag (what attr would
// return for each: the first of each name, nil when missing or after a malformed attribute).
func (t *xmlTag) cellAttrs() (r, typ, style []byte) {
	var seen [3]bool
	t.eachAttr(func(key, val []byte) bool {
		if len(key) == 1 {
			switch i := bytes.IndexByte([]byte("rts"), key[0]); {
			case i >= 0 && !seen[i]:
				seen[i] = true
				switch i {
				case 0:
					r = val
				case 1:
					typ = val
				case 2:
					style = val
				}
			}
		}
		return true
	})
	return
}

// eachAttr hands each attribute to fn, in order, until fn returns false or an attribute is malformed.
func (t *xmlTag) eachAttr(fn func(key, val []byte) bool) {
	b := t.attrs
	for len(b) > 0 {
		for len(b) > 0 && isSpace(b[0]) {
			b = b[1:]
		}
		eq := bytes.IndexByte(b, '=')
		if eq < 0 {
			return
		}
		key := bytes.TrimSpace(b[:eq])
		b = b[eq+1:]
		for len(b) > 0 && isSpace(b[0]) {
			b = b[1:]
		}
		if len(b) == 0 || (b[0] != '"' && b[0] != '\'') {
			return
		}
		q := b[0]
		end := bytes.IndexByte(b[1:], q)
		if end < 0 {
			return
		}
		val := b[1 : 1+end]
		b = b[2+end:]
		if !fn(key, val) {
			return
		}
	}
}

// attrLocal finds an attribute by its local name, whatever its prefix.
func (t *xmlTag) attrLocal(name string) []byte {
	for _, prefix := range []string{"r:", "", "x:"} {
		if v := t.attr(prefix + name); v != nil {
			return v
		}
	}
	return nil
}

func unescapeXML(b []byte) string { return string(appendUnescaped(nil, b)) }

// appendUnescaped appends XML text with its entities and character references resolved.
func appendUnescaped(dst, b []byte) []byte {
	for {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			return append(dst, b...)
		}
		dst = append(dst, b[:i]...)
		b = b[i:]
		semi := bytes.IndexByte(b, ';')
		if semi < 0 || semi > 12 {
			dst = append(dst, '&')
			b = b[1:]
			continue
		}
		ent := string(b[1:semi])
		switch {
		case ent == "amp":
			dst = append(dst, '&')
		case ent == "lt":
			dst = append(dst, '<')
		case ent == "gt":
			dst = append(dst, '>')
		case ent == "quot":
			dst = append(dst, '"')
		case ent == "apos":
			dst = append(dst, '\'')
		case len(ent) > 1 && ent[0] == '#':
			var n uint64
			var err error
			if ent[1] == 'x' || ent[1] == 'X' {
				n, err = strconv.ParseUint(ent[2:], 16, 32)
			} else {
				n, err = strconv.ParseUint(ent[1:], 10, 32)
			}
			if err != nil || !utf8.ValidRune(rune(n)) {
				dst = append(dst, b[:semi+1]...)
			} else {
				dst = utf8.AppendRune(dst, rune(n))
			}
		default:
			dst = append(dst, b[:semi+1]...)
		}
		b = b[semi+1:]
	}
}
