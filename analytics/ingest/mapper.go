package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/ingest/read"
)

// Record is one mapped, validated row: values in the kind's field order.
type Record struct {
	Row      int
	Values   []any
	Items    []Rating
	DeptName string
	Key      string
	Hash     string // recordHash, set when the record is staged
	PII      int
	Filled   int    // non-empty mapped fields and item ratings: how complete the row is
	ItemsSig string // the item ratings as column=value;… (to name the items two copies differ in)
}

// Rating is one item of a wide survey row, in long form.
type Rating struct {
	Item     string
	Value    float64
	Min, Max float64
}

type compiledField struct {
	field   Field
	fm      *FieldMap
	col     int               // -1 when not from a column
	at      int               // the field's index in Record.Values (-1 for department_name, not a field)
	table   string            // departments or services when the field names one of their codes
	canon   map[string]string // that table's canonCode answers (mapper.canon[table])
	tplCols []int             // template placeholders
	tplText []string
	codes   map[string][]string
	memo    *convMemo       // the converted values of the texts seen most, per field
	missing map[string]bool // the field's own missing texts, trimmed and in lower case
	// missLen, mapLen: the longest missing text (the profile's or the field's) and map key, in
	// bytes. A text more than 4× longer cannot be one in lower case (no letter's lower case is
	// shorter than a quarter of it), so it is not lowered to be looked up.
	missLen, mapLen int
}

// convMemo remembers what convertClean made of a cell's text: an export repeats the same channel,
// status, department or date on most of its rows, and cleaning and parsing it again cost most of
// an import's time. It is full at memoSize texts (a column of ids fills it at once and no more).
type convMemo struct {
	m            map[string]convResult
	hits, missed int  // since it is full
	off          bool // full, and missed more than it found: the column hardly repeats
	// last: the text converted last and what it made; a column repeats its value from row to
	// row more often than not (the department, the status), and a comparison costs less than a lookup.
	last     convResult
	lastRaw  string
	lastSeen bool
}

type convResult struct {
	v                     any
	cleaned, code, detail string
}

const memoSize = 4096

type itemCol struct {
	col  int
	name string
}

// mapper applies a profile to one file's rows.
type mapper struct {
	p          *Profile
	kind       *Kind
	file       string
	header     []string
	fields     []compiledField
	deptName   *compiledField
	items      []itemCol
	keyCols    []int
	excelDates bool
	missing    map[string]bool
	now        time.Time
	limit      time.Time // now + 24 h: a later date is in the future
	// plausibleAt, orderAt: where the kind's plausible dates and ordered pairs are in Record.Values
	plausibleAt []int
	orderAt     [][2]int
	pos         map[string]int // field name → index in Record.Values
	cleaned     string         // the last converted value's cleaned text
	// codes: for departments and services, a code as people read it (NormCode) → the code as stored
	// or as first written in this file, so grao, " GRAO " and Grao are all GRAO.
	codes    map[string]map[string]string
	itemMemo map[string]itemResult // item cells' texts → what they mean (at most memoSize)
	// canon: a code's text as written → what canonCode made of it (a code's reading, once
	// known, never changes, so neither does the answer).
	canon map[string]map[string]string
	// recSlab, valSlab: records and their values are cut from blocks of 256, not allocated one by one.
	recSlab []Record
	valSlab []any
}

func (m *mapper) newRecord(row int) *Record {
	nf := len(m.kind.Fields)
	if len(m.recSlab) == 0 {
		m.recSlab, m.valSlab = make([]Record, 256), make([]any, 256*nf)
	}
	rec := &m.recSlab[0]
	m.recSlab = m.recSlab[1:]
	rec.Row, rec.Values = row, m.valSlab[:nf:nf]
	m.valSlab = m.valSlab[nf:]
	return rec
}

// NormCode is a code as people read it: case and surrounding or repeated whitespace do not count.
func NormCode(v string) string {
	return strings.ToUpper(strings.Join(strings.Fields(v), " "))
}

