package report

import (
	"fmt"
	"strings"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// The report's one content model: its sections, their order, levels and titles, built once.
// The HTML, the DOCX and so the PDF each render this list (and nothing else), so they carry the
// same sections; a test compares their headings.

// Section is one heading of the report. Level 1 is a numbered part, 2 a department, 3 a
// subsection; Dept indexes Departments for a department's sections.
type Section struct {
	Level int
	ID    string // summary, worse, better, themes, methods, indicators, signals, departments, dept, actions, deptThemes, deptDrivers, limits, sources, annex
	Title string
	Dept  int
}

// Outline lists the report's sections in order; the parts are numbered as they come (the
// timeliness part only when requests were filed in the year).
func (r *Report) Outline() []Section {
	lang, prev := r.Lang, r.Year-1
	w := func(k string) string { return word(lang, k) }
	part := 0
	numbered := func(id, key string) Section {
		part++
		return Section{1, id, fmt.Sprintf("%d. %s", part, w(key)), 0}
	}
	out := []Section{
		numbered("summary", "summary"),
		{3, "worse", fmt.Sprintf(w("worse"), prev), 0},
		{3, "better", fmt.Sprintf(w("better"), prev), 0},
	}
	if len(r.Themes) > 0 {
		out = append(out, Section{3, "themes", w("themesTitle"), 0})
	}
	out = append(out, numbered("methods", "methods"), numbered("indicators", "indicators"))
	if len(r.Backlog) > 0 {
		out = append(out, numbered("backlog", "backlog"))
	}
	out = append(out, numbered("signals", "signals"), numbered("departments", "departments"))
	deptPart := part
	for i, d := range r.Departments {
		out = append(out, Section{2, "dept", fmt.Sprintf("%d.%d. %s", deptPart, i+1, d.Name), i},
			Section{3, "actions", w("actions"), i})
		if len(d.Themes) > 0 {
			out = append(out, Section{3, "deptThemes", w("themesDept"), i})
		}
		if d.Drivers != nil {
			out = append(out, Section{3, "deptDrivers", w("driversDept"), i})
		}
	}
	out = append(out, numbered("limits", "limitsTitle"), numbered("sources", "sources"))
	if len(r.Departments) > 0 { // after the signatures: every department's full table (key.go)
		out = append(out, Section{1, "annex", w("annexTitle"), 0})
	}
	return out
}

// DraftNote says why the report is still a draft.
func (r *Report) DraftNote() string {
	missing := 0
	for _, d := range r.Departments {
		if strings.TrimSpace(d.Action) == "" {
			missing++
		}
	}
	return fmt.Sprintf(word(r.Lang, "draftNote"), missing, len(r.Departments))
}

// changeLine is one change of the summary's lists: the department, the indicator, the value, the
// year before and the change in its unit.
func (r *Report) changeLine(c methodology.Change) string {
	lang := r.Lang
	d := c.Delta
	return fmt.Sprintf("%s — %s: %s (%s: %s; %s)", c.Department, textIn(c.Name, lang), format.Value(&c.Value, c.Unit, lang),
		fmt.Sprintf(word(lang, "previous"), r.Year-1), format.Value(&c.YearAgo, c.Unit, lang), format.Change(&d, c.Unit, lang))
}

// arrow says which way a value moved; the list it is in says whether that is good.
func arrow(d float64) string {
	if d > 0 {
		return "▲"
	}
	return "▼"
}
