package ingest

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"otzvuk/analytics/ingest/read"
)

// Form is a profile as the wizard's mapping form shows it: one row per target field of the record
// kind, with the file's columns to pick from, a few rows as they will be stored, and for coded
// fields the file's values beside the codes they become. The YAML stays the profile's truth:
// BuildForm reads it, ApplyForm writes the form's edits back into it.
type Form struct {
	Kind   string      `json:"kind"`
	Kinds  []string    `json:"kinds"`
	Header []string    `json:"header"`
	Fields []FormField `json:"fields"`
}

// FormField is one target field.
type FormField struct {
	Name      string       `json:"name"`
	Type      string       `json:"type"`
	Required  bool         `json:"required"`
	MeaningBG string       `json:"meaningBg"`
	MeaningEN string       `json:"meaningEn"`
	Column    string       `json:"column"`   // the file's column it comes from; "" = not mapped
	Advanced  string       `json:"advanced"` // how the YAML maps it when the form cannot show it (const, template, pattern…)
	Codes     []string     `json:"codes"`    // the allowed codes of a coded field
	Values    []FormValue  `json:"values"`   // coded: the file's values and the code each becomes
	Samples   []FormSample `json:"samples"`  // the first rows: the cell and what is stored, or why not
}

// FormValue is one of a coded column's values and the code it becomes ("" = none: the row fails).
type FormValue struct {
	Value string `json:"value"`
	Code  string `json:"code"`
	Known bool   `json:"known"` // recognised without a map (a code or one of its names)
}

// FormSample is a field's cell in one of the first rows.
type FormSample struct {
	Row     int    `json:"row"`
	Raw     string `json:"raw"`
	Stored  string `json:"stored"`
	Problem string `json:"problem"` // in the reader's language pair, as the quarantine says it
}

// FieldEdit is the form's edit of one field: its column (or none) and, for coded fields, value → code.
type FieldEdit struct {
	Name   string            `json:"name"`
	Column string            `json:"column"`
	Map    map[string]string `json:"map"`
}

const formSampleRows, formScanRows, formMaxValues = 5, 2000, 30

// ParseDraftProfile checks a profile being filled in the mapping form: everything ParseProfile
// checks, except that required fields may still be missing (the form marks them).
func ParseDraftProfile(name string, body []byte) (*Profile, error) {
	var p Profile
	if err := yaml.Unmarshal(body, &p); err != nil {
		return nil, fmt.Errorf("профил / profile %s: %v", name, err)
	}
	p.path, p.draft = name, true
	if err := p.check(); err != nil {
		return nil, fmt.Errorf("профил / profile %s: %v", name, err)
	}
	return &p, nil
}

// BuildForm reads the file's first rows through the profile and lays the mapping out by field.
func BuildForm(path string, p *Profile) (*Form, error) {
	k := p.kind
	f := &Form{Kind: k.Name}
	for n := range Kinds {
		if n != "departments" && n != "services" {
			f.Kinds = append(f.Kinds, n)
		}
	}
	sort.Strings(f.Kinds)
	src, err := read.Open(path, p.Source)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	f.Header = src.Header()
	col := map[string]int{}
	for i, h := range f.Header {
		col[h] = i
	}
	m, merr := newMapper(p, filepath.Base(path), f.Header, src.Info(), time.Now())
	for _, fd := range k.Fields {
		ff := FormField{Name: fd.Name, Type: string(fd.Type), Required: fd.Required}
		ff.MeaningBG, ff.MeaningEN = Meaning(k.Name, fd.Name)
		if fm := p.Fields[fd.Name]; fm != nil {
			switch {
			case fm.Const != "":
				ff.Advanced = "const: " + fm.Const
			case fm.Template != "":
				ff.Advanced = "template: " + fm.Template
			case fm.Pattern != "":
				ff.Column, ff.Advanced = fm.Column, "pattern: "+fm.Pattern
			default:
				ff.Column = fm.Column
			}
		}
		if set := CodeSetFor(k.Name, fd.Name); set != nil {
			for c := range set {
				ff.Codes = append(ff.Codes, c)
			}
			sort.Strings(ff.Codes)
		}
		f.Fields = append(f.Fields, ff)
	}
	distinct := make([]map[string]bool, len(f.Fields))
	var order [][]string
	order = make([][]string, len(f.Fields))
	for i := range distinct {
		distinct[i] = map[string]bool{}
	}
	for rows := 0; rows < formScanRows; rows++ {
		cells, row, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pr *read.Problem
			if errors.As(err, &pr) && pr.Row > 0 {
				continue
			}
			return nil, err
		}
		var values []any
		var probs []*read.Problem
		if m != nil && rows < formSampleRows {
			_, probs = m.Map(cells, row)
			values = m.fieldValues(cells)
		}
		for i := range f.Fields {
			ff := &f.Fields[i]
			ci, ok := col[ff.Column]
			if !ok || ci >= len(cells) {
				continue
			}
			raw := cells[ci]
			if ff.Codes != nil {
				v := strings.TrimSpace(raw)
				if v != "" && !distinct[i][v] && len(distinct[i]) < formMaxValues {
					distinct[i][v] = true
					order[i] = append(order[i], v)
				}
			}
			if rows >= formSampleRows || merr != nil {
				continue
			}
			s := FormSample{Row: row, Raw: read.Clip(raw, 120)}
			for _, pr := range probs {
				if pr.Column == ff.Column {
					s.Problem = pr.BG + " / " + pr.EN
				}
			}
			if s.Problem == "" && i < len(values) && values[i] != nil {
				s.Stored = read.Clip(storedText(values[i]), 120)
			}
			ff.Samples = append(ff.Samples, s)
		}
	}
	for i := range f.Fields {
		ff := &f.Fields[i]
		if ff.Codes == nil {
			continue
		}
		set := CodeSetFor(k.Name, ff.Name)
		fm := p.Fields[ff.Name]
		for _, v := range order[i] {
			fv := FormValue{Value: v}
			if fm != nil && fm.Map != nil {
				for from, to := range fm.Map {
					if strings.EqualFold(strings.TrimSpace(from), v) {
						fv.Code = to
					}
				}
			}
			if fv.Code == "" {
				if c, ok := CanonicalCode(set, v); ok {
					fv.Code, fv.Known = c, true
				}
			}
			ff.Values = append(ff.Values, fv)
		}
	}
	return f, nil
}