// codeTable says which table's codes a field names: departments, services or none.
func (m *mapper) codeTable(field string) string {
	switch {
	case field == "department_code", field == "parent_code" && m.kind.Name == "departments", field == "code" && m.kind.Name == "departments":
		return "departments"
	case field == "service_code", field == "code" && m.kind.Name == "services":
		return "services"
	}
	return ""
}

// knowCode adds a stored code; the first one stored under a reading wins.
func (m *mapper) knowCode(table, code string) {
	n := NormCode(code)
	if _, ok := m.codes[table][n]; !ok {
		m.codes[table][n] = code
	}
}

// canonCode returns the stored (or first written) spelling of a code, whitespace collapsed.
func (m *mapper) canonCode(table, v string) string {
	if c, ok := m.canon[table][v]; ok {
		return c
	}
	n := NormCode(v)
	c, ok := m.codes[table][n]
	if !ok {
		c = strings.Join(strings.Fields(v), " ")
		m.codes[table][n] = c
	}
	m.canon[table][v] = c
	return c
}

var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

func newMapper(p *Profile, file string, header []string, info read.SourceInfo, now time.Time) (*mapper, error) {
	m := &mapper{p: p, kind: p.kind, file: file, header: header, excelDates: info.ExcelDates, now: now, limit: now.Add(24 * time.Hour), missing: map[string]bool{}, pos: map[string]int{},
		codes: map[string]map[string]string{"departments": {}, "services": {}}, canon: map[string]map[string]string{"departments": {}, "services": {}}, itemMemo: map[string]itemResult{}}
	for i, f := range p.kind.Fields {
		m.pos[f.Name] = i
	}
	for _, name := range m.kind.Plausible {
		m.plausibleAt = append(m.plausibleAt, m.pos[name])
	}
	for _, pair := range m.kind.DateOrder {
		m.orderAt = append(m.orderAt, [2]int{m.pos[pair[0]], m.pos[pair[1]]})
	}
	for _, s := range p.Missing {
		m.missing[strings.ToLower(strings.TrimSpace(s))] = true
	}
	index := map[string]int{}
	for i, h := range header {
		index[strings.ToLower(strings.TrimSpace(h))] = i
	}
	col := func(name string) (int, error) {
		i, ok := index[strings.ToLower(strings.TrimSpace(name))]
		if !ok {
			if bg, en, close := lookalikeHeader(header, name); close {
				return -1, newErrBi(file, info.HeaderRow, name, "", "lookalike_column", bg, en)
			}
			if h, at, near := nearHeader(header, name); near {
				return -1, newErrBi(file, info.HeaderRow, name, "", "missing_column_near",
					fmt.Sprintf("„%s“ (колона %d)", showInvisible(h), at), fmt.Sprintf("%q (column %d)", showInvisible(h), at))
			}
			return -1, newErr(file, info.HeaderRow, name, "", "missing_column", "")
		}
		return i, nil
	}
	compile := func(f Field, fm *FieldMap) (compiledField, error) {
		at, ok := m.pos[f.Name]
		if !ok {
			at = -1
		}
		table := ""
		if f.Type == TCode {
			table = m.codeTable(f.Name)
		}
		cf := compiledField{field: f, fm: fm, col: -1, at: at, table: table, canon: m.canon[table], codes: CodeSetFor(m.kind.Name, f.Name), memo: &convMemo{m: map[string]convResult{}},
			missing: map[string]bool{}}
		for l := range m.missing {
			cf.missLen = max(cf.missLen, len(l))
		}
		for _, x := range fm.Missing {
			l := strings.ToLower(strings.TrimSpace(x))
			cf.missing[l] = true
			cf.missLen = max(cf.missLen, len(l))
		}
		for from := range fm.Map {
			cf.mapLen = max(cf.mapLen, len(from))
		}
		var err error
		switch {
		case fm.Column != "":
			cf.col, err = col(fm.Column)
			if err != nil && info.Format == "json" && !f.Required {
				// JSON exports leave out keys whose value is empty: an optional key nobody sent is empty.
				cf.col, err = -1, nil
			}
		case fm.Template != "":
			last := 0
			for _, loc := range placeholder.FindAllStringSubmatchIndex(fm.Template, -1) {
				cf.tplText = append(cf.tplText, fm.Template[last:loc[0]])
				c, cerr := col(fm.Template[loc[2]:loc[3]])
				if cerr != nil {
					return cf, cerr
				}
				cf.tplCols = append(cf.tplCols, c)
				last = loc[1]
			}
			cf.tplText = append(cf.tplText, fm.Template[last:])
		}
		return cf, err
	}
	for _, f := range m.kind.Fields {
		fm := p.Fields[f.Name]
		if fm == nil {
			continue
		}
		cf, err := compile(f, fm)
		if err != nil {
			return nil, err
		}
		m.fields = append(m.fields, cf)
	}
	if fm := p.Fields["department_name"]; fm != nil {
		cf, err := compile(Field{Name: "department_name", Type: TCode}, fm)
		if err != nil {
			return nil, err
		}
		m.deptName = &cf
	}
	for _, c := range p.Key.Hash {
		i, err := col(c)
		if err != nil {
			return nil, err
		}
		m.keyCols = append(m.keyCols, i)
	}
	if it := p.Items; it != nil {
		seen := map[int]bool{}
		for _, c := range it.Columns {
			i, err := col(c)
			if err != nil {
				return nil, err
			}
			seen[i] = true
			m.items = append(m.items, itemCol{i, itemName(it, header[i])})
		}
		if it.re != nil {
			for i, h := range header {
				if !seen[i] && it.re.MatchString(h) {
					m.items = append(m.items, itemCol{i, itemName(it, h)})
				}
			}
		}
		if len(m.items) == 0 {
			return nil, newErr(file, info.HeaderRow, it.Pattern, "", "missing_column", "")
		}
	}
	return m, nil
}

