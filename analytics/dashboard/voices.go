package dashboard

import (
	"context"
	"sort"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/voice"
)

// voicesShown: the department view lists this many themes, the municipality's own always beside.
const voicesShown = 6

// Voices is what people said in the department's year: the themes of its comments against the
// municipality's, each with its change against a year earlier (the theme indicator's comparison,
// the same days of the year when the year is not over), quotes, and the possible new themes.
func Voices(ctx context.Context, src Source, code string, year int) (*voice.Summary, error) {
	ctx = src.requestWithThemes(ctx)
	if year == 0 {
		return nil, nil
	}
	sec, _ := sectionsOf(year, "")
	return voicesOf(ctx, src, code, sec)
}

// voicesOf is Voices for the sections' period (a year, or a quarter or month opened from a change).
func voicesOf(ctx context.Context, src Source, code string, sec sections) (*voice.Summary, error) {
	ts, cat, err := src.themes(ctx)
	if err != nil || ts == nil || !sec.ok() {
		return nil, err
	}
	from, to := sec.from, sec.to
	comments, depts, err := voice.Load(ctx, src.DB, from, to)
	if err != nil {
		return nil, err
	}
	sum := voice.Summarise(comments, depts, code, ts)
	sum.Proposals, sum.ProposalsScope = voice.DiscoverFor(comments, depts, code, ts)
	if cat != nil && len(sum.Themes) > 0 {
		var ids []string
		for _, th := range sum.Themes {
			ids = append(ids, voice.IndicatorID(th.ID, false))
		}
		vals, err := src.compute(ctx, cat, methodology.Query{Indicators: ids, Grain: sec.grain,
			By: []methodology.Dimension{methodology.ByDepartment}, From: from, To: to,
			Filters: map[methodology.Dimension][]string{methodology.ByDepartment: {code}}})
		if err != nil {
			return nil, err
		}
		byTheme := map[string]methodology.Value{}
		for _, v := range vals {
			if v.DepartmentCode != nil && *v.DepartmentCode == code {
				id, _, _ := voice.ThemeOf(v.Indicator)
				byTheme[id] = v
			}
		}
		for i := range sum.Themes {
			if v, ok := byTheme[sum.Themes[i].ID]; ok && !v.YearAgoWithheld {
				sum.Themes[i].Change, sum.Themes[i].ChangeSignificant, sum.Themes[i].ChangeSameSpan = v.YearAgoDelta, v.YearAgoSignificant, v.YearAgoSameSpan
			}
		}
	}
	// The largest first; the municipality's own themes are kept even below the cut.
	var shown, own []voice.ThemeCount
	for _, th := range sum.Themes {
		switch {
		case len(shown) < voicesShown && th.N > 0:
			shown = append(shown, th)
		case th.User:
			own = append(own, th)
		}
	}
	sort.SliceStable(own, func(i, j int) bool { return own[i].N > own[j].N })
	sum.Themes = append(shown, own...)
	return &sum, nil
}
