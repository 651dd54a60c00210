package report

import (
	"fmt"
	"sort"
	"strings"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// Narrative is the summary as the office writes it: the satisfaction index and its change, the
// three significant changes by department with the strongest evidence (q, then the change in
// standard errors: never the raw change across units), with their units, and the mandatory methods
// that have no data. Every number goes through the one formatter.
func (r *Report) Narrative() []string {
	lang := r.Lang
	var out []string
	prev := r.Year - 1
	var sat *IndicatorRow
	for i := range r.Indicators {
		if r.Indicators[i].ID == "SAT_IDX" {
			sat = &r.Indicators[i]
		}
	}
	if sat == nil || sat.Value == nil {
		out = append(out, fmt.Sprintf(word(lang, "narrIndexNone"), r.Year))
	} else {
		// one clause: which way it moved and whether that is more than chance, never "higher … within chance"
		how := fmt.Sprintf(word(lang, "narrNoPrev"), prev)
		if sat.Delta != nil {
			delta := format.Change(sat.Delta, sat.Unit, lang)
			s := format.Signed(*sat.Delta, lang, format.Decimals(sat.Unit))
			switch {
			case sat.Significant != nil && *sat.Significant && strings.HasPrefix(s, "+"):
				how = fmt.Sprintf(word(lang, "narrSigUp"), prev, delta)
			case sat.Significant != nil && *sat.Significant && strings.HasPrefix(s, "−"):
				how = fmt.Sprintf(word(lang, "narrSigDown"), prev, delta)
			default:
				how = fmt.Sprintf(word(lang, "narrNoSig"), prev, delta)
			}
		}
		out = append(out, fmt.Sprintf(word(lang, "narrIndex2"), r.Year, format.Value(sat.Value, sat.Unit, lang),
			format.F(float64(sat.N), lang, 0), how))
	}
	if m := r.municipalChanges(); m != "" {
		out = append(out, m)
	}
	changes := append(append([]methodology.Change{}, r.Worse...), r.Better...)
	methodology.ByEvidence(changes)
	if len(changes) > 3 {
		changes = changes[:3]
	}
	switch {
	case len(changes) == 0 && !r.FDR.PrevHasData:
		out = append(out, r.NoChange())
	case len(changes) == 0:
		out = append(out, fmt.Sprintf(word(lang, "narrNoChanges"), prev))
	default:
		parts := make([]string, len(changes))
		for i, c := range changes {
			d := c.Delta
			parts[i] = fmt.Sprintf("%s — %s: %s\u00a0→ %s (%s)", c.Department, textIn(c.Name, lang),
				format.Value(&c.YearAgo, c.Unit, lang), format.Value(&c.Value, c.Unit, lang), format.Change(&d, c.Unit, lang))
		}
		out = append(out, fmt.Sprintf(word(lang, "narrChanges"), prev, strings.Join(parts, "; ")))
	}
	var missing []string
	for _, m := range r.Methods {
		if m.Mandatory && m.Records == 0 {
			missing = append(missing, m.Name)
		}
	}
	if len(missing) > 0 {
		out = append(out, fmt.Sprintf(word(lang, "narrMissing"), strings.Join(missing, ", ")))
	}
	return out
}

func textIn(t methodology.Text, lang string) string {
	if lang == "en" {
		return t.EN
	}
	return t.BG
}

// municipalChanges is the headline for the municipality as a whole: its indicators whose change
// against the year before is significant (the municipal family, fdr.go), strongest evidence first
// (q, then p), each with its unit and whether it is for the better.
func (r *Report) municipalChanges() string {
	lang := r.Lang
	var rows []IndicatorRow
	for _, x := range r.Indicators {
		if x.Significant != nil && *x.Significant && x.Delta != nil && x.Previous != nil && x.Q != nil && x.Direction != "none" {
			rows = append(rows, x)
		}
	}
	if len(rows) == 0 {
		return ""
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if *rows[i].Q != *rows[j].Q {
			return *rows[i].Q < *rows[j].Q
		}
		return rows[i].P != nil && rows[j].P != nil && *rows[i].P < *rows[j].P
	})
	parts := make([]string, len(rows))
	for i, x := range rows {
		how := word(lang, map[bool]string{true: "worseWord", false: "betterWord"}[x.Worse])
		parts[i] = fmt.Sprintf("%s %s\u00a0→ %s (%s, %s)", x.Name, format.Value(x.Previous, x.Unit, lang), format.Value(x.Value, x.Unit, lang),
			format.Change(x.Delta, x.Unit, lang), how)
	}
	return fmt.Sprintf(word(lang, "narrMunicipal"), r.Year-1, strings.Join(parts, "; "))
}
