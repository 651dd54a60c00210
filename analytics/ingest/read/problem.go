package read

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Problem is a bad-input finding: where (file, row, column, value) and why, in Bulgarian and English.
type Problem struct {
	File   string `json:"file"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Value  string `json:"value"`
	Raw    string `json:"raw"` // the cell as written in the file, beside the value as read
	Code   string `json:"code"`
	BG     string `json:"bg"`
	EN     string `json:"en"`
	Kind   string `json:"kind,omitempty"` // "conflict" for a conflicting copy, "field" for an emptied optional field (record kept); empty for a rejected row
}

func (p *Problem) Error() string {
	where := p.File
	if p.Row > 0 {
		where += fmt.Sprintf(", ред %d", p.Row)
	}
	if p.Column != "" {
		where += fmt.Sprintf(", колона „%s“", p.Column)
	}
	whereEN := p.File
	if p.Row > 0 {
		whereEN += fmt.Sprintf(", row %d", p.Row)
	}
	if p.Column != "" {
		whereEN += fmt.Sprintf(", column %q", p.Column)
	}
	return fmt.Sprintf("%s: %s / %s: %s", where, p.BG, whereEN, p.EN)
}

// reasons: code → Bulgarian and English text; %s is the detail.
// Words are a package's reasons: a problem's code → its text in Bulgarian and in English, each
// with at most one %s for the detail. Every package that finds problems keeps its own.
type Words map[string][2]string

// Problem is the finding of code with its reason in both languages, the detail filling the %s of
// each (an unknown code is named as it is).
func (w Words) Problem(file string, row int, column, value, code, detailBG, detailEN string) *Problem {
	r, ok := w[code]
	if !ok {
		r = [2]string{code, code}
	}
	bg, en := r[0], r[1]
	if containsVerb(bg) {
		bg = fmt.Sprintf(bg, detailBG)
	}
	if containsVerb(en) {
		en = fmt.Sprintf(en, detailEN)
	}
	return &Problem{File: file, Row: row, Column: column, Value: Clip(value, 200), Code: code, BG: bg, EN: en}
}

func containsVerb(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == 's' {
			return true
		}
	}
	return false
}

// Clip shortens s to at most n runes, marking the cut.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Relabel names the file of a problem (a reader names its own path; the import, the file as given).
func Relabel(err error, name string) error {
	var pr *Problem
	if errors.As(err, &pr) {
		pr.File = name
		return pr
	}
	return err
}

// Faults are what is wrong with a table of words, one line each: a language missing, Bulgarian
// without a Cyrillic letter or English with one, a detail (%s) in one language and not the other.
// Every package's test holds its table to none.
func (w Words) Faults() []string {
	var faults []string
	for code, r := range w {
		bg, en := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
		switch {
		case bg == "" || en == "":
			faults = append(faults, code+": a language is missing")
		case strings.Count(bg, "%s") != strings.Count(en, "%s"):
			faults = append(faults, code+": the detail %s is not in both languages")
		case !hasCyrillic(bg) && bg != "%s":
			faults = append(faults, code+": the Bulgarian has no Cyrillic letter: "+bg)
		case hasCyrillic(en):
			faults = append(faults, code+": the English has a Cyrillic letter: "+en)
		}
	}
	sort.Strings(faults)
	return faults
}

func hasCyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}
