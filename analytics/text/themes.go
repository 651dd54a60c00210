package text

import (
	"embed"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"otzvuk/analytics/format"
	"otzvuk/analytics/yamlerr"
)

//go:embed themes/*.yaml
var themeFiles embed.FS

// Name is a label in both UI languages.
type Name struct {
	BG string `yaml:"bg" json:"bg"`
	EN string `yaml:"en" json:"en"`
}

// In is the name in the language (format.Lang: anything but "en" is Bulgarian).
func (n Name) In(lang string) string { return format.In(lang, n.BG, n.EN) }

// Theme is one topic of free-text feedback, defined as data.
//
//   - words: ordinary word forms; each is stemmed when the theme loads, and a token matches when its
//     stem equals one of them ("опашка" also finds "опашките").
//   - stems: stems written directly; a trailing * makes a prefix ("онлайн*" finds "онлайн-услугата").
//   - phrases: two or more words that must follow each other, every word stemmed like words,
//     prepositions included: "работно време" finds "работното време", "с връзки" finds "с връзки"
//     but not "във връзка с".
//   - exclude: phrases whose presence anywhere in the comment removes the theme from it
//     ("чакам отговор" is about a deadline, not a queue).
//   - negation: "cancel" (default) or "keep". With cancel, a match is dropped when a negator
//     (не, няма, нямаше, без, нито, никак, никога, никакъв…) stands one or two words before the
//     match's first word, stopwords not counted: "не чаках", "нямаше опашка", "без чакане",
//     "не ми се наложи да чакам" are not waiting complaints. With keep, a negated mention still
//     counts: "няма паркинг", "нямаше информация", "не бяха любезни" are about parking,
//     information and courtesy all the same. A conjunction (и, а, но, или, обаче…) ends the
//     negator's reach: in "няма опашки и бързо обслужване" only "опашки" is negated.
//   - parent: an optional theme id; a match of the child also counts for the parent.
type Theme struct {
	ID       string   `yaml:"id" json:"id"`
	Name     Name     `yaml:"name" json:"name"`
	Parent   string   `yaml:"parent,omitempty" json:"parent,omitempty"`
	Words    []string `yaml:"words,omitempty" json:"words,omitempty"`
	Stems    []string `yaml:"stems,omitempty" json:"stems,omitempty"`
	Phrases  []string `yaml:"phrases,omitempty" json:"phrases,omitempty"`
	Exclude  []string `yaml:"exclude,omitempty" json:"exclude,omitempty"`
	Negation string   `yaml:"negation,omitempty" json:"negation,omitempty"`
	File     string   `yaml:"-" json:"file"`
	User     bool     `yaml:"-" json:"user"`

	exact    map[string]bool
	prefixes []string
	phrases  [][]string
	excludes [][]string
}

// ThemeError is a broken theme entry or file: which file, which theme, which field, what is wrong
// (Problem in English, ProblemBG in Bulgarian; Error gives both, Bulgarian first).
type ThemeError struct {
	File, Theme, Field, Problem, ProblemBG string
}

func (e *ThemeError) Error() string {
	var b strings.Builder
	if e.ProblemBG != "" {
		b.WriteString(e.File)
		if e.Theme != "" {
			fmt.Fprintf(&b, ": тема „%s“", e.Theme)
		}
		if e.Field != "" {
			fmt.Fprintf(&b, ": поле „%s“", e.Field)
		}
		b.WriteString(": " + e.ProblemBG + " / ")
	}
	b.WriteString(e.File)
	if e.Theme != "" {
		fmt.Fprintf(&b, ": theme %q", e.Theme)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	b.WriteString(": " + e.Problem)
	return b.String()
}

// Themes is a loaded theme set, in a stable order (by id).
type Themes struct {
	byID map[string]*Theme
	list []*Theme
}

// All returns the themes sorted by id.
func (ts *Themes) All() []*Theme { return ts.list }

// Get returns one theme by id.
func (ts *Themes) Get(id string) (*Theme, bool) { t, ok := ts.byID[id]; return t, ok }

// DefaultThemes loads the embedded themes; an error here is a bug in a shipped file.
func DefaultThemes() (*Themes, error) {
	ts := &Themes{byID: map[string]*Theme{}}
	files, err := fs.Glob(themeFiles, "themes/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		body, _ := themeFiles.ReadFile(f)
		list, errs := parseThemeFile(filepath.Base(f), body)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		for _, t := range list {
			ts.byID[t.ID] = t
		}
	}
	if errs := ts.finish(); len(errs) > 0 {
		return nil, errs[0]
	}
	return ts, nil
}

// UserThemeDir is where the municipality keeps its own themes: "themes" next to the database.
func UserThemeDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "themes")
}

