package suggest

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
)

// suggestKinds are the record kinds a suggestion chooses among, the usual exports first.
var suggestKinds = []string{"service_requests", "survey_responses", "signals", "feedback_cards", "mystery_items", "consultations", "services", "departments"}

// ForFile reads an export's header and the values of its first rows (SampleRows, default
// 5000) and proposes a profile: the record kind, each field's column scored by its header words
// (Bulgarian and English) and by its values, value maps for coded fields, the department cleaning,
// new_departments, and for a wide survey its rating items. Whatever it is unsure of is marked ???
// with the reason in a comment and, when the field is optional, left out rather than made to
// reject rows: the draft imports.
func ForFile(path string, o read.Options, so Options) (*Draft, error) {
	if so.SampleRows <= 0 {
		so.SampleRows = 5000
	}
	if so.Now.IsZero() {
		so.Now = time.Now()
	}
	kinds := suggestKinds
	if so.Kind != "" {
		if _, ok := ingest.Kinds[so.Kind]; !ok {
			return nil, fmt.Errorf("record kind %q: unknown (%s)", so.Kind, strings.Join(suggestKinds, ", "))
		}
		kinds = []string{so.Kind}
	}
	src, err := read.Open(path, o)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	header := src.Header()
	var sample [][]string
	missingSeen := map[string]bool{}
	for len(sample) < so.SampleRows {
		cells, _, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		for _, v := range cells {
			if t := strings.TrimSpace(v); t != "" && sampleMissing[strings.ToLower(t)] {
				missingSeen[t] = true
			}
		}
		sample = append(sample, cells)
	}
	stats := profileColumns(header, sample)
	var best *engine
	var bestGot map[string]fit
	var bestRej map[string][]string
	bestScore := math.Inf(-1)
	for _, name := range kinds {
		e := &engine{kind: ingest.Kinds[name], stats: stats, so: so, byName: map[string]*colStat{}}
		for _, c := range stats {
			e.byName[strings.ToLower(c.name)] = c
		}
		cands, rej := e.candidates()
		got := e.assign(cands)
		items := 0
		if name == "survey_responses" {
			cols, _, _ := e.items(got)
			items = len(cols)
		}
		if s := kindScore(e.kind, got, items); s > bestScore {
			best, bestGot, bestRej, bestScore = e, got, rej, s
		}
	}
	for m := range missingSeen {
		best.missing = append(best.missing, m)
	}
	sort.Strings(best.missing)
	d := best.build(path, src.Info(), bestGot, bestRej, len(sample), so.Kind == "")
	if err := checkDraft(d.Text, header); err != nil {
		return nil, read.Relabel(err, filepath.Base(path))
	}
	return d, nil
}

// items are a wide survey's rating columns: those not mapped to a field whose values sit on the
// scale most of them share, with the "don't know" codes found beside it.
func (e *engine) items(got map[string]fit) ([]*colStat, ratingScale, []string) {
	used := map[int]bool{}
	for _, g := range got {
		used[g.col.idx] = true
	}
	byMax := map[int][]*colStat{}
	scales := map[int]ratingScale{}
	dk := map[int]map[string]bool{}
	for _, c := range e.stats {
		if used[c.idx] {
			continue
		}
		if rs, ok := scaleOf(c); ok {
			byMax[rs.max] = append(byMax[rs.max], c)
			scales[rs.max] = rs
			if dk[rs.max] == nil {
				dk[rs.max] = map[string]bool{}
			}
			for _, v := range rs.dontKnow {
				dk[rs.max][v] = true
			}
		}
	}
	top := 0
	for m, cs := range byMax {
		if len(cs) > len(byMax[top]) || len(cs) == len(byMax[top]) && m < top {
			top = m
		}
	}
	if len(byMax[top]) < 3 {
		return nil, ratingScale{}, nil
	}
	var codes []string
	for v := range dk[top] {
		codes = append(codes, v)
	}
	sort.Strings(codes)
	return byMax[top], scales[top], codes
}

type deptClean struct{ pattern, trim string }

var reBeforeComma = regexp.MustCompile(`^([^,]+)`)