// ApplyForm writes the form's edits into the profile's YAML: a field gets its column (other
// options of the same column, such as trim or missing codes, are kept), or loses its mapping,
// and a coded field's map holds the values the user assigned a code that is not already
// recognised. Fields the form cannot show (const, template) are left as the YAML has them.
func ApplyForm(profileYAML string, edits []FieldEdit) (string, error) {
	var p Profile
	if err := yaml.Unmarshal([]byte(profileYAML), &p); err != nil {
		return "", fmt.Errorf("профилът не може да бъде прочетен / the profile cannot be read: %w", err)
	}
	if p.Fields == nil {
		p.Fields = map[string]*FieldMap{}
	}
	k, ok := Kinds[p.RecordKind]
	if !ok {
		return "", fmt.Errorf("непознат вид записи %q / unknown record kind %q", p.RecordKind, p.RecordKind)
	}
	for _, e := range edits {
		known := false
		for _, f := range k.Fields {
			known = known || f.Name == e.Name
		}
		if !known {
			return "", fmt.Errorf("непознато поле %q / unknown field %q", e.Name, e.Name)
		}
		fm := p.Fields[e.Name]
		if fm != nil && (fm.Const != "" || fm.Template != "") {
			continue
		}
		if e.Column == "" {
			delete(p.Fields, e.Name)
			continue
		}
		if fm == nil || fm.Column != e.Column {
			fm = &FieldMap{Column: e.Column}
		}
		set := CodeSetFor(k.Name, e.Name)
		fm.Map = nil
		for from, to := range e.Map {
			if to == "" {
				continue
			}
			if c, ok := CanonicalCode(set, from); ok && c == to {
				continue // recognised without a map
			}
			if fm.Map == nil {
				fm.Map = map[string]string{}
			}
			fm.Map[from] = to
		}
		p.Fields[e.Name] = fm
	}
	out, err := yaml.Marshal(&p)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// fieldValues converts each mapped field of a row as the import would, ignoring the row's other
// problems, so the form shows what each field stores even while others are still unmapped.
func (m *mapper) fieldValues(cells []string) []any {
	out := make([]any, len(m.kind.Fields))
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return cells[i]
	}
	for i := range m.fields {
		cf := &m.fields[i]
		v, _, code, _ := m.convert(cf, m.rawValue(cf, cell))
		if code != "" {
			continue
		}
		if s, ok := v.(string); ok && cf.field.Type == TCode {
			if table := m.codeTable(cf.field.Name); table != "" {
				v = m.canonCode(table, s)
			}
		}
		out[m.pos[cf.field.Name]] = v
	}
	return out
}

// storedText writes a stored value as the records view reads it: dates as YYYY-MM-DD.
func storedText(v any) string {
	if t, ok := v.(time.Time); ok {
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format("2006-01-02 15:04")
	}
	return fmt.Sprint(v)
}