// LoadThemes is the embedded themes plus every *.yaml / *.yml in userDir (which may not exist).
// A user theme with a shipped id replaces it. A broken entry is reported (file, theme, field) and
// skipped; everything else still loads.
func LoadThemes(userDir string) (*Themes, []error) {
	ts, err := DefaultThemes()
	if err != nil {
		return nil, []error{err}
	}
	if userDir == "" {
		return ts, nil
	}
	files, _ := filepath.Glob(filepath.Join(userDir, "*.yaml"))
	more, _ := filepath.Glob(filepath.Join(userDir, "*.yml"))
	files = append(files, more...)
	sort.Strings(files)
	var problems []error
	users := 0
	for _, f := range files {
		body, tooBig := readThemeFile(f)
		if tooBig != nil {
			problems = append(problems, tooBig)
			continue
		}
		list, errs := parseThemeFile(f, body)
		problems = append(problems, errs...)
		for i, t := range list {
			if users == MaxUserThemes {
				problems = append(problems, tooManyThemes(f, len(list)-i))
				break
			}
			users++
			t.User = true
			ts.byID[t.ID] = t
		}
	}
	problems = append(problems, ts.finish()...)
	return ts, problems
}

// finish checks parents (unknown parent or a cycle: the parent is dropped and reported) and sorts.
func (ts *Themes) finish() []error {
	var errs []error
	ids := make([]string, 0, len(ts.byID))
	for id := range ts.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t := ts.byID[id]
		if t.Parent == "" {
			continue
		}
		if _, ok := ts.byID[t.Parent]; !ok {
			errs = append(errs, &ThemeError{File: t.File, Theme: t.ID, Field: "parent", Problem: fmt.Sprintf("no theme has the id %q; the parent is ignored", t.Parent),
				ProblemBG: fmt.Sprintf("няма тема с id %q; родителят се пренебрегва", t.Parent)})
			t.Parent = ""
			continue
		}
		seen := map[string]bool{id: true}
		for p := t.Parent; p != ""; p = ts.byID[p].Parent {
			if seen[p] {
				errs = append(errs, &ThemeError{File: t.File, Theme: t.ID, Field: "parent", Problem: "parents form a cycle; the parent is ignored",
					ProblemBG: "родителите образуват кръг; родителят се пренебрегва"})
				t.Parent = ""
				break
			}
			seen[p] = true
		}
	}
	ts.list = ts.list[:0]
	for _, id := range ids {
		ts.list = append(ts.list, ts.byID[id])
	}
	return errs
}

// parseThemeFile reads a YAML list of themes; the reasons are the catalogue's (analytics/yamlerr:
// the line, the key, the keys known there), never the parser's own text.
func parseThemeFile(name string, body []byte) ([]*Theme, []error) {
	items, fileBG, fileEN := yamlerr.ReadList[Theme](body, "теми", "themes")
	if fileEN != "" {
		return nil, []error{&ThemeError{File: name, Problem: fileEN, ProblemBG: fileBG}}
	}
	var out []*Theme
	var errs []error
	for _, it := range items {
		if it.Value == nil {
			errs = append(errs, &ThemeError{File: name, Theme: it.ID, Problem: it.EN, ProblemBG: it.BG})
			continue
		}
		t := it.Value
		t.File = filepath.Base(name)
		if err := t.compile(); err != nil {
			err.File = name
			errs = append(errs, err)
			continue
		}
		out = append(out, t)
	}
	return out, errs
}

func (t *Theme) compile() *ThemeError {
	bad := func(field, problemBG, problem string) *ThemeError {
		return &ThemeError{Theme: t.ID, Field: field, Problem: problem, ProblemBG: problemBG}
	}
	if t.ID == "" {
		return bad("id", "липсва", "is missing")
	}
	if n := len(t.Words) + len(t.Stems) + len(t.Phrases) + len(t.Exclude); n > MaxTermsPerTheme {
		return bad("words", fmt.Sprintf("темата има %d думи, основи, фрази и изключения, а най-много са %d; разделете я на няколко теми", n, MaxTermsPerTheme),
			fmt.Sprintf("the theme has %d words, stems, phrases and exclusions, at most %d are read; split it into several themes", n, MaxTermsPerTheme))
	}
	for _, r := range t.ID {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return bad("id", "само малки латински букви, цифри и _", "use lower-case Latin letters, digits and _ only")
		}
	}
	if strings.TrimSpace(t.Name.BG) == "" || strings.TrimSpace(t.Name.EN) == "" {
		return bad("name", "трябват и bg, и en", "needs both bg and en")
	}
	switch t.Negation {
	case "":
		t.Negation = "cancel"
	case "cancel", "keep":
	default:
		return bad("negation", fmt.Sprintf("%q не е cancel или keep", t.Negation), fmt.Sprintf("%q is not cancel or keep", t.Negation))
	}
	t.exact = map[string]bool{}
	for _, w := range t.Words {
		toks := Tokens(w)
		if len(toks) != 1 {
			return bad("words", fmt.Sprintf("%q не е една дума (няколко думи се пишат под phrases)", w), fmt.Sprintf("%q is not one word (put several words under phrases)", w))
		}
		t.exact[Stem(toks[0])] = true
	}
	for _, s := range t.Stems {
		s = Normalize(strings.TrimSpace(s))
		if strings.HasSuffix(s, "*") {
			p := strings.TrimSuffix(s, "*")
			if len([]rune(p)) < 3 {
				return bad("stems", fmt.Sprintf("представката %q е под 3 букви и би съвпаднала с твърде много", s), fmt.Sprintf("prefix %q is shorter than 3 letters and would match too much", s))
			}
			t.prefixes = append(t.prefixes, p)
			continue
		}
		if s == "" || strings.ContainsAny(s, " \t") {
			return bad("stems", fmt.Sprintf("%q не е една основа", s), fmt.Sprintf("%q is not one stem", s))
		}
		t.exact[s] = true
	}
	for _, p := range t.Phrases {
		st := phraseStems(p)
		if len(st) < 2 {
			return bad("phrases", fmt.Sprintf("%q не е от две или повече думи; една дума се пише под words", p), fmt.Sprintf("%q is not two or more words; put a single word under words", p))
		}
		t.phrases = append(t.phrases, st)
	}
	for _, p := range t.Exclude {
		st := phraseStems(p)
		if len(st) == 0 {
			return bad("exclude", fmt.Sprintf("%q няма думи", p), fmt.Sprintf("%q has no words", p))
		}
		t.excludes = append(t.excludes, st)
	}
	if len(t.exact) == 0 && len(t.prefixes) == 0 && len(t.phrases) == 0 {
		return bad("words", "темата няма думи, основи или фрази и никога не би съвпаднала", "the theme has no words, stems or phrases, so it can never match")
	}
	return nil
}