// deptCleaning: departments written with a trailing comma and sometimes an extension ("REFUSE,",
// "TRAFFIC DIVISION, 511") keep what stands before the comma; other trailing punctuation is trimmed.
func deptCleaning(c *colStat) deptClean {
	comma, trailing := 0, 0
	for v, n := range c.counts {
		if i := strings.Index(v, ","); i > 0 {
			comma += n
		}
		if strings.ContainsAny(v[len(v)-1:], ",.;:") {
			trailing += n
		}
	}
	switch {
	case comma*2 >= c.filled && comma > 0:
		return deptClean{pattern: "^([^,]+)", trim: " ,"}
	case trailing*5 >= c.filled && trailing > 0:
		return deptClean{trim: " ,.;:"}
	}
	return deptClean{}
}

func cleanDept(v string, dc deptClean) string {
	v = strings.TrimSpace(v)
	if dc.pattern != "" {
		if m := reBeforeComma.FindStringSubmatch(v); m != nil {
			v = m[1]
		}
	}
	if dc.trim != "" {
		v = strings.Trim(v, dc.trim)
	}
	return strings.TrimSpace(v)
}

// deptCode finds a value among the database's departments, by code or by name.
func (e *engine) deptCode(v string) (string, bool) {
	n := ingest.NormCode(v)
	for _, d := range e.so.Departments {
		if ingest.NormCode(d.Code) == n || ingest.NormCode(d.Name) == n {
			return d.Code, true
		}
	}
	for _, d := range e.so.Departments {
		if a := initials(d.Name); len([]rune(a)) >= 2 && a == n {
			return d.Code, true // МДТ = Местни данъци и такси
		}
	}
	return "", false
}

// initials abbreviate a department's name the way registers do: the first letters of its words,
// leaving out the short ones (и, на, за).
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w); len(r) >= 3 {
			b.WriteRune(r[0])
		}
	}
	return strings.ToUpper(b.String())
}

// draftWriter collects the profile's lines and what it is unsure of.
type draftWriter struct {
	b      strings.Builder
	unsure []string
}

func (w *draftWriter) line(format string, a ...any) {
	w.b.WriteString(oneLine(fmt.Sprintf(format, a...)))
	w.b.WriteByte('\n')
}

// doubt records a ??? with its reason, written as a comment at the current place.
func (w *draftWriter) doubt(indent, field, reason string) {
	w.unsure = append(w.unsure, field+": "+reason)
	w.line("%s# ??? %s: %s", indent, field, reason)
}

func q(s string) string { return strconv.Quote(s) }

func listQ(vals []string) string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = q(v)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func shortList(vals []string, n int) string {
	if len(vals) <= n {
		return strings.Join(vals, ", ")
	}
	return strings.Join(vals[:n], ", ") + fmt.Sprintf(" … (%d more)", len(vals)-n)
}

// dateOrderViolations: rows where the later field's date comes before the earlier one's day.
func dateOrderViolations(a, b *colStat) (bad, both int) {
	for i := range a.dates {
		if a.dates[i].IsZero() || b.dates[i].IsZero() {
			continue
		}
		both++
		if b.dates[i].Before(ingest.TruncDay(a.dates[i])) {
			bad++
		}
	}
	return bad, both
}

// build writes the draft profile: the header, the source's format, then the fields — the
// columns that fit, a marked guess or a constant for a required field nobody named, and the
// departments' line — each step below writing its part.
func (e *engine) build(path string, info read.SourceInfo, got map[string]fit, rejected map[string][]string, rows int, chose bool) *Draft {
	w := &draftWriter{}
	dropped := e.dropImplausible(got)
	e.writeHeader(w, path, info, rows, chose)
	e.writeFormats(w, got)
	fallbacks := e.fallbacks(w, path, got)
	deptLines := e.writeDepartments(w, got)
	e.writeFields(w, got, fallbacks, dropped, rejected, deptLines)
	text := w.b.String()
	d := &Draft{Text: text, Unsure: w.unsure, Rows: rows}
	if p, err := ingest.ParseProfile("suggested", []byte(text)); err == nil {
		d.Profile = p
	} else {
		d.Profile = &ingest.Profile{Name: "Предложение за " + filepath.Base(path), RecordKind: e.kind.Name}
	}
	return d
}

