package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The XLSX reader is our own: archive/zip plus a byte scanner over the sheet XML and the shared
// strings, so memory follows the limits (and not the decompressed size) and a sheet streams at
// memory speed. excelize stays for writing.

// Limits on what one zip entry may decompress to, enforced while it streams (declared sizes lie).
const (
	MaxSheetBytes         = 1 << 30   // one sheet's XML
	MaxSharedStringsBytes = 256 << 20 // the shared strings table
	maxPartBytes          = 64 << 20  // workbook, relationships, styles
	// maxZipRatio: past bombFloor bytes, an entry that expands more than this per compressed byte
	// is a zip bomb, not a spreadsheet (real sheets compress 5–100×).
	maxZipRatio = 500
	bombFloor   = 16 << 20
)

type xlsxSource struct {
	path       string
	file       *os.File
	zr         *zip.Reader
	sheet      *zip.File
	sst        []string
	dateXF     []bool // style index → the number format shows a date
	date1904   bool
	sstName    string
	stylesName string
	lastRow    int

	sc      *xmlScan
	rc      io.ReadCloser
	scratch []byte // cellValue's buffer
	header  []string
	info    SourceInfo
	pending *xlsxRow // a row read ahead
	merged  []string // merge ranges, read at the end of the sheet
	// mergedScanned: Open read them all (scanMerged); else the sheet's pass collects them (nextRow)
	mergedScanned bool
	done          bool
}

type xlsxRow struct {
	num   int
	cells []string
	prob  *Problem
}

