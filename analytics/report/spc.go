package report

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"strings"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/spc"
)

// The process-control verdict of each key indicator (analytics/spc, NHS England's "Making Data
// Count"), as the window's overview tiles show it: an XmR chart of the indicator's monthly series
// up to the report's December, its variation icon (the last month a common or a special cause,
// good or bad by the indicator's direction) and, with a target, its assurance icon.

// SPC is one series' icons; Months is how many months with a value the chart stands on.
type SPC struct {
	Variation spc.Variation
	Assurance spc.Assurance
	Months    int
}

// spcVerdicts computes the icons of every indicator's monthly series, for the municipality (key
// "ID|") and each department ("ID|CODE"): the same computation as the overview's tiles
// (dashboard/icons.go), a series of fewer than two months having none.
func spcVerdicts(ctx context.Context, db *sql.DB, cat *methodology.Catalog, ids []string, to time.Time) (map[string]SPC, error) {
	monthly, err := methodology.Compute(ctx, db, cat, methodology.Query{Indicators: ids, By: []methodology.Dimension{methodology.ByDepartment},
		Grain: methodology.Month, To: to})
	if _, err = methodology.SplitSkipped(err); err != nil {
		return nil, err
	}
	series := map[string][]methodology.Value{}
	for _, v := range monthly {
		key := v.Indicator + "|"
		if !v.IsTotal() {
			if v.DepartmentCode == nil {
				continue
			}
			key += *v.DepartmentCode
			v.Department, v.DepartmentCode = nil, nil // one department's series, laid out as a total
		}
		series[key] = append(series[key], v)
	}
	out := map[string]SPC{}
	for key, vals := range series {
		ind, ok := cat.Get(key[:strings.IndexByte(key, '|')])
		if !ok {
			continue
		}
		obs := spc.MonthlyObservations(vals)
		n := 0
		for _, o := range obs {
			if o.Value != nil {
				n++
			}
		}
		if n < 2 {
			out[key] = SPC{Months: n}
			continue
		}
		res, err := spc.Compute(obs, spc.Options{Direction: spc.ParseDirection(ind.Direction), Target: ind.Target})
		if err != nil {
			return nil, err
		}
		out[key] = SPC{Variation: res.Variation, Assurance: res.Assurance, Months: n}
	}
	return out, nil
}

// spcBadge is one icon as printed: its glyph in a disc of its colour, then its word.
type spcBadge struct {
	Icon, Glyph, Word, Colour string
}

func (s *SPC) badges(lang string) []spcBadge {
	if s == nil || s.Variation == spc.VariationNone {
		return nil
	}
	var out []spcBadge
	for _, icon := range []string{string(s.Variation), string(s.Assurance)} {
		if icon != "" {
			out = append(out, spcBadge{Icon: icon, Glyph: spc.Glyph(icon), Word: spc.ShortWord(icon, lang), Colour: spc.Colour(icon)})
		}
	}
	return out
}

// spcText is the SPC cell's text, the same in every format: "~ обичайно P цел: да" (a glyph tied
// to its word by a no-break space), or "—".
func spcText(s *SPC, lang string) string {
	var parts []string
	for _, b := range s.badges(lang) {
		parts = append(parts, b.Glyph+nbsp+b.Word)
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, " ")
}

// spcHTML draws the badges as the window does, a glyph in a coloured disc (inline SVG, so it
// prints) and the word in the same colour; the words are the text, the discs decoration.
func spcHTML(s *SPC, lang string) template.HTML {
	bs := s.badges(lang)
	if len(bs) == 0 {
		return "—"
	}
	var b strings.Builder
	for i, x := range bs {
		if i > 0 { // each icon on its own line
			b.WriteString("<br>")
		}
		fmt.Fprintf(&b, `<span class="spc" data-spc="%s" style="color:%s"><svg class="spc-disc" width="13" height="13" viewBox="0 0 13 13" aria-hidden="true">`+
			`<circle cx="6.5" cy="6.5" r="6.5" fill="%s"/><text x="6.5" y="9.6" text-anchor="middle" font-size="8.5" font-weight="700" fill="#fff">%s</text></svg>`+nbsp+`%s</span>`,
			template.HTMLEscapeString(x.Icon), x.Colour, x.Colour, template.HTMLEscapeString(x.Glyph), template.HTMLEscapeString(x.Word))
	}
	return template.HTML(b.String())
}

// spcRuns is the DOCX cell: the glyph white on its colour (character shading), a no-break space
// and the word in the colour, each icon on its own line.
func spcRuns(s *SPC, lang string) string {
	bs := s.badges(lang)
	if len(bs) == 0 {
		return run("—", "")
	}
	var b strings.Builder
	for i, x := range bs {
		if i > 0 { // each icon on its own line
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		c := strings.TrimPrefix(x.Colour, "#")
		size := `<w:sz w:val="16"/><w:szCs w:val="16"/>`
		b.WriteString(run(x.Glyph, `<w:b/><w:color w:val="FFFFFF"/>`+size+`<w:shd w:val="clear" w:color="auto" w:fill="`+c+`"/>`))
		b.WriteString(run(nbsp+x.Word, `<w:color w:val="`+c+`"/>`+size))
	}
	return b.String()
}