// dropImplausible leaves out the optional dates that would reject rows (in the future, or before
// the date they follow) and returns why, by field.
func (e *engine) dropImplausible(got map[string]fit) map[string]string {
	k := e.kind
	// Dates that would reject rows: in the future, or before the date they follow.
	dropped := map[string]string{}
	limit := e.so.Now.Add(24 * time.Hour)
	for _, name := range k.Plausible {
		g, ok := got[name]
		if !ok {
			continue
		}
		future := 0
		for _, t := range g.col.dates {
			if t.After(limit) {
				future++
			}
		}
		if future*50 > g.col.dateN {
			dropped[name] = fmt.Sprintf("%s: %d of %d dates lie in the future", g.col.name, future, g.col.dateN)
		}
	}
	for _, pair := range k.DateOrder {
		a, aok := got[pair[0]]
		b, bok := got[pair[1]]
		if !aok || !bok || a.col.dates == nil {
			continue
		}
		if bad, both := dateOrderViolations(a.col, b.col); bad*50 > both {
			dropped[pair[1]] = fmt.Sprintf("%s comes before %s (%s) in %d of %d rows", b.col.name, pair[0], a.col.name, bad, both)
		}
	}
	for name := range dropped {
		if f, _ := k.Field(name); !f.Required {
			delete(got, name)
		} else {
			delete(dropped, name)
		}
	}
	return dropped
}

// writeHeader writes the draft's comments, name, record kind and source.
func (e *engine) writeHeader(w *draftWriter, path string, info read.SourceInfo, rows int, chose bool) {
	k := e.kind
	w.line("# Предложен профил за %s: колоните са избрани по заглавията и по стойностите на първите %d реда.", filepath.Base(path), rows)
	w.line("# Полетата с ??? са пропуснати или предположени — проверете ги (причината е до тях).")
	w.line("# Suggested profile for %s, from its headers and the values of its first %d rows.", filepath.Base(path), rows)
	w.line("# Fields marked ??? are left out or guessed — check them (the reason stands beside them).")
	w.line("name: %s", q("Предложение за "+filepath.Base(path)))
	if chose {
		w.line("record_kind: %s   # chosen by the headers and values", k.Name)
	} else {
		w.line("record_kind: %s", k.Name)
	}
	src := []string{"format: " + info.Format}
	if info.Encoding != "" {
		src = append(src, "encoding: "+q(info.Encoding))
	}
	if info.Delimiter != "" {
		src = append(src, "delimiter: "+q(info.Delimiter))
	}
	if info.HeaderRow > 1 {
		src = append(src, fmt.Sprintf("header_row: %d", info.HeaderRow))
	}
	if info.Sheet != "" {
		src = append(src, "sheet: "+q(info.Sheet))
	}
	w.line("source: {%s}", strings.Join(src, ", "))
}

// writeFormats writes the dates' order, the decimal point and the missing-value markers, from the mapped columns.
func (e *engine) writeFormats(w *draftWriter, got map[string]fit) {
	k := e.kind
	order, point := "", false
	for _, g := range got {
		f, _ := k.Field(g.field)
		if (f.Type == ingest.TDate || f.Type == ingest.TDateTime) && g.col.slashed && order == "" {
			order = "dmy"
			if g.col.monthFirst {
				order = "mdy"
			}
		}
		if f.Type == ingest.TFloat || f.Type == ingest.TInt {
			for v := range g.col.counts {
				if strings.Contains(v, ".") && !strings.Contains(v, ",") {
					point = true
				}
			}
		}
	}
	if order != "" {
		w.line("dates: {order: %s}", order)
	}
	if point {
		w.line("decimal: point")
	}
	if len(e.missing) > 0 {
		w.line("missing: %s", listQ(e.missing))
	}
}

// fallback is a required field nobody named: its mapping (or "" when a column was picked for it) and why.
type fallback struct{ fm, reason string }