func itemName(it *ItemsMap, col string) string {
	if n, ok := it.Names[col]; ok {
		return n
	}
	return col
}

// Map turns a row into a record, or the problems that reject it (one per failing cell).
func (m *mapper) Map(cells []string, row int) (*Record, []*read.Problem) {
	var probs []*read.Problem
	bad := func(col, value, code, detail string) {
		probs = append(probs, newErr(m.file, row, col, value, code, detail))
	}
	// badRaw names the cell as written beside the value as read.
	badRaw := func(col, value, raw, code, detailBG, detailEN string) *read.Problem {
		pr := newErrBi(m.file, row, col, value, code, detailBG, detailEN)
		pr.Raw = read.Clip(raw, 200)
		probs = append(probs, pr)
		return pr
	}
	if len(cells) != len(m.header) && len(cells) > 0 {
		// A short row of an XLSX sheet just ends early; elsewhere a different width is a broken row.
		if !(m.excelDates && len(cells) < len(m.header)) {
			badRaw("", "", "", "ragged_row", fmt.Sprintf("%d колони вместо %d", len(cells), len(m.header)), fmt.Sprintf("%d columns instead of %d", len(cells), len(m.header)))
			return nil, probs
		}
	}
	// One rule for NUL bytes wherever they are in the file: a cell holding one rejects its row.
	for i, c := range cells {
		if strings.IndexByte(c, 0) >= 0 {
			col := ""
			if i < len(m.header) {
				col = m.header[i]
			}
			shown := strings.ReplaceAll(c, "\x00", "⟨U+0000⟩")
			badRaw(col, shown, shown, "nul_byte", "", "")
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return cells[i]
	}
	rec := m.newRecord(row)
	pos := m.pos
	for i := range m.fields {
		cf := &m.fields[i]
		colName := cf.fm.Column
		raw := m.rawValue(cf, cell)
		v, cleaned, code, detail := m.convert(cf, raw)
		if code != "" {
			if colName == "" {
				colName = cf.field.Name
			}
			dbg, den := detail, detail
			if code == "unknown_value" && cf.codes != nil && detail == CodeList(cf.codes) {
				dbg = codeListBG(cf.codes)
			}
			pr := badRaw(colName, cleaned, raw, code, dbg, den)
			if m.emptiable(cf.field) {
				pr.Kind = KindField // the record is kept without this field
			}
			continue
		}
		if s, ok := v.(string); ok && cf.table != "" {
			if c, ok := cf.canon[s]; ok {
				v = c
			} else {
				v = m.canonCode(cf.table, s)
			}
		}
		if s, ok := v.(string); ok && cf.field.Type == TText && m.p.maskPII() {
			masked, n := MaskPII(s)
			v, rec.PII = masked, rec.PII+n
		}
		rec.Values[cf.at] = v
	}
	for i, f := range m.kind.Fields {
		if f.Required && rec.Values[i] == nil && !hasProblemFor(probs, m.p.Fields[f.Name]) {
			col := f.Name
			if fm := m.p.Fields[f.Name]; fm != nil && fm.Column != "" {
				col = fm.Column
			}
			bg, en := Meaning(m.kind.Name, f.Name)
			badRaw(col, "", "", "required", bg, en+" ("+f.Name+")")
		}
	}
	// Every failing column is reported: the checks across fields run on the fields that did parse.
	m.checkDates(rec, pos, cell, badRaw)
	m.checkPoints(rec, pos, bad)
	if m.deptName != nil {
		if v, _, code, _ := m.convert(m.deptName, m.rawValue(m.deptName, cell)); code == "" && v != nil {
			rec.DeptName = v.(string)
		}
	}
	var sig []byte
	for _, it := range m.items {
		raw := strings.TrimSpace(cell(it.col))
		r, ok := m.itemMemo[raw]
		if !ok {
			r = m.itemValue(raw)
			if len(m.itemMemo) < memoSize {
				m.itemMemo[raw] = r
			}
		}
		switch {
		case r.skip:
			continue // not asked, or "don't know": no rating at all
		case r.code != "":
			// An item is answered or not, each on its own: a bad rating (7 on a 1–5 scale, "много")
			// costs that item, not the response, unless the profile keeps the old rule.
			rg := ""
			if r.code == "out_of_range" {
				rg = fmt.Sprintf("%g–%g", m.p.Items.Scale.Min, m.p.Items.Scale.Max)
			}
			pr := badRaw(m.header[it.col], raw, cell(it.col), r.code, rg, rg)
			if m.p.emptiesBadOptional() {
				pr.Kind = KindField
			}
			continue
		}
		rec.Items = append(rec.Items, Rating{Item: it.name, Value: r.x, Min: m.p.Items.Scale.Min, Max: m.p.Items.Scale.Max})
		sig = append(strconv.AppendFloat(append(append(sig, m.header[it.col]...), '='), r.x, 'g', -1, 64), 0x1f)
	}
	rec.ItemsSig = string(sig)
	if probs = settleFieldProblems(probs); rowRejected(probs) {
		return nil, probs
	}
	rec.Key = m.key(rec, pos, cell)
	// rec.Hash (recordHash) is the stage writer's: it fingerprints the values as mapped here, on
	// the writer's goroutine, beside the one that maps.
	for _, v := range rec.Values {
		if v != nil {
			rec.Filled++
		}
	}
	rec.Filled += len(rec.Items)
	return rec, probs // probs: only the emptied fields' cells (KindField), if any
}

// itemResult is what an item cell's text means: no rating, a rating, or the problem code.
type itemResult struct {
	skip bool
	x    float64
	code string
}

// itemValue reads an item cell (trimmed); it depends on the text alone, so itemMemo keeps it.
func (m *mapper) itemValue(raw string) itemResult {
	l := strings.ToLower(raw)
	if raw == "" || m.missing[l] || inList(m.p.Items.Missing, l) {
		return itemResult{skip: true}
	}
	x, err := ParseNumber(raw, m.p.Decimal == "point")
	if err != nil {
		return itemResult{code: numberCode(err)}
	}
	if x < m.p.Items.Scale.Min || x > m.p.Items.Scale.Max {
		return itemResult{code: "out_of_range"}
	}
	return itemResult{x: x}
}

func hasProblemFor(probs []*read.Problem, fm *FieldMap) bool {
	if fm == nil {
		return false
	}
	for _, p := range probs {
		if p.Column == fm.Column || p.Column == fm.Template {
			return true
		}
	}
	return false
}

func inList(list []string, l string) bool {
	for _, x := range list {
		if strings.ToLower(strings.TrimSpace(x)) == l {
			return true
		}
	}
	return false
}

// rawValue: the text a field starts from, before cleaning.
func (m *mapper) rawValue(cf *compiledField, cell func(int) string) string {
	switch {
	case cf.col >= 0:
		return cell(cf.col)
	case cf.tplCols != nil:
		var b strings.Builder
		for i, c := range cf.tplCols {
			b.WriteString(cf.tplText[i])
			b.WriteString(strings.TrimSpace(cell(c)))
		}
		b.WriteString(cf.tplText[len(cf.tplText)-1])
		return b.String()
	}
	return cf.fm.Const
}

// convert cleans a value (missing codes, pattern, trim, map, default) and parses it to the field's
// type; it also returns the cleaned text (what was parsed), for the quarantine.
func (m *mapper) convert(cf *compiledField, raw string) (any, string, string, string) {
	memo := cf.memo
	if memo != nil && memo.lastSeen && raw == memo.lastRaw {
		r := memo.last
		m.cleaned = r.cleaned
		return r.v, r.cleaned, r.code, r.detail
	}
	if memo != nil {
		v, cleaned, code, detail := m.convertMemo(cf, raw)
		memo.last, memo.lastRaw, memo.lastSeen = convResult{v, cleaned, code, detail}, raw, true
		return v, cleaned, code, detail
	}
	v, code, detail := m.convertClean(cf, raw)
	return v, m.cleaned, code, detail
}

func (m *mapper) convertMemo(cf *compiledField, raw string) (any, string, string, string) {
	memo := cf.memo
	if !memo.off {
		r, ok := memo.m[raw]
		full := len(memo.m) >= memoSize
		if full && ok {
			memo.hits++
		} else if full {
			if memo.missed++; memo.missed >= memoSize && memo.missed > memo.hits {
				memo.off = true
			}
		}
		if ok {
			m.cleaned = r.cleaned
			return r.v, r.cleaned, r.code, r.detail
		}
		v, code, detail := m.convertClean(cf, raw)
		if !full {
			memo.m[raw] = convResult{v, m.cleaned, code, detail}
		}
		return v, m.cleaned, code, detail
	}
	v, code, detail := m.convertClean(cf, raw)
	return v, m.cleaned, code, detail
}

func (m *mapper) convertClean(cf *compiledField, raw string) (any, string, string) {
	fm := cf.fm
	v := strings.TrimSpace(raw)
	if v != "" && len(v) <= 4*cf.missLen {
		if l := strings.ToLower(v); m.missing[l] || cf.missing[l] {
			v = ""
		}
	}
	if v != "" && fm.re != nil {
		if sm := fm.re.FindStringSubmatch(v); sm != nil {
			if len(sm) > 1 {
				v = sm[1]
			} else {
				v = sm[0]
			}
		}
	}
	if fm.Trim != "" {
		v = strings.Trim(v, fm.Trim)
	}
	v = strings.TrimSpace(v)
	m.cleaned = v
	if len(fm.Map) > 0 {
		to, ok := "", false
		if len(v) <= 4*cf.mapLen {
			to, ok = fm.Map[strings.ToLower(v)]
		}
		if ok {
			v = to
		} else if fm.Strict && v != "" {
			return nil, "unknown_value", allowedValues(fm)
		}
	}
	if v == "" {
		v = fm.Default
	}
	m.cleaned = v
	if v == "" {
		return nil, "", ""
	}
	f := cf.field
	switch f.Type {
	case TText:
		return v, "", ""
	case TCode:
		if cf.codes != nil {
			code, ok := CanonicalCode(cf.codes, v)
			if !ok {
				return nil, "unknown_value", CodeList(cf.codes)
			}
			return code, "", ""
		}
		return v, "", ""
	case TBool:
		b, err := ParseBool(v)
		if err != nil {
			return nil, "not_bool", ""
		}
		return b, "", ""
	case TInt, TFloat:
		x, err := ParseNumber(v, m.p.Decimal == "point")
		if err != nil {
			return nil, numberCode(err), ""
		}
		if (f.Min != nil && x < *f.Min) || (f.Max != nil && x > *f.Max) {
			return nil, "out_of_range", RangeText(f)
		}
		if f.Type == TInt {
			if x != math.Trunc(x) {
				return nil, "not_integer", ""
			}
			// Whole numbers are INTEGER columns (0001_schema.sql): a count beyond them is this row's fault.
			if x > math.MaxInt32 || x < math.MinInt32 {
				return nil, "too_large", fmt.Sprintf("%d…%d", math.MinInt32, math.MaxInt32)
			}
			return int64(x), "", ""
		}
		return x, "", ""
	case TDate, TDateTime:
		t, err := ParseDate(v, m.p.dopts)
		if err != nil {
			if from, to, ok := ParsePeriod(v); ok {
				t, err = periodDay(from, to, fm.Period), nil
			}
		}
		if err != nil && m.excelDates {
			if x, nerr := strconv.ParseFloat(v, 64); nerr == nil && !math.IsNaN(x) && !math.IsInf(x, 0) {
				t, err = read.ExcelSerial(x)
			}
		}
		if err != nil {
			if strings.Contains(err.Error(), "slashed") {
				return nil, "slashed_date", ""
			}
			return nil, "not_date", ""
		}
		if isPlaceholderDate(t) {
			return nil, "placeholder_date", t.Format("2006-01-02")
		}
		if t.Year() < 1990 {
			return nil, "too_old", ""
		}
		if f.Type == TDate {
			t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
		return t, "", ""
	}
	return v, "", ""
}

// RangeText is a field's allowed range in words, as a rejection names it.
func RangeText(f Field) string {
	lo, hi := "−∞", "∞"
	if f.Min != nil {
		lo = strconv.FormatFloat(*f.Min, 'g', -1, 64)
	}
	if f.Max != nil {
		hi = strconv.FormatFloat(*f.Max, 'g', -1, 64)
	}
	return lo + "–" + hi
}

// checkDates: no date in the future, and no date before the one it follows (closed before received).
// Each language names the fields in its own words; the column and the raw cells name the file's.
func (m *mapper) checkDates(rec *Record, pos map[string]int, cell func(int) string, bad func(col, value, raw, code, detailBG, detailEN string) *read.Problem) {
	colOf := func(name string) string {
		if fm := m.p.Fields[name]; fm != nil && fm.Column != "" {
			return fm.Column
		}
		return name
	}
	rawOf := func(name string) string {
		for i := range m.fields {
			if cf := &m.fields[i]; cf.field.Name == name {
				return m.rawValue(cf, cell)
			}
		}
		return ""
	}
	limit := m.limit
	for i, name := range m.kind.Plausible {
		if t, ok := rec.Values[m.plausibleAt[i]].(time.Time); ok && t.After(limit) {
			pr := bad(colOf(name), t.Format("2006-01-02"), rawOf(name), "future_date", "", "")
			if f, _ := m.kind.Field(name); m.emptiable(f) {
				pr.Kind, rec.Values[m.plausibleAt[i]] = KindField, nil
			}
		}
	}
	for i, pair := range m.kind.DateOrder {
		a, aok := rec.Values[m.orderAt[i][0]].(time.Time)
		b, bok := rec.Values[m.orderAt[i][1]].(time.Time)
		if aok && bok && beforeDayOf(b, a) {
			abg, aen := Meaning(m.kind.Name, pair[0])
			bbg, ben := Meaning(m.kind.Name, pair[1])
			pr := bad(colOf(pair[1]), b.Format("2006-01-02"), rawOf(pair[1]), "date_order",
				fmt.Sprintf("„%s“ (%s) е преди „%s“ (%s)", bbg, b.Format("02.01.2006"), abg, a.Format("02.01.2006")),
				fmt.Sprintf("the %s (%s, %s) is before the %s (%s, %s)", ben, b.Format("2006-01-02"), pair[1], aen, a.Format("2006-01-02"), pair[0]))
			// The later date is the wrong one (the request was received; only its closing date
			// is impossible): an optional one is emptied, and a pair after it no longer sees it.
			if f, _ := m.kind.Field(pair[1]); m.emptiable(f) {
				pr.Kind, rec.Values[m.orderAt[i][1]] = KindField, nil
			}
		}
	}
}

// columnOf names where a field comes from in the export: its column, template or the field itself.
func (m *mapper) columnOf(name string) string {
	if fm := m.p.Fields[name]; fm != nil {
		if fm.Column != "" {
			return fm.Column
		}
		if fm.Template != "" {
			return fm.Template
		}
	}
	return name
}

// checkPoints: a mystery-shopper item scores between 0 and its maximum, and the maximum is above 0.
func (m *mapper) checkPoints(rec *Record, pos map[string]int, bad func(col, value, code, detail string)) {
	if m.kind.Name != "mystery_items" {
		return
	}
	points, pok := rec.Values[pos["points"]].(float64)
	maxPoints, mok := rec.Values[pos["max_points"]].(float64)
	if !mok {
		return
	}
	if maxPoints <= 0 {
		bad(m.columnOf("max_points"), strconv.FormatFloat(maxPoints, 'g', -1, 64), "out_of_range", "> 0")
		return
	}
	if pok && points > maxPoints {
		bad(m.columnOf("points"), strconv.FormatFloat(points, 'g', -1, 64), "above_max_points", strconv.FormatFloat(maxPoints, 'g', -1, 64))
	}
}

// numberCode is the problem code of a number that did not parse.
func numberCode(err error) string {
	if errors.Is(err, ErrNotFinite) {
		return "not_finite"
	}
	return "not_number"
}

// beforeDayOf: b is before the day a falls on (b.Before(TruncDay(a)), without building the day
// for the wall-clock times in UTC that every reader makes).
func beforeDayOf(b, a time.Time) bool {
	if a.Location() != time.UTC {
		return b.Before(TruncDay(a))
	}
	u := a.Unix()
	day := u - u%86400
	if u < 0 && u%86400 != 0 {
		day -= 86400
	}
	return b.Unix() < day
}

// TruncDay is t's calendar day (as written, whatever its zone) at midnight UTC.
func TruncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// key identifies the record: the kind's key field, or a hash of the profile's key columns.
func (m *mapper) key(rec *Record, pos map[string]int, cell func(int) string) string {
	if len(m.keyCols) > 0 {
		h := sha256.New()
		for _, c := range m.keyCols {
			h.Write([]byte(strings.TrimSpace(cell(c))))
			h.Write([]byte{0x1f})
		}
		k := hex.EncodeToString(h.Sum(nil))[:20]
		// The stored key field is the hash even when the profile maps it too: a corrected file
		// finds the record it replaces by that field, so it must be what the hashed columns make.
		if i, ok := pos[m.kind.Key]; ok {
			rec.Values[i] = k
		}
		return k
	}
	k, ok := rec.Values[pos[m.kind.Key]].(string)
	if !ok {
		k = fmt.Sprint(rec.Values[pos[m.kind.Key]])
	}
	if m.kind.Name == "mystery_items" {
		k += "\x1f" + fmt.Sprint(rec.Values[pos["criterion"]])
	}
	return k
}

// recordHash fingerprints a record's content, to tell an identical re-import from a correction.
func recordHash(rec *Record) string {
	var buf [512]byte
	b := buf[:0]
	for _, v := range rec.Values {
		if v == nil {
			b = append(b, 0) // tells NULL from an empty value
		}
		b = append(appendValue(b, v, false), 0x1f)
	}
	for _, it := range rec.Items { // item=value/min-max; as fmt's %g writes them
		b = append(b, it.Item...)
		b = append(strconv.AppendFloat(append(b, '='), it.Value, 'g', -1, 64), '/')
		b = append(strconv.AppendFloat(b, it.Min, 'g', -1, 64), '-')
		b = append(strconv.AppendFloat(b, it.Max, 'g', -1, 64), ';')
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}
