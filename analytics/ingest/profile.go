package ingest

import (
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"time"

	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/yamlerr"
)

// Profile says how one kind of export becomes records of one record kind. It is YAML, saved and
// reused every month (docs/mapping-profiles.md).
type Profile struct {
	Name           string       `yaml:"name"`
	RecordKind     string       `yaml:"record_kind"`
	Source         read.Options `yaml:"-"`
	SourceYAML     sourceYAML   `yaml:"source"`
	Dates          dateYAML     `yaml:"dates"`
	Decimal        string       `yaml:"decimal"` // comma (default) or point
	Missing        []string     `yaml:"missing"` // cell values that mean "no value", for every field
	Key            keyYAML      `yaml:"key"`
	NewDepartments string       `yaml:"new_departments"` // reject (default) or create
	OnConflict     string       `yaml:"on_conflict"`     // keep_most_complete (default), keep_last, keep_first, reject
	// OnChangedRecord: what an import does with a stored record whose key arrives with other
	// content. replace (default: a register's corrected export) or refuse (entry templates: a copy
	// of one template typed by another clerk must never replace the first clerk's records).
	OnChangedRecord string `yaml:"on_changed_record"`
	// OnInvalidOptional: what an optional field's bad value costs — empty_field (default: the
	// record is kept without it, the cell quarantined as kind field) or reject_row (the whole row).
	OnInvalidOptional string               `yaml:"on_invalid_optional"`
	MaskPII           *bool                `yaml:"mask_pii"` // default true
	Fields            map[string]*FieldMap `yaml:"fields"`
	Items             *ItemsMap            `yaml:"items"`
	// Coverage states the span the export covers (YYYY-MM-DD), when it is wider than its records'
	// first and last dates: a month without records is then a month with none, not a gap.
	Coverage *coverageYAML `yaml:"coverage"`

	kind  *Kind
	draft bool // being filled in the mapping form: required fields may be missing yet
	dopts DateOptions
	path  string
}

type sourceYAML struct {
	Format    string `yaml:"format"`
	Encoding  string `yaml:"encoding"`
	Delimiter string `yaml:"delimiter"`
	HeaderRow int    `yaml:"header_row"`
	Sheet     string `yaml:"sheet"`
}

type coverageYAML struct {
	From string `yaml:"from"`
	To   string `yaml:"to"`

	from, to time.Time
}

type dateYAML struct {
	Order string `yaml:"order"` // dmy (default) or mdy, for slashed dates
}

type keyYAML struct {
	Hash []string `yaml:"hash"` // source columns whose values, hashed, make the key
}

// FieldMap fills one target field: from a column, a constant or a template, cleaned and mapped.
type FieldMap struct {
	Column   string            `yaml:"column"`
	Const    string            `yaml:"const"`
	Template string            `yaml:"template"` // "{col} …": values of columns
	Pattern  string            `yaml:"pattern"`  // keep the first capture group (or the match)
	Trim     string            `yaml:"trim"`     // characters to cut from both ends
	Map      map[string]string `yaml:"map"`      // value → value, case-insensitive
	Strict   bool              `yaml:"strict"`   // a value not in map is an error
	Missing  []string          `yaml:"missing"`
	Default  string            `yaml:"default"`
	// Period: which day a period label (2026-Q1, март 2026, 3QMAR2022…) in a date field becomes —
	// end (default), start or middle.
	Period string `yaml:"period"`

	re      *regexp.Regexp
	mapKeys []string // the map's keys as written in the profile
}

// ItemsMap turns a wide survey's item columns into long item ratings.
type ItemsMap struct {
	Columns []string          `yaml:"columns"`
	Pattern string            `yaml:"pattern"`
	Names   map[string]string `yaml:"names"` // column → item code (overall, courtesy…); default the column name
	Scale   struct {
		Min float64 `yaml:"min"`
		Max float64 `yaml:"max"`
	} `yaml:"scale"`
	Missing []string `yaml:"missing"` // e.g. 9 = don't know: not a score

	re *regexp.Regexp
}

// LoadProfile reads and checks a profile file.
func LoadProfile(path string) (*Profile, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("профил %s: няма такъв файл / profile %s: no such file", path, path)
		}
		return nil, fmt.Errorf("профил %s: файлът не може да бъде прочетен / profile %s: the file cannot be read (%v)", path, path, err)
	}
	return ParseProfile(path, body)
}

// ParseProfile checks a profile; errors name the file and the field.
func ParseProfile(name string, body []byte) (*Profile, error) {
	var p Profile
	root, syntax, err := yamlerr.Parse(body)
	switch {
	case errors.Is(err, yamlerr.ErrEmpty):
		return nil, fmt.Errorf("профил %s: файлът е празен — профилът трябва да посочи поне record_kind и fields / profile %s: the file is empty — a profile names at least record_kind and fields", name, name)
	case syntax != nil:
		return nil, fmt.Errorf("профил %s: %s / profile %s: %s", name, syntax.BG, name, syntax.EN)
	}
	if issues := yamlerr.Decode(root, &p); len(issues) > 0 {
		bg, en := yamlerr.Join(issues)
		return nil, fmt.Errorf("профил %s: %s / profile %s: %s", name, bg, name, en)
	}
	p.path = name
	if err := p.check(); err != nil {
		return nil, fmt.Errorf("профил %s: %s / profile %s: %s", name, err.bg, name, err.en)
	}
	return &p, nil
}