// fallbacks finds, for each required field nobody named, a guess marked ??? or a constant, so the
// draft still imports; a key no column gives is a hash of every column (written here).
func (e *engine) fallbacks(w *draftWriter, path string, got map[string]fit) map[string]fallback {
	k := e.kind
	fallbacks := map[string]fallback{}
	keyHash := false
	used := map[int]bool{}
	for _, g := range got {
		used[g.col.idx] = true
	}
	for _, f := range k.Fields {
		if !f.Required || got[f.Name].col != nil {
			continue
		}
		switch {
		case f.Name == k.Key && k.Name != "mystery_items":
			var pick *colStat
			for _, c := range e.stats {
				if !used[c.idx] && c.uniqueShare() >= 0.98 && c.fill() >= 0.99 && c.dateShare() < 0.5 {
					pick = c
					break
				}
			}
			if pick != nil {
				got[f.Name] = fit{field: f.Name, col: pick}
				used[pick.idx] = true
				fallbacks[f.Name] = fallback{reason: fmt.Sprintf("no header names the identifier; %s has a distinct value in every row", pick.name)}
			} else {
				keyHash = true
				fallbacks[f.Name] = fallback{reason: "no column identifies a row: the key is a hash of every column"}
			}
		case f.Type == ingest.TDate || f.Type == ingest.TDateTime:
			var pick *colStat
			for _, c := range e.stats {
				if c.dateShare() >= 0.9 && (pick == nil || c.filled > pick.filled) {
					pick = c
				}
			}
			if pick != nil {
				got[f.Name] = fit{field: f.Name, col: pick}
				fallbacks[f.Name] = fallback{reason: fmt.Sprintf("no header names it; %s is the fullest date column", pick.name)}
			} else {
				fallbacks[f.Name] = fallback{fm: fmt.Sprintf("{column: %s}", q("??? "+f.Name)), reason: "no column holds dates: write the column"}
			}
		case f.Name == "survey_id":
			base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			fallbacks[f.Name] = fallback{fm: fmt.Sprintf("{const: %s}", q(base)), reason: "no column names the survey: the file's name stands for it"}
		case f.Name == "department_code":
			fallbacks[f.Name] = fallback{fm: fmt.Sprintf("{const: %s}", q("ОБЩИНА")), reason: "no column names the department: every record goes to one department ОБЩИНА"}
		case f.Name == "kind" && k.Name == "signals":
			fallbacks[f.Name] = fallback{fm: fmt.Sprintf("{const: %s}", q("signal")), reason: "no column holds the kind: every record is a signal"}
		default:
			fallbacks[f.Name] = fallback{fm: fmt.Sprintf("{column: %s}", q("??? "+f.Name)), reason: "no column found: write the column"}
		}
	}
	if keyHash {
		cols := make([]string, 0, len(e.stats))
		for _, c := range e.stats {
			cols = append(cols, c.name)
		}
		w.line("key: {hash: %s}", listQ(cols))
	}
	return fallbacks
}

// writeDepartments decides new_departments — by the departments in the database, or by what the
// values look like — writes it, and returns the department fields' lines.
func (e *engine) writeDepartments(w *draftWriter, got map[string]fit) (deptLines []string) {
	k := e.kind
	deptCreate := false
	if g, ok := got["department_code"]; ok && g.col != nil {
		dc := deptCleaning(g.col)
		values := map[string]bool{}
		var list []string
		for _, v := range g.col.sortedValues() {
			cv := cleanDept(v, dc)
			if cv != "" && !values[ingest.NormCode(cv)] {
				values[ingest.NormCode(cv)] = true
				list = append(list, cv)
			}
		}
		var unknown []string
		nameMap := map[string]string{}
		if e.so.HaveDB {
			for _, v := range list {
				code, ok := e.deptCode(v)
				if !ok {
					unknown = append(unknown, v)
				} else if ingest.NormCode(code) != ingest.NormCode(v) {
					nameMap[v] = code
				}
			}
			if len(unknown) == 0 {
				w.line("# new_departments: reject — all %d departments of the file are in the database", len(list))
			} else {
				deptCreate = true
				w.doubt("", "new_departments", fmt.Sprintf("create — %d of the file's %d departments are not in the database (%s): they are added; map them to codes, or write reject to refuse their rows",
					len(unknown), len(list), shortList(unknown, 8)))
			}
		} else {
			for _, v := range list {
				if !bulgarianDeptCodes[strings.ToUpper(v)] {
					unknown = append(unknown, v)
				}
			}
			if len(unknown) == 0 {
				w.line("# new_departments: reject — no database was given and the values are the municipality's department codes (%s); check they exist", shortList(list, 8))
			} else {
				deptCreate = true
				w.line("# new_departments: create — no database was given and the values (%s) are not Bulgarian municipal department codes: they are added as departments; give --db to compare with the departments there",
					shortList(unknown, 6))
			}
		}
		parts := []string{"column: " + q(g.col.name)}
		if dc.pattern != "" {
			parts = append(parts, "pattern: "+q(dc.pattern))
		}
		if dc.trim != "" {
			parts = append(parts, "trim: "+q(dc.trim))
		}
		codeParts := append([]string{}, parts...)
		if len(nameMap) > 0 {
			var m []string
			for _, v := range sortedKeys(nameMap) {
				m = append(m, q(v)+": "+q(nameMap[v]))
			}
			codeParts = append(codeParts, "map: {"+strings.Join(m, ", ")+"}")
		}
		why := fmt.Sprintf("%d departments", len(list))
		if dc.pattern != "" || dc.trim != "" {
			why += fmt.Sprintf(", written with trailing punctuation or extensions (%s)", shortList(sortedByCount(g.col, 3), 3))
		}
		deptLines = append(deptLines, fmt.Sprintf("  department_code: {%s}   # %s", strings.Join(codeParts, ", "), why))
		if deptCreate {
			if _, named := got["department_name"]; !named {
				deptLines = append(deptLines, fmt.Sprintf("  department_name: {%s}", strings.Join(parts, ", ")))
			}
		}
	} else {
		deptCreate = k.HasDepartment()
		if deptCreate {
			w.line("# new_departments: create — the department is a constant of this draft")
		}
	}
	if deptCreate {
		w.line("new_departments: create")
	} else {
		w.line("new_departments: reject")
	}
	return deptLines
}