// phraseStems: the stems of all a phrase's words, stopwords included ("с връзки", "още чакам").
func phraseStems(p string) []string {
	var out []string
	for _, tok := range Tokens(p) {
		out = append(out, Stem(tok))
	}
	return out
}

// doc is a comment prepared for matching: its tokens, their stems and which are stopwords.
type doc struct {
	toks, stems []string
	stop        []bool
}

func prepare(s string) doc {
	var d doc
	for _, tok := range Tokens(s) {
		d.toks = append(d.toks, tok)
		d.stems = append(d.stems, Stem(tok))
		d.stop = append(d.stop, IsStopword(tok))
	}
	return d
}

// scopeBreak words end a negation's reach: in "няма опашки и бързо обслужване" the "няма"
// does not negate "бързо".
var scopeBreak = map[string]bool{"и": true, "а": true, "но": true, "или": true, "обаче": true, "ама": true, "ами": true, "пък": true}

// negated: a negator among the two words before position i, stopwords not counted, within the
// same clause (see scopeBreak).
func (d doc) negated(i int) bool {
	seen := 0
	for k := i - 1; k >= 0 && seen < 2; k-- {
		if scopeBreak[d.toks[k]] {
			return false
		}
		if d.stop[k] {
			continue
		}
		if IsNegator(d.toks[k]) {
			return true
		}
		seen++
	}
	return false
}

func (d doc) has(seq []string) bool {
	for i := 0; i+len(seq) <= len(d.stems); i++ {
		if equalAt(d.stems, i, seq) {
			return true
		}
	}
	return false
}

func equalAt(stems []string, i int, seq []string) bool {
	for k, s := range seq {
		if stems[i+k] != s {
			return false
		}
	}
	return true
}

// matches tells whether the theme is found in the prepared comment.
func (t *Theme) matches(d doc) bool {
	for _, ex := range t.excludes {
		if d.has(ex) {
			return false
		}
	}
	ok := func(i int) bool { return t.Negation == "keep" || !d.negated(i) }
	for i, s := range d.stems {
		if d.stop[i] && !t.exact[s] {
			// a stopword starts no word match, but may start a phrase
			for _, ph := range t.phrases {
				if i+len(ph) <= len(d.stems) && equalAt(d.stems, i, ph) && ok(i) {
					return true
				}
			}
			continue
		}
		if t.exact[s] && ok(i) {
			return true
		}
		for _, p := range t.prefixes {
			if strings.HasPrefix(d.toks[i], p) || strings.HasPrefix(s, p) {
				if ok(i) {
					return true
				}
			}
		}
		for _, ph := range t.phrases {
			if i+len(ph) <= len(d.stems) && equalAt(d.stems, i, ph) && ok(i) {
				return true
			}
		}
	}
	return false
}

// Match returns the ids of the themes found in a comment, with the parents of matched themes,
// sorted by id. An empty comment has no themes.
func (ts *Themes) Match(comment string) []string {
	d := prepare(comment)
	if len(d.toks) == 0 {
		return nil
	}
	found := map[string]bool{}
	for _, t := range ts.list {
		if t.matches(d) {
			for id := t.ID; id != "" && !found[id]; id = ts.byID[id].Parent {
				found[id] = true
			}
		}
	}
	out := make([]string, 0, len(found))
	for id := range found {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
