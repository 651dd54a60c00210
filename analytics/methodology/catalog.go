// Package methodology holds the indicator catalogue (embedded YAML data, plus the municipality's own
// YAML files next to the database) and computes it over the record views.
package methodology

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"otzvuk/analytics/format"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"otzvuk/analytics/yamlerr"
)

//go:embed catalog/*.yaml
var catalogFiles embed.FS

// Text is a label in both UI languages.
type Text struct {
	BG string `yaml:"bg" json:"bg"`
	EN string `yaml:"en" json:"en"`
}

// In is the text in the language (format.Lang: anything but "en" is Bulgarian).
func (t Text) In(lang string) string { return format.In(lang, t.BG, t.EN) }

// Side is one side of a ratio: the sum of Value over the records of Source that pass Filter.
type Side struct {
	Source string `yaml:"source" json:"source,omitempty"` // defaults to the indicator's source
	Value  string `yaml:"value" json:"value"`
	Filter string `yaml:"filter" json:"filter,omitempty"`
}

// Measure says how an indicator is computed over its record view.
type Measure struct {
	Kind      string   `yaml:"kind" json:"kind"`
	Date      string   `yaml:"date" json:"date,omitempty"`           // which date puts a record in a period; default "date"
	Filter    string   `yaml:"filter" json:"filter,omitempty"`       // which records count at all
	Value     string   `yaml:"value" json:"value,omitempty"`         // mean, median
	Numerator string   `yaml:"numerator" json:"numerator,omitempty"` // share: the condition counted
	Num       *Side    `yaml:"num" json:"num,omitempty"`             // ratio
	Den       *Side    `yaml:"den" json:"den,omitempty"`             // ratio
	Scale     float64  `yaml:"scale" json:"scale,omitempty"`         // ratio multiplier (100, 1000)
	Dimension string   `yaml:"dimension" json:"dimension,omitempty"` // mix: the dimension whose shares are shown
	Methods   []string `yaml:"methods" json:"methods,omitempty"`     // coverage
}

// Indicator is one entry of the methodology's catalogue.
type Indicator struct {
	ID          string   `yaml:"id" json:"id"`
	Name        Text     `yaml:"name" json:"name"`
	Description Text     `yaml:"description" json:"description"`
	Method      string   `yaml:"method" json:"method"`
	Group       string   `yaml:"group" json:"group"`
	Source      string   `yaml:"source" json:"source"`
	Unit        string   `yaml:"unit" json:"unit"`
	Direction   string   `yaml:"direction" json:"direction"`
	Target      *float64 `yaml:"target" json:"target"`
	Warning     *float64 `yaml:"warning" json:"warning"`
	MinN        int      `yaml:"min_n" json:"min_n"`
	DateBasis   string   `yaml:"date_basis" json:"date_basis"` // which date puts a record in a period
	Measure     Measure  `yaml:"measure" json:"measure"`
	File        string   `yaml:"-" json:"file"`
	User        bool     `yaml:"-" json:"user"`
}

// Worse tells whether a change goes against the indicator's direction: a fall where higher is
// better, a rise where lower is better; never for "none" or no change.
func (ind *Indicator) Worse(delta float64) bool {
	return (ind.Direction == "higher" && delta < 0) || (ind.Direction == "lower" && delta > 0)
}

// Kinds of measure and what each reports as value and n.
const (
	KindMean        = "mean"         // mean of value; n = records with a value; t interval
	KindShare       = "share"        // % of records meeting numerator; n = records; Wilson interval
	KindMedian      = "median"       // median of value; n = records with a value
	KindCount       = "count"        // number of records
	KindRatio       = "ratio"        // Σ num.value / Σ den.value × scale; n = records with a non-zero denominator
	KindMix         = "mix"          // % of each value of a dimension; n = records in the group
	KindOpenOverdue = "open_overdue" // records open at the period's end and past their deadline
	KindCoverage    = "coverage"     // % of the listed methods with data
)