// writeFields writes every field of the kind: its column, its fallback, or why it was left out.
func (e *engine) writeFields(w *draftWriter, got map[string]fit, fallbacks map[string]fallback, dropped map[string]string, rejected map[string][]string, deptLines []string) {
	k := e.kind
	w.line("fields:")
	for _, f := range k.Fields {
		if f.Name == "department_code" {
			if fb, ok := fallbacks[f.Name]; ok && fb.fm != "" {
				w.doubt("  ", f.Name, fb.reason)
				w.line("  %s: %s", f.Name, fb.fm)
			}
			for _, l := range deptLines {
				w.line("%s", l)
			}
			continue
		}
		g, ok := got[f.Name]
		if fb, isFB := fallbacks[f.Name]; isFB {
			w.doubt("  ", f.Name, fb.reason)
			if fb.fm != "" {
				w.line("  %s: %s", f.Name, fb.fm)
				continue
			}
			if !ok {
				continue // the key is hashed
			}
		}
		if !ok {
			if why, d := dropped[f.Name]; d {
				w.doubt("  ", f.Name, "left out — "+why+": mapped, it would reject those rows")
			} else if rs := rejected[f.Name]; len(rs) > 0 {
				w.doubt("  ", f.Name, "left out — the header suggests "+shortList(rs, 2))
			}
			continue
		}
		e.writeField(w, f, g)
	}
	if k.Name == "survey_responses" {
		e.writeItems(w, got)
	}
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedByCount(c *colStat, n int) []string {
	v := c.sortedValues()
	if len(v) > n {
		v = v[:n]
	}
	for i := range v {
		v[i] = q(v[i])
	}
	return v
}

// writeField writes one field's mapping: its column, and for coded fields and period labels a map.
func (e *engine) writeField(w *draftWriter, f ingest.Field, g fit) {
	c := g.col
	parts := []string{"column: " + q(c.name)}
	var notes []string
	if set := ingest.CodeSetFor(e.kind.Name, f.Name); set != nil {
		var m, unknown []string
		seen := map[string]bool{}
		for _, v := range c.sortedValues() {
			l := strings.ToLower(v)
			if seen[l] {
				continue
			}
			seen[l] = true
			code, ok := ingest.CanonicalCode(set, v)
			if ok {
				m = append(m, q(v)+": "+q(code))
			} else {
				m = append(m, q(v)+": "+q(""))
				unknown = append(unknown, v)
			}
		}
		if len(m) <= ingest.MaxMapEntries {
			parts = append(parts, "map: {"+strings.Join(m, ", ")+"}")
		}
		if len(unknown) > 0 {
			w.doubt("  ", f.Name, fmt.Sprintf("values that are no known code, stored as no value until you write theirs (%s): %s", ingest.CodeList(set), shortList(unknown, 12)))
		}
	} else if (f.Type == ingest.TDate || f.Type == ingest.TDateTime) && c.dateShare() < 0.9 && c.periodN > 0 {
		var m []string
		for _, v := range c.sortedValues() {
			if t, ok := periodEnd(v); ok {
				m = append(m, q(v)+": "+q(t.Format("2006-01-02")))
			}
		}
		parts = append(parts, "strict: true", "map: {"+strings.Join(m, ", ")+"}")
		notes = append(notes, "period labels, dated at the end of their period")
	} else if f.Type == ingest.TInt || f.Type == ingest.TFloat {
		var dk []string
		for v := range c.counts {
			if dontKnowCodes[strings.ToLower(v)] {
				if x, err := strconv.ParseFloat(v, 64); err == nil && (f.Min == nil || x >= *f.Min) && (f.Max == nil || x <= *f.Max) {
					continue
				}
				dk = append(dk, v)
			}
		}
		sort.Strings(dk)
		if len(dk) > 0 {
			parts = append(parts, "missing: "+listQ(dk))
			notes = append(notes, "don't-know codes "+strings.Join(dk, ", ")+" are not scores")
		}
	}
	if g.why != "" && len(notes) == 0 && (f.Name == e.kind.Key || f.Name == "survey_id") {
		notes = append(notes, g.why)
	}
	line := fmt.Sprintf("  %s: {%s}", f.Name, strings.Join(parts, ", "))
	if len(notes) > 0 {
		line += "   # " + strings.Join(notes, "; ")
	}
	w.line("%s", line)
}

// writeItems writes a wide survey's rating items, their scale, don't-know codes and the overall item.
func (e *engine) writeItems(w *draftWriter, got map[string]fit) {
	cols, rs, dk := e.items(got)
	if len(cols) == 0 {
		return
	}
	overall, why := "", ""
	for _, c := range cols {
		h := normHeader(c.name)
		for _, word := range overallWords {
			if h == word || containsWord(h, word) {
				overall, why = c.name, "by its header"
			}
		}
		if overall != "" {
			break
		}
	}
	// No header says which item is the overall one: surveys ask the overall question first, so the
	// first rating item in the file's order is proposed (the doubt is said); the item whose answers
	// go with the mean of the others is named beside it, as a second opinion.
	if overall == "" {
		// The item whose answers go with the mean of all the others.
		sum := make([]float64, len(cols[0].nums))
		cnt := make([]float64, len(sum))
		val := func(c *colStat, i int) float64 {
			x := c.nums[i]
			if math.IsNaN(x) || x < 1 || x > float64(rs.max) {
				return math.NaN()
			}
			return x
		}
		for _, c := range cols {
			for i := range sum {
				if x := val(c, i); !math.IsNaN(x) {
					sum[i] += x
					cnt[i]++
				}
			}
		}
		bestR := -2.0
		for _, c := range cols {
			own := make([]float64, len(sum))
			rest := make([]float64, len(sum))
			for i := range sum {
				own[i] = val(c, i)
				n, s := cnt[i], sum[i]
				if !math.IsNaN(own[i]) {
					n, s = n-1, s-own[i]
				}
				rest[i] = math.NaN()
				if n > 0 {
					rest[i] = s / n
				}
			}
			if r, n := correlation(own, rest); n >= 10 && r > bestR+1e-9 {
				bestR, overall = r, c.name
			}
		}
		why = fmt.Sprintf("no header says overall; surveys ask the overall question first (the item whose answers correlate most with the mean of the others is %s, r = %.2f)", overall, bestR)
		overall = firstItem(cols)
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = q(c.name)
	}
	var excluded []string
	for _, c := range e.stats {
		if c.numShare() >= 0.6 && !inCols(cols, c) && !usedBy(got, c) {
			excluded = append(excluded, c.name)
		}
	}
	w.line("items:")
	w.line("  # %d columns whose answers sit on the scale 1–%d; numeric columns off it (yes/no, counts, codes) are not items: %s",
		len(cols), rs.max, shortList(excluded, 15))
	w.line("  columns: [%s]", strings.Join(names, ", "))
	if overall != "" {
		if why != "by its header" {
			w.doubt("  ", "items.names", overall+" is proposed as overall — "+why)
		}
		w.line("  names: {%s: overall}", q(overall))
	}
	w.line("  scale: {min: 1, max: %d}", rs.max)
	miss := append([]string{}, dk...)
	miss = append(miss, e.missing...)
	if len(miss) > 0 {
		w.line("  missing: %s   # \"don't know\" and \"not asked\" are not scores", listQ(miss))
	}
}

// firstItem is the rating item that comes first in the file.
func firstItem(cols []*colStat) string {
	first := cols[0]
	for _, c := range cols {
		if c.idx < first.idx {
			first = c
		}
	}
	return first.name
}

func inCols(cols []*colStat, c *colStat) bool {
	for _, x := range cols {
		if x == c {
			return true
		}
	}
	return false
}

func usedBy(got map[string]fit, c *colStat) bool {
	for _, g := range got {
		if g.col == c {
			return true
		}
	}
	return false
}