// profileErr is a profile mistake in each language.
type profileErr struct{ bg, en string }

func bi(bg, en string) *profileErr { return &profileErr{bg, en} }

// regexpWhy is what is wrong with a regular expression, in English words (Go's error code).
func regexpWhy(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return string(se.Code)
	}
	return "invalid"
}

func (p *Profile) check() *profileErr {
	k, ok := Kinds[p.RecordKind]
	if !ok {
		names := make([]string, 0, len(Kinds))
		for n := range Kinds {
			names = append(names, n)
		}
		sortStrings(names)
		return bi(fmt.Sprintf("поле record_kind: непознат вид записи „%s“ (%s)", p.RecordKind, strings.Join(names, ", ")),
			fmt.Sprintf("field record_kind: unknown record kind %q (%s)", p.RecordKind, strings.Join(names, ", ")))
	}
	p.kind = k
	p.Source = read.Options{Format: p.SourceYAML.Format, Encoding: p.SourceYAML.Encoding, Delimiter: p.SourceYAML.Delimiter,
		HeaderRow: p.SourceYAML.HeaderRow, Sheet: p.SourceYAML.Sheet}
	switch p.Dates.Order {
	case "", "dmy":
		p.dopts = DateOptions{Slashes: p.Dates.Order == "dmy"}
	case "mdy":
		p.dopts = DateOptions{Slashes: true, MonthFirst: true}
	default:
		return bi(fmt.Sprintf("поле dates.order: непознат ред „%s“ (dmy, mdy)", p.Dates.Order), fmt.Sprintf("field dates.order: unknown order %q (dmy, mdy)", p.Dates.Order))
	}
	switch p.Decimal {
	case "", "comma", "point":
	default:
		return bi(fmt.Sprintf("поле decimal: непознат десетичен знак „%s“ (comma, point)", p.Decimal), fmt.Sprintf("field decimal: unknown decimal mark %q (comma, point)", p.Decimal))
	}
	switch p.NewDepartments {
	case "", "reject", "create":
	default:
		return bi(fmt.Sprintf("поле new_departments: непозната стойност „%s“ (reject, create)", p.NewDepartments), fmt.Sprintf("field new_departments: unknown value %q (reject, create)", p.NewDepartments))
	}
	if c := p.Coverage; c != nil {
		var err1, err2 error
		c.from, err1 = time.Parse("2006-01-02", c.From)
		c.to, err2 = time.Parse("2006-01-02", c.To)
		if err1 != nil || err2 != nil || c.to.Before(c.from) || !k.hasCoverage() {
			return bi(fmt.Sprintf("поле coverage: from и to са дати ГГГГ-ММ-ДД, from ≤ to, за вид записи с дата („%s“, „%s“)", c.From, c.To),
				fmt.Sprintf("field coverage: from and to are YYYY-MM-DD dates, from ≤ to, for a record kind with a date (%q, %q)", c.From, c.To))
		}
	}
	switch p.OnConflict {
	case "", "keep_most_complete", "keep_last", "keep_first", "reject":
	default:
		return bi(fmt.Sprintf("поле on_conflict: непознато правило „%s“ (keep_most_complete, keep_last, keep_first, reject)", p.OnConflict),
			fmt.Sprintf("field on_conflict: unknown rule %q (keep_most_complete, keep_last, keep_first, reject)", p.OnConflict))
	}
	switch p.OnChangedRecord {
	case "", "replace", "refuse":
	default:
		return bi(fmt.Sprintf("поле on_changed_record: непознато правило „%s“ (replace, refuse)", p.OnChangedRecord),
			fmt.Sprintf("field on_changed_record: unknown rule %q (replace, refuse)", p.OnChangedRecord))
	}
	switch p.OnInvalidOptional {
	case "", "empty_field", "reject_row":
	default:
		return bi(fmt.Sprintf("поле on_invalid_optional: непознато правило „%s“ (empty_field, reject_row)", p.OnInvalidOptional),
			fmt.Sprintf("field on_invalid_optional: unknown rule %q (empty_field, reject_row)", p.OnInvalidOptional))
	}
	for name, fm := range p.Fields {
		if _, ok := k.Field(name); !ok && name != "department_name" {
			return bi(fmt.Sprintf("поле fields.%s: видът записи %s няма такова поле (вижте otzvuk reference)", name, k.Name), fmt.Sprintf("field fields.%s: %s has no such field (see otzvuk reference)", name, k.Name))
		}
		if fm == nil {
			return bi(fmt.Sprintf("поле fields.%s: празно описание — посочете column, const или template", name), fmt.Sprintf("field fields.%s: empty mapping — give column, const or template", name))
		}
		set := 0
		for _, s := range []string{fm.Column, fm.Const, fm.Template} {
			if s != "" {
				set++
			}
		}
		if set != 1 && fm.Default == "" {
			return bi(fmt.Sprintf("поле fields.%s: посочете точно едно от column, const, template", name), fmt.Sprintf("field fields.%s: give exactly one of column, const, template", name))
		}
		if fm.Pattern != "" {
			re, err := regexp.Compile(fm.Pattern)
			if err != nil {
				return bi(fmt.Sprintf("поле fields.%s.pattern: регулярният израз „%s“ не може да бъде прочетен", name, fm.Pattern), fmt.Sprintf("field fields.%s.pattern: the regular expression %q cannot be read (%s)", name, fm.Pattern, regexpWhy(err)))
			}
			fm.re = re
		}
		if len(fm.Map) > MaxMapEntries {
			return bi(fmt.Sprintf("поле fields.%s.map: %d стойности — над границата от %d", name, len(fm.Map), MaxMapEntries), fmt.Sprintf("field fields.%s.map: %d values — above the limit of %d", name, len(fm.Map), MaxMapEntries))
		}
		switch fm.Period {
		case "", "end", "start", "middle":
		default:
			return bi(fmt.Sprintf("поле fields.%s.period: непознат ден от периода „%s“ (end, start, middle)", name, fm.Period), fmt.Sprintf("field fields.%s.period: unknown day of the period %q (end, start, middle)", name, fm.Period))
		}
		lower := make(map[string]string, len(fm.Map))
		keepKeys := fm.mapKeys == nil
		for from, to := range fm.Map {
			if keepKeys {
				fm.mapKeys = append(fm.mapKeys, from)
			}
			lower[strings.ToLower(strings.TrimSpace(from))] = to
		}
		fm.Map = lower
	}
	for _, f := range k.Fields {
		if f.Name == k.Key && len(p.Key.Hash) > 0 {
			continue // the key is made from the hashed columns
		}
		if f.Required && p.Fields[f.Name] == nil && !p.draft {
			return bi(fmt.Sprintf("поле fields.%s: задължително за %s, а профилът не го попълва", f.Name, k.Name), fmt.Sprintf("field fields.%s: required by %s and not mapped", f.Name, k.Name))
		}
	}
	if p.Items != nil {
		if k.Name != "survey_responses" {
			return bi("поле items: оценки по въпроси има само в survey_responses", "field items: only survey_responses have item ratings")
		}
		if len(p.Items.Columns) == 0 && p.Items.Pattern == "" {
			return bi("поле items: посочете columns или pattern", "field items: give columns or pattern")
		}
		if p.Items.Pattern != "" {
			re, err := regexp.Compile(p.Items.Pattern)
			if err != nil {
				return bi(fmt.Sprintf("поле items.pattern: регулярният израз „%s“ не може да бъде прочетен", p.Items.Pattern), fmt.Sprintf("field items.pattern: the regular expression %q cannot be read (%s)", p.Items.Pattern, regexpWhy(err)))
			}
			p.Items.re = re
		}
		lo, hi := p.Items.Scale.Min, p.Items.Scale.Max
		if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || hi <= lo {
			return bi(fmt.Sprintf("поле items.scale: min и max трябва да са крайни числа и min < max (min %g, max %g)", lo, hi), fmt.Sprintf("field items.scale: min and max must be finite numbers with min < max (min %g, max %g)", lo, hi))
		}
		// A rating scale runs over a few points (1–5, 0–10, 0–100); a finite but huge one would let
		// ratings of 1e308 in and overflow the index computed from them (max − min).
		if lo < -MaxScale || hi > MaxScale {
			return bi(fmt.Sprintf("поле items.scale: min и max трябва да са между −%d и %d (min %g, max %g)", MaxScale, MaxScale, lo, hi),
				fmt.Sprintf("field items.scale: min and max must lie between −%d and %d (min %g, max %g)", MaxScale, MaxScale, lo, hi))
		}
	}
	return nil
}

// onConflict is the rule that picks the one record kept when a key repeats with different content.
func (p *Profile) onConflict() string {
	if p.OnConflict == "" {
		return "keep_most_complete"
	}
	return p.OnConflict
}

// MaxScale bounds a survey's rating scale (items.scale) on both sides.
const MaxScale = 1000

// emptiesBadOptional: a bad value of an optional field empties that field and keeps the record.
func (p *Profile) emptiesBadOptional() bool { return p.OnInvalidOptional != "reject_row" }

func (p *Profile) maskPII() bool { return p.MaskPII == nil || *p.MaskPII }

// Kind is the record kind the profile produces.
func (p *Profile) Kind() *Kind { return p.kind }

func sortStrings(s []string) { sort.Strings(s) }