// Methods are the feedback methods of НАО чл. 24 (and the register of services as a data source).
var Methods = []string{"survey", "staff_consultation", "mystery_shopper", "signals", "media",
	"public_consultation", "hotline", "feedback_card", "e_form", "focus_group", "service_register", "all"}

var (
	idPattern  = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,40}$`)
	units      = set("share", "index", "days", "count", "ratio", "per1000", "score", "minutes", "number")
	directions = set("higher", "lower", "none")
	groups     = set("direct", "indirect", "both")
	kinds      = set(KindMean, KindShare, KindMedian, KindCount, KindRatio, KindMix, KindOpenOverdue, KindCoverage)
	methodSet  = set(Methods...)
	mixDims    = set("channel", "group", "method")
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// FieldError names the file and field of a catalogue entry that is wrong.
type FieldError struct {
	File, Indicator, Field, Problem string
	// ProblemBG and ProblemEN, when set, say it in each language (YAML that cannot be read as an indicator).
	ProblemBG, ProblemEN string
}

func (e *FieldError) Error() string {
	if e.ProblemBG != "" {
		whereBG, whereEN := e.File, e.File
		if e.Indicator != "" {
			whereBG += ": показател " + e.Indicator
			whereEN += ": indicator " + e.Indicator
		}
		return whereBG + ": " + e.ProblemBG + " / " + whereEN + ": " + e.ProblemEN
	}
	where := e.File
	if e.Indicator != "" {
		where += ": indicator " + e.Indicator
	}
	if e.Field != "" {
		where += ": field " + e.Field
	}
	return where + ": " + e.Problem
}

// Catalog is the set of indicators by id.
type Catalog struct {
	byID map[string]*Indicator
}

// DefaultCatalog loads the embedded catalogue; an error here is a bug in a shipped file.
func DefaultCatalog() (*Catalog, error) {
	c := &Catalog{byID: map[string]*Indicator{}}
	files, err := fs.Glob(catalogFiles, "catalog/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		body, _ := catalogFiles.ReadFile(f)
		list, errs := parseCatalogFile(filepath.Base(f), body)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		for _, ind := range list {
			c.byID[ind.ID] = ind
		}
	}
	return c, nil
}

// NewCatalog is a catalogue of indicators built by code (the theme indicators of analytics/voice),
// each checked like a YAML entry; the first broken one is the error.
func NewCatalog(list []*Indicator) (*Catalog, error) {
	c := &Catalog{byID: map[string]*Indicator{}}
	var exprs []string
	for _, ind := range list {
		exprs = append(exprs, ind.expressions()...)
	}
	parseTrees(exprs)
	for _, ind := range list {
		if e := ind.validate(); e != nil {
			return nil, e
		}
		c.byID[ind.ID] = ind
	}
	return c, nil
}

// LoadCatalog is the embedded catalogue plus every *.yaml in userDir (which may not exist).
// A user indicator with a shipped id replaces it. Problems come back one per broken entry or file;
// everything else still loads.
func LoadCatalog(userDir string) (*Catalog, []error) {
	c, err := DefaultCatalog()
	if err != nil {
		return nil, []error{err}
	}
	if userDir == "" {
		return c, nil
	}
	files, err := filepath.Glob(filepath.Join(userDir, "*.yaml"))
	if err != nil {
		return c, []error{err}
	}
	more, _ := filepath.Glob(filepath.Join(userDir, "*.yml"))
	files = append(files, more...)
	sort.Strings(files)
	var problems []error
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			problems = append(problems, &FieldError{File: f, Problem: err.Error()})
			continue
		}
		list, errs := parseCatalogFile(f, body)
		problems = append(problems, errs...)
		for _, ind := range list {
			ind.User = true
			c.byID[ind.ID] = ind
		}
	}
	return c, problems
}

// UserCatalogDir is where the municipality keeps its own indicators: "indicators" next to the database.
func UserCatalogDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "indicators")
}

// parseCatalogFile reads a YAML list of indicators; unknown fields are errors (a typo must not pass silently).
func parseCatalogFile(name string, body []byte) ([]*Indicator, []error) {
	items, fileBG, fileEN := yamlerr.ReadList[Indicator](body, "показатели", "indicators")
	if fileEN != "" {
		return nil, []error{&FieldError{File: name, Problem: fileEN, ProblemBG: fileBG, ProblemEN: fileEN}}
	}
	var out []*Indicator
	var errs []error
	var exprs []string
	for _, it := range items {
		if it.Value != nil {
			exprs = append(exprs, it.Value.expressions()...)
		}
	}
	parseTrees(exprs)
	for _, it := range items {
		if it.Value == nil {
			errs = append(errs, &FieldError{File: name, Indicator: it.ID, Problem: it.EN, ProblemBG: it.BG, ProblemEN: it.EN})
			continue
		}
		ind := it.Value
		ind.File = filepath.Base(name)
		if err := ind.validate(); err != nil {
			err.File = name
			errs = append(errs, err)
			continue
		}
		out = append(out, ind)
	}
	return out, errs
}

// expressions: the SQL expressions validate checks, for parsing them all at once beforehand (one
// left out is parsed on its own).
func (ind *Indicator) expressions() []string {
	m := &ind.Measure
	out := []string{m.Filter, m.Value, m.Numerator}
	for _, side := range []*Side{m.Num, m.Den} {
		if side != nil {
			out = append(out, side.Value, side.Filter)
		}
	}
	return out
}

func (ind *Indicator) validate() *FieldError {
	bad := func(field, format string, args ...any) *FieldError {
		return &FieldError{Indicator: ind.ID, Field: field, Problem: fmt.Sprintf(format, args...)}
	}
	// bad2 says it in each language: the Bulgarian format first, the English second, the same args.
	bad2 := func(field, bg, en string, args ...any) *FieldError {
		e := bad(field, en, args...)
		e.ProblemBG, e.ProblemEN = "поле "+field+": "+fmt.Sprintf(bg, args...), "field "+field+": "+e.Problem
		return e
	}
	m := &ind.Measure
	switch {
	case !idPattern.MatchString(ind.ID):
		return bad2("id", "„%s“ трябва да е от главни латински букви, цифри и _ (напр. SAT_IDX)", "%q must be capitals, digits and _ (e.g. SAT_IDX)", ind.ID)
	case ind.Name.BG == "" && ind.Name.EN == "":
		return bad2("name", "нужно е име на bg или en", "a name in bg or en is required")
	case !methodSet[ind.Method]:
		return bad2("method", "непознат метод „%s“ (един от %s)", "unknown %q (one of %s)", ind.Method, strings.Join(Methods, ", "))
	case !groups[ind.Group]:
		return bad2("group", "непозната група „%s“ (direct, indirect, both)", "unknown %q (direct, indirect, both)", ind.Group)
	case !units[ind.Unit]:
		return bad2("unit", "непозната мярка „%s“", "unknown %q", ind.Unit)
	case !directions[ind.Direction]:
		return bad2("direction", "непозната посока „%s“ (higher, lower, none)", "unknown %q (higher, lower, none)", ind.Direction)
	case ind.MinN < 0:
		return bad2("min_n", "не може да е отрицателно", "must not be negative")
	case !kinds[m.Kind]:
		return bad2("measure.kind", "непознат вид изчисление „%s“", "unknown %q", m.Kind)
	}
	for field, x := range map[string]*float64{"target": ind.Target, "warning": ind.Warning} {
		if x != nil && (math.IsNaN(*x) || math.IsInf(*x, 0)) {
			return bad2(field, "трябва да е крайно число", "must be a finite number")
		}
	}
	if math.IsNaN(m.Scale) || math.IsInf(m.Scale, 0) {
		return bad2("measure.scale", "трябва да е крайно число", "must be a finite number")
	}
	view, ok := recordViews[ind.Source]
	if !ok {
		return bad2("source", "непознат изглед на записите „%s“", "unknown record view %q", ind.Source)
	}
	cols := view.columns()
	if m.Date != "" && !view.isDate(m.Date) {
		return bad2("measure.date", "„%s“ не е колона с дата на %s", "%q is not a date column of %s", m.Date, ind.Source)
	}
	basis := view.basis[ind.dateColumn()]
	if m.Kind == KindOpenOverdue {
		basis = "due" // counted at each period's end among those past their deadline
	}
	switch {
	case ind.DateBasis == "":
		ind.DateBasis = basis
	case ind.DateBasis != basis:
		return bad2("date_basis", "„%s“, а записите се групират по %s, което означава „%s“", "%q, but the records are grouped by %s, which means %q", ind.DateBasis, ind.dateColumn(), basis)
	}
	check := func(field, expr string, cols map[string]bool) *FieldError {
		if expr == "" {
			return nil
		}
		if err := checkExpr(expr, cols); err != nil {
			e := bad(field, "%v", err)
			var xe *exprError
			if errors.As(err, &xe) {
				e.ProblemBG, e.ProblemEN = "поле "+field+": "+xe.bg, "field "+field+": "+xe.en
			}
			return e
		}
		return nil
	}
	if e := check("measure.filter", m.Filter, cols); e != nil {
		return e
	}
	switch m.Kind {
	case KindMean, KindMedian:
		if m.Value == "" {
			return bad2("measure.value", "задължително за вид %s", "required for kind %s", m.Kind)
		}
		return check("measure.value", m.Value, cols)
	case KindShare:
		if m.Numerator == "" {
			return bad2("measure.numerator", "задължително за вид share", "required for kind share")
		}
		return check("measure.numerator", m.Numerator, cols)
	case KindRatio:
		for field, side := range map[string]*Side{"measure.num": m.Num, "measure.den": m.Den} {
			if side == nil || side.Value == "" {
				return bad2(field, "value е задължително за вид ratio", "value is required for kind ratio")
			}
			src := ind.Source
			if side.Source != "" {
				src = side.Source
			}
			sv, ok := recordViews[src]
			if !ok {
				return bad2(field+".source", "непознат изглед на записите „%s“", "unknown record view %q", src)
			}
			if e := check(field+".value", side.Value, sv.columns()); e != nil {
				return e
			}
			if e := check(field+".filter", side.Filter, sv.columns()); e != nil {
				return e
			}
		}
	case KindMix:
		if !mixDims[m.Dimension] {
			return bad2("measure.dimension", "непознато измерение „%s“ (channel, group, method)", "unknown %q (channel, group, method)", m.Dimension)
		}
	case KindCoverage:
		if len(m.Methods) == 0 {
			return bad2("measure.methods", "изброете методите, които се отчитат", "list the methods to cover")
		}
		for _, x := range m.Methods {
			if !methodSet[x] {
				return bad2("measure.methods", "непознат метод „%s“", "unknown method %q", x)
			}
		}
	case KindOpenOverdue:
		if ind.Source != "v_signals" && ind.Source != "v_service_requests" {
			return bad2("source", "open_overdue чете v_signals или v_service_requests", "open_overdue reads v_signals or v_service_requests")
		}
	}
	return nil
}

// Get returns the indicator with that id.
func (c *Catalog) Get(id string) (*Indicator, bool) {
	ind, ok := c.byID[id]
	return ind, ok
}

// IDs returns every indicator id, sorted.
func (c *Catalog) IDs() []string {
	out := make([]string, 0, len(c.byID))
	for id := range c.byID {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// All returns the indicators sorted by id.
func (c *Catalog) All() []*Indicator {
	out := make([]*Indicator, 0, len(c.byID))
	for _, id := range c.IDs() {
		out = append(out, c.byID[id])
	}
	return out
}

// dateColumn is the column that puts the indicator's records in a period.
func (ind *Indicator) dateColumn() string {
	if ind.Measure.Date != "" {
		return ind.Measure.Date
	}
	return "date"
}

// Must returns a shipped indicator the code relies on by id (it panics only on a broken build).
func (c *Catalog) Must(id string) *Indicator {
	ind, ok := c.byID[id]
	if !ok {
		panic("indicator " + id + " missing from the catalogue")
	}
	return ind
}