func openXLSX(p string, o Options) (Source, error) {
	name := filepath.Base(p)
	f, err := os.Open(p)
	if err != nil {
		return nil, newErr(name, 0, "", "", "cannot_open", "")
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	var magic [8]byte
	n, _ := io.ReadFull(f, magic[:])
	if n >= 4 && bytes.Equal(magic[:4], []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		if oleEncrypted(f) {
			return nil, newErr(name, 0, "", "", "xlsx_encrypted", "")
		}
		return nil, newErr(name, 0, "", "", "xlsx_old", "")
	}
	if n < 4 || !bytes.Equal(magic[:4], []byte("PK\x03\x04")) {
		return nil, newErr(name, 0, "", "", "xlsx_open", "")
	}
	st, err := f.Stat()
	if err != nil {
		return nil, newErr(name, 0, "", "", "cannot_open", "")
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		return nil, newErr(name, 0, "", "", "xlsx_damaged", "")
	}
	s := &xlsxSource{path: p, file: f, zr: zr, info: SourceInfo{Format: "xlsx", ExcelDates: true}}
	defer func() {
		if !ok && s.rc != nil {
			s.rc.Close() // the sheet's reader (and its goroutine) too, not only the file
		}
	}()
	sheets, err := s.readWorkbook()
	if err != nil {
		return nil, err
	}
	var pick *xlsxSheet
	if o.Sheet == "" {
		if len(sheets) == 0 {
			return nil, newErr(name, 0, "", "", "xlsx_no_rows", "")
		}
		pick = &sheets[0]
	} else {
		for i := range sheets {
			if strings.EqualFold(sheets[i].name, o.Sheet) {
				pick = &sheets[i]
				break
			}
		}
		if pick == nil {
			return nil, newErr(name, 0, "", "", "xlsx_no_sheet", o.Sheet)
		}
	}
	s.info.Sheet = pick.name
	s.info.SheetHidden = pick.hidden
	if s.sheet = s.entry(pick.target); s.sheet == nil {
		return nil, newErr(name, 0, "", "", "xlsx_damaged", "")
	}
	if err := s.readStyles(); err != nil {
		return nil, err
	}
	if err := s.readSharedStrings(); err != nil {
		return nil, err
	}
	headerRow := o.HeaderRow
	if headerRow == 0 {
		if headerRow, err = s.proposeHeaderRow(); err != nil {
			return nil, err
		}
	}
	s.info.HeaderRow = headerRow
	if !o.LateMergeCheck {
		if err := s.scanMerged(); err != nil {
			return nil, err
		}
		if err := s.checkMerged(); err != nil {
			return nil, err
		}
	}
	if err := s.startSheet(); err != nil {
		return nil, err
	}
	for {
		r, err := s.nextRow()
		if err != nil {
			if err == io.EOF {
				return nil, newErr(name, 0, "", "", "xlsx_no_rows", "")
			}
			return nil, err
		}
		if r.num < headerRow {
			continue
		}
		if r.prob != nil {
			return nil, r.prob
		}
		if r.num > headerRow {
			s.pending = r // the header row itself is empty
			s.header = []string{}
			break
		}
		s.header = trimAll(r.cells)
		break
	}
	if err := uniqueHeader(name, headerRow, s.header); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// oleEncrypted: an OLE compound file holding an "EncryptionInfo" stream is an encrypted OOXML file.
func oleEncrypted(f *os.File) bool {
	needle := []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
	buf := make([]byte, 1<<20)
	var off int64
	for off < 64<<20 {
		n, err := f.ReadAt(buf, off)
		if bytes.Contains(buf[:n], needle) {
			return true
		}
		if err != nil || n < len(needle) {
			return false
		}
		off += int64(n - len(needle))
	}
	return false
}

type xlsxSheet struct {
	name, target string
	hidden       bool
}

func (s *xlsxSource) entry(name string) *zip.File {
	name = strings.TrimPrefix(name, "/")
	for _, f := range s.zr.File {
		if f.Name == name || strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// open streams an entry under its limit; a missing entry is (nil, nil).
func (s *xlsxSource) open(f *zip.File, limit int64, what string) (io.ReadCloser, error) {
	if f == nil {
		return nil, nil
	}
	name := filepath.Base(s.path)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, newErr(name, 0, "", "", "xlsx_too_large", what)
	}
	if f.UncompressedSize64 > bombFloor && f.CompressedSize64 > 0 && f.UncompressedSize64/f.CompressedSize64 > maxZipRatio {
		return nil, newErr(name, 0, "", "", "xlsx_bomb", what)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, newErr(name, 0, "", "", "xlsx_damaged", "")
	}
	return &boundedReader{rc: rc, limit: limit, compressed: int64(f.CompressedSize64), file: name, what: what}, nil
}

// boundedReader fails an entry as soon as it decompresses past its limit or its ratio.
type boundedReader struct {
	rc         io.ReadCloser
	n, limit   int64
	compressed int64
	file, what string
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.n += int64(n)
	if b.n > b.limit {
		return 0, newErr(b.file, 0, "", "", "xlsx_too_large", b.what)
	}
	if b.n > bombFloor && b.n > maxZipRatio*max(b.compressed, 1) {
		return 0, newErr(b.file, 0, "", "", "xlsx_bomb", b.what)
	}
	if err != nil && err != io.EOF {
		var pr *Problem
		if errors.As(err, &pr) {
			return n, err
		}
		return n, newErr(b.file, 0, "", "", "xlsx_damaged", "")
	}
	return n, err
}

func (b *boundedReader) Close() error { return b.rc.Close() }

// scanPart runs fn over every tag of a small part (workbook, relationships, styles).
func (s *xlsxSource) scanPart(name string, fn func(sc *xmlScan, t *xmlTag) error) error {
	rc, err := s.open(s.entry(name), maxPartBytes, name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	sc := newXMLScan(rc)
	for {
		t, err := sc.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return s.xmlErr(err)
		}
		if err := fn(sc, t); err != nil {
			return err
		}
	}
}

func (s *xlsxSource) xmlErr(err error) error {
	var pr *Problem
	if errors.As(err, &pr) {
		return pr
	}
	return newErr(filepath.Base(s.path), 0, "", "", "xlsx_damaged", "")
}

func (s *xlsxSource) readWorkbook() ([]xlsxSheet, error) {
	wb := "xl/workbook.xml"
	rels := map[string]string{}
	err := s.scanPart("_rels/.rels", func(sc *xmlScan, t *xmlTag) error {
		if t.name == "Relationship" && strings.HasSuffix(string(t.attr("Type")), "/officeDocument") {
			wb = strings.TrimPrefix(string(t.attr("Target")), "/")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if s.entry(wb) == nil {
		return nil, newErr(filepath.Base(s.path), 0, "", "", "xlsx_damaged", "")
	}
	dir := path.Dir(wb)
	err = s.scanPart(dir+"/_rels/"+path.Base(wb)+".rels", func(sc *xmlScan, t *xmlTag) error {
		if t.name == "Relationship" {
			target := string(t.attr("Target"))
			if !strings.HasPrefix(target, "/") {
				target = path.Join(dir, target)
			}
			rels[string(t.attr("Id"))] = target
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var sheets []xlsxSheet
	err = s.scanPart(wb, func(sc *xmlScan, t *xmlTag) error {
		switch t.name {
		case "sheet":
			id := string(t.attr("r:id"))
			if id == "" {
				id = string(t.attrLocal("id"))
			}
			target, ok := rels[id]
			if !ok {
				target = path.Join(dir, "worksheets/sheet"+string(t.attr("sheetId"))+".xml")
			}
			state := string(t.attr("state"))
			sheets = append(sheets, xlsxSheet{name: unescapeXML(t.attr("name")), target: target, hidden: state == "hidden" || state == "veryHidden"})
		case "workbookPr":
			v := string(t.attr("date1904"))
			s.date1904 = v == "1" || v == "true"
		}
		return nil
	})
	for _, target := range rels {
		if strings.HasSuffix(target, "sharedStrings.xml") {
			s.sstName = target
		} else if strings.HasSuffix(target, "styles.xml") {
			s.stylesName = target
		}
	}
	return sheets, err
}

func (s *xlsxSource) readStyles() error {
	name := s.stylesName
	if name == "" {
		name = "xl/styles.xml"
	}
	custom := map[int]string{}
	var xfs []int
	inXfs := false
	err := s.scanPart(name, func(sc *xmlScan, t *xmlTag) error {
		switch t.name {
		case "numFmt":
			id, _ := strconv.Atoi(string(t.attr("numFmtId")))
			custom[id] = unescapeXML(t.attr("formatCode"))
		case "cellXfs":
			inXfs = !t.end && !t.self
		case "xf":
			if inXfs && !t.end {
				id, _ := strconv.Atoi(string(t.attr("numFmtId")))
				xfs = append(xfs, id)
			}
		}
		return nil
	})
	s.dateXF = make([]bool, len(xfs))
	for i, id := range xfs {
		code, ok := custom[id]
		s.dateXF[i] = isDateFormat(id, code, ok)
	}
	return err
}

// isDateFormat: the built-in date formats (14–17, 22) and custom formats with a day or year token.
// Time-only formats (18–21, 45–47, [h]:mm) stay numbers — a duration is not a date.
func isDateFormat(id int, code string, custom bool) bool {
	if !custom {
		return id >= 14 && id <= 17 || id == 22
	}
	var b strings.Builder
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			for i++; i < len(code) && code[i] != '"'; i++ {
			}
		case '\\', '_', '*':
			i++
		case '[':
			for i++; i < len(code) && code[i] != ']'; i++ {
			}
		case ';':
			i = len(code) // the first section decides
		default:
			b.WriteByte(c)
		}
	}
	f := strings.ToLower(b.String())
	return strings.ContainsAny(f, "dy")
}

func (s *xlsxSource) readSharedStrings() error {
	name := s.sstName
	if name == "" {
		name = "xl/sharedStrings.xml"
	}
	rc, err := s.open(s.entry(name), MaxSharedStringsBytes, "sharedStrings.xml")
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	sc := newXMLScan(rc)
	var cur []byte
	phonetic := false
	for {
		t, err := sc.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return s.xmlErr(err)
		}
		switch t.name {
		case "si":
			if t.end || t.self {
				s.sst = append(s.sst, string(cur))
			}
			cur = cur[:0]
		case "rPh":
			phonetic = !t.end && !t.self
		case "t":
			if !t.end && !t.self && !phonetic {
				if cur, _, err = sc.text(cur, MaxCell); err != nil {
					return s.xmlErr(err)
				}
			}
		}
	}
}

// proposeHeaderRow: the first of the first 30 rows with at least two filled cells, as many as the
// widest row nearby — titles and notes above a table fill one cell.
func (s *xlsxSource) proposeHeaderRow() (int, error) {
	if err := s.startSheet(); err != nil {
		return 0, err
	}
	defer s.rc.Close()
	counts := map[int]int{}
	widest := 0
	for {
		r, err := s.nextRow()
		if err == io.EOF || (err == nil && r.num > 30) {
			break
		}
		if err != nil {
			return 0, err
		}
		n := 0
		for _, c := range r.cells {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		counts[r.num] = n
		widest = max(widest, n)
	}
	if widest == 0 {
		return 0, newErr(filepath.Base(s.path), 0, "", "", "xlsx_no_rows", "")
	}
	for i := 1; i <= 30; i++ {
		if n := counts[i]; n >= 2 && n*10 >= widest*8 || widest == 1 && n == 1 {
			return i, nil
		}
	}
	return 1, nil
}

func (s *xlsxSource) startSheet() error {
	rc, err := s.open(s.sheet, MaxSheetBytes, s.info.Sheet)
	if err != nil {
		return err
	}
	if rc == nil {
		return newErr(filepath.Base(s.path), 0, "", "", "xlsx_damaged", "")
	}
	if s.rc != nil {
		s.rc.Close()
	}
	if !s.mergedScanned {
		s.merged = s.merged[:0] // this pass collects them again
	}
	ahead := newAheadReader(rc)
	s.rc, s.sc, s.done, s.lastRow = ahead, newXMLScan(ahead), false, 0
	return nil
}

func (s *xlsxSource) Header() []string { return s.header }
func (s *xlsxSource) Info() SourceInfo { return s.info }
func (s *xlsxSource) Close() error {
	if s.rc != nil {
		s.rc.Close()
	}
	return s.file.Close()
}

func (s *xlsxSource) Next() ([]string, int, error) {
	for {
		r := s.pending
		s.pending = nil
		if r == nil {
			var err error
			if r, err = s.nextRow(); err == io.EOF {
				if err := s.checkMerged(); err != nil {
					return nil, 0, err
				}
				return nil, 0, io.EOF
			} else if err != nil {
				return nil, 0, err
			}
		}
		if r.prob != nil {
			return nil, r.num, r.prob
		}
		if blankRow(r.cells) {
			continue
		}
		return r.cells, r.num, nil
	}
}

// scanMerged collects the merge ranges, which follow the rows in the sheet XML: a raw search
// for <mergeCells at memory speed, then the tokenizer over the rest.
func (s *xlsxSource) scanMerged() error {
	s.mergedScanned = true
	s.merged = nil // what a pass over the first rows collected is read again here
	rc, err := s.open(s.sheet, MaxSheetBytes, s.info.Sheet)
	if err != nil {
		return err
	}
	defer rc.Close()
	needle := []byte("mergeCells")
	buf := make([]byte, 1<<20)
	keep := 0
	for {
		n, rerr := io.ReadAtLeast(rc, buf[keep:], 1)
		data := buf[:keep+n]
		if i := bytes.Index(data, needle); i >= 0 {
			sc := newXMLScan(io.MultiReader(bytes.NewReader(append([]byte("<"), data[i:]...)), rc))
			for {
				t, err := sc.next()
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return s.xmlErr(err)
				}
				if t.name == "mergeCell" && len(s.merged) < 100000 {
					s.merged = append(s.merged, string(t.attr("ref")))
				}
				if t.name == "mergeCells" && t.end {
					return nil
				}
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return s.xmlErr(rerr)
		}
		keep = min(len(data), len(needle))
		copy(buf, data[len(data)-keep:])
	}
}

// CheckMergedHeader reads the sheet's merged cells now, if Open left them for the end
// (LateMergeCheck), and refuses one across the header row: what a header that does not fit the
// profile is first asked, since a merged header cell is the likelier cause than a missing column.
func (s *xlsxSource) CheckMergedHeader() error {
	if !s.mergedScanned {
		if err := s.scanMerged(); err != nil {
			return err
		}
	}
	return s.checkMerged()
}

// checkMerged refuses merged cells across the header row (they sit after the rows in the XML).
func (s *xlsxSource) checkMerged() error {
	for _, m := range s.merged {
		a, b, _ := strings.Cut(m, ":")
		_, r1 := cellRef([]byte(a))
		_, r2 := cellRef([]byte(b))
		if r2 == 0 {
			r2 = r1
		}
		if r1 <= s.info.HeaderRow && s.info.HeaderRow <= r2 {
			return newErr(filepath.Base(s.path), s.info.HeaderRow, "", "", "xlsx_merged", m)
		}
	}
	return nil
}

// nextRow reads the next <row> of the sheet with its cells as text: shared strings resolved, dates
// (by their cell style) as ISO text, everything else as stored. Cells over MaxCell, rows over
// MaxRowBytes or MaxColumns are cut while reading and reported on the row.
func (s *xlsxSource) nextRow() (*xlsxRow, error) {
	if s.done {
		return nil, io.EOF
	}
	sc := s.sc
	file := filepath.Base(s.path)
	for {
		t, err := sc.next()
		if err == io.EOF {
			s.done = true
			return nil, io.EOF
		}
		if err != nil {
			return nil, s.xmlErr(err)
		}
		switch t.name {
		case "row":
		case "mergeCell": // after the rows: checked at the end (Next) with those scanMerged found
			if !s.mergedScanned && len(s.merged) < 100000 {
				s.merged = append(s.merged, string(t.attr("ref")))
			}
			continue
		default:
			continue
		}
		if t.end {
			continue
		}
		r := &xlsxRow{}
		if n, err := strconv.Atoi(string(t.attr("r"))); err == nil && n > 0 {
			r.num = n
		} else {
			r.num = s.lastRow + 1
		}
		s.lastRow = r.num
		if t.self {
			return r, nil
		}
		if err := s.readCells(r, file); err != nil {
			return nil, err
		}
		return r, nil
	}
}

func (s *xlsxSource) readCells(r *xlsxRow, file string) error {
	sc := s.sc
	col, rowBytes := -1, 0
	for {
		t, err := sc.next()
		if err != nil {
			if err == io.EOF {
				return s.xmlErr(io.ErrUnexpectedEOF)
			}
			return s.xmlErr(err)
		}
		if t.name == "row" && t.end {
			// trailing empty cells are not cells
			n := len(r.cells)
			for n > 0 && r.cells[n-1] == "" {
				n--
			}
			r.cells = r.cells[:n]
			return nil
		}
		if t.name != "c" || t.end {
			continue
		}
		ref, typb, styleb := t.cellAttrs()
		if c, _ := cellRef(ref); c > 0 {
			col = c - 1
		} else {
			col++
		}
		typ := cellType(typb)
		style := -1
		if len(styleb) > 0 {
			style, _ = strconv.Atoi(string(styleb))
		}
		if t.self {
			continue
		}
		raw, big, err := s.cellValue(sc, typ)
		if err != nil {
			return s.xmlErr(err)
		}
		if r.prob != nil {
			continue
		}
		var val string
		if typ == "s" && !big && col < MaxColumns && rowBytes+len(raw) <= MaxRowBytes {
			// A shared string's index: looked up without making a string of it.
			if i, err := strconv.Atoi(string(raw)); err == nil && i >= 0 && i < len(s.sst) {
				val = s.sst[i]
			}
			rowBytes += len(raw)
			if val == "" {
				continue
			}
			r.set(col, val)
			continue
		}
		val = string(raw)
		if r.prob != nil {
			continue
		}
		if col >= MaxColumns {
			r.prob = newErr(file, r.num, "", "", "too_many_columns", strconv.Itoa(MaxColumns))
			continue
		}
		name := s.colName(col)
		if big {
			r.prob = newErr(file, r.num, name, string(validPrefix([]byte(val[:min(len(val), 64)]))), "cell_too_large", "")
			continue
		}
		if rowBytes += len(val); rowBytes > MaxRowBytes {
			r.prob = newErr(file, r.num, name, "", "row_too_large", strconv.Itoa(MaxRowBytes>>20))
			continue
		}
		switch typ {
		case "s":
			i, err := strconv.Atoi(val)
			if err != nil || i < 0 || i >= len(s.sst) {
				val = ""
			} else {
				val = s.sst[i]
			}
		case "", "n":
			if style >= 0 && style < len(s.dateXF) && s.dateXF[style] {
				val = s.isoDate(val)
			}
		}
		if val == "" {
			continue
		}
		r.set(col, val)
	}
}

// set puts a cell's value in its column, the columns before it empty until they have theirs.
func (r *xlsxRow) set(col int, val string) {
	for len(r.cells) < col {
		r.cells = append(r.cells, "")
	}
	if len(r.cells) == col {
		r.cells = append(r.cells, val)
	} else {
		r.cells[col] = val
	}
}

func (s *xlsxSource) colName(col int) string {
	if col < len(s.header) && s.header[col] != "" {
		return s.header[col]
	}
	return columnName(col)
}

// simpleCells lets cellValue read the usual cells without the tokenizer (tests compare both ways).
var simpleCells = true

// cellType is a cell's t attribute, without an allocation for the usual ones.
func cellType(b []byte) string {
	switch string(b) {
	case "":
		return ""
	case "s":
		return "s"
	case "n":
		return "n"
	case "str":
		return "str"
	case "inlineStr":
		return "inlineStr"
	case "b":
		return "b"
	case "d":
		return "d"
	case "e":
		return "e"
	}
	return string(b)
}

// cellValue reads a cell's content up to </c>: <v>, or the text runs of an inline string. The
// bytes are the source's scratch buffer, good until the next cell.
func (s *xlsxSource) cellValue(sc *xmlScan, typ string) ([]byte, bool, error) {
	val := s.scratch[:0]
	defer func() { s.scratch = val[:0] }()
	if simpleCells {
		var ok bool
		if val, ok = sc.simpleCell(val); ok {
			return val, false, nil
		}
	}
	big := false
	inIS, phonetic := false, false
	for {
		t, err := sc.next()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, false, err
		}
		switch t.name {
		case "c":
			if t.end {
				return val, big, nil
			}
		case "v":
			if !t.end && !t.self && !inIS {
				var over bool
				if val, over, err = sc.text(val[:0], MaxCell); err != nil {
					return nil, false, err
				}
				big = big || over
			}
		case "is":
			inIS = !t.end && !t.self
		case "rPh":
			phonetic = !t.end && !t.self
		case "t":
			if inIS && !t.end && !t.self && !phonetic {
				var over bool
				if val, over, err = sc.text(val, MaxCell); err != nil {
					return nil, false, err
				}
				big = big || over
			}
		case "f":
			if !t.end && !t.self {
				if err := sc.skipText(); err != nil {
					return nil, false, err
				}
			}
		}
	}
}

// isoDate turns a serial day number into the ISO date (and time) it shows; other text stays.
func (s *xlsxSource) isoDate(v string) string {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) {
		return v
	}
	if s.date1904 {
		x += 1462
	}
	t, err := ExcelSerial(x)
	if err != nil {
		return v
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.DateTime)
}

// cellRef reads "BC12" into column 55 and row 12 (1-based; 0 when absent).
func cellRef(ref []byte) (col, row int) {
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > 1<<20 {
			return col, 0
		}
	}
	for ; i < len(ref); i++ {
		c := ref[i]
		if c == '$' {
			continue
		}
		if c < '0' || c > '9' {
			return col, 0
		}
		row = row*10 + int(c-'0')
		if row > 1<<24 {
			return col, 0
		}
	}
	return col, row
}
