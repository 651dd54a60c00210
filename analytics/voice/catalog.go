package voice

import (
	"fmt"
	"strings"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
)

// Theme indicators are catalogue indicators built from the theme set, so that they are computed
// like every other — by department, service, channel, group and period, with Wilson intervals,
// previous-period and year-ago comparisons and significance — over v_comments (migration 0015).
//
//	THEME_<ID>      share of all comments and texts that mention the theme
//	THEME_<ID>_NEG  share of the negative ones (complaints, signals, ratings 1–2) that mention it
const (
	ThemePrefix    = "THEME_"
	NegativeSuffix = "_NEG"
	themeMinN      = 20
)

// IndicatorID is the catalogue id of a theme's indicator ("waiting" → THEME_WAITING).
func IndicatorID(themeID string, negative bool) string {
	id := ThemePrefix + strings.ToUpper(themeID)
	if negative {
		id += NegativeSuffix
	}
	return id
}

// ThemeOf is the theme id of a theme indicator id, and whether it counts the negative comments.
func ThemeOf(indicatorID string) (themeID string, negative, ok bool) {
	rest, ok := strings.CutPrefix(indicatorID, ThemePrefix)
	if !ok {
		return "", false, false
	}
	rest, negative = strings.CutSuffix(rest, NegativeSuffix)
	return strings.ToLower(rest), negative, true
}

// Catalog is the theme indicators of a theme set. A theme whose id is too long for an indicator
// id is left out and named in the errors.
func Catalog(ts *text.Themes) (*methodology.Catalog, []error) {
	var list []*methodology.Indicator
	var problems []error
	for _, t := range ts.All() {
		if len(IndicatorID(t.ID, true)) > 41 {
			problems = append(problems, fmt.Errorf("theme %s: the id is longer than 31 characters / идентификаторът е по-дълъг от 31 знака", t.ID))
			continue
		}
		direction := "lower"
		if t.ID == "praise" {
			direction = "higher"
		}
		// The id has only a–z, 0–9 and _ (text.Theme.compile), so it is safe inside a literal;
		// the catalogue's expression checker reads it once more all the same.
		mentions := fmt.Sprintf("list_contains(themes, '%s')", t.ID)
		list = append(list, &methodology.Indicator{
			ID:   IndicatorID(t.ID, false),
			Name: methodology.Text{BG: t.Name.BG, EN: t.Name.EN},
			Description: methodology.Text{
				BG: fmt.Sprintf("Дял на коментарите и текстовете (анкети, карти, сигнали), които споменават „%s“.", t.Name.BG),
				EN: fmt.Sprintf("Share of comments and texts (surveys, cards, signals) that mention “%s”.", t.Name.EN)},
			Method: "all", Group: "both", Source: "v_comments", Unit: "share", Direction: direction, MinN: themeMinN,
			Measure: methodology.Measure{Kind: methodology.KindShare, Numerator: mentions},
		})
		if t.ID == "praise" {
			continue // praise among complaints says nothing
		}
		list = append(list, &methodology.Indicator{
			ID:   IndicatorID(t.ID, true),
			Name: methodology.Text{BG: t.Name.BG + " (в оплакванията)", EN: t.Name.EN + " (in complaints)"},
			Description: methodology.Text{
				BG: fmt.Sprintf("Дял на оплакванията, сигналите и коментарите с оценка 1–2, които споменават „%s“.", t.Name.BG),
				EN: fmt.Sprintf("Share of complaints, signals and comments rated 1–2 that mention “%s”.", t.Name.EN)},
			Method: "all", Group: "both", Source: "v_comments", Unit: "share", Direction: "lower", MinN: themeMinN,
			Measure: methodology.Measure{Kind: methodology.KindShare, Numerator: mentions, Filter: "tone = 'negative'"},
		})
	}
	cat, err := methodology.NewCatalog(list)
	if err != nil {
		return nil, append(problems, err)
	}
	return cat, problems
}
