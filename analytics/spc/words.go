package spc

import "otzvuk/analytics/format"

// Words are the names of rules, point types and icons in Bulgarian and English, as the CLI and
// the window's legend show them (Making Data Count's names, in the municipality's language first).
var words = map[string][2]string{
	string(NoRule):        {"", ""},
	string(AboveUpper):    {"над горната граница", "above the upper limit"},
	string(BelowLower):    {"под долната граница", "below the lower limit"},
	string(TrendUp):       {"7 поред нарастващи", "7-point rising trend"},
	string(TrendDown):     {"7 поред намаляващи", "7-point falling trend"},
	string(TwoInThreeUp):  {"2 от 3 близо до горната граница", "2 of 3 close to the upper limit"},
	string(TwoInThreeLow): {"2 от 3 близо до долната граница", "2 of 3 close to the lower limit"},
	string(RunAbove):      {"7 поред над средната", "7 points above the mean"},
	string(RunBelow):      {"7 поред под средната", "7 points below the mean"},

	string(CommonCause):        {"обща причина", "common cause"},
	string(SpecialImprovement): {"особена причина — подобрение", "special cause — improvement"},
	string(SpecialConcern):     {"особена причина — влошаване", "special cause — concern"},
	string(SpecialNeutralHigh): {"особена причина — по-високо (без посока)", "special cause — higher (no direction)"},
	string(SpecialNeutralLow):  {"особена причина — по-ниско (без посока)", "special cause — lower (no direction)"},

	"variation:" + string(VariationNone):        {"няма данни", "no data"},
	"variation:" + string(VariationCommon):      {"обща причина (без особена промяна)", "common cause (no significant change)"},
	"variation:" + string(VariationImprovement): {"особена причина — подобрение", "special cause — improvement"},
	"variation:" + string(VariationConcern):     {"особена причина — влошаване", "special cause — concern"},
	"variation:" + string(VariationNeutralHigh): {"особена причина — по-високо", "special cause — higher"},
	"variation:" + string(VariationNeutralLow):  {"особена причина — по-ниско", "special cause — lower"},

	"assurance:" + string(AssuranceNone):         {"няма (без цел, без посока или без граници)", "none (no target, no direction or no limits)"},
	"assurance:" + string(AssurancePass):         {"целта се изпълнява постоянно", "consistently meets the target"},
	"assurance:" + string(AssuranceFail):         {"целта постоянно не се изпълнява", "consistently fails the target"},
	"assurance:" + string(AssuranceInconsistent): {"ту изпълнява, ту не изпълнява целта", "hit and miss against the target"},

	// the short words beside the icons, as the window's SpcIcons prints them (frontend/src/locales/{bg,en}/spc.ts)
	"short:" + string(VariationCommon):       {"обичайно", "usual"},
	"short:" + string(VariationImprovement):  {"подобрение", "improving"},
	"short:" + string(VariationConcern):      {"влошаване", "concerning"},
	"short:" + string(VariationNeutralHigh):  {"по-високо", "higher"},
	"short:" + string(VariationNeutralLow):   {"по-ниско", "lower"},
	"short:" + string(AssurancePass):         {"цел:\u00a0да", "target:\u00a0yes"},
	"short:" + string(AssuranceFail):         {"цел:\u00a0не", "target:\u00a0no"},
	"short:" + string(AssuranceInconsistent): {"цел:\u00a0ту да, ту не", "target:\u00a0hit and miss"},
}

// Word names a rule or point type in lang (bg or en).
func Word(key, lang string) string {
	w := words[key]
	return format.In(lang, w[0], w[1])
}

// VariationWord and AssuranceWord name an icon in lang.
func VariationWord(v Variation, lang string) string { return Word("variation:"+string(v), lang) }
func AssuranceWord(a Assurance, lang string) string { return Word("assurance:"+string(a), lang) }

// ShortWord is an icon's word beside its glyph (the window's SpcIcons); "" for no icon.
func ShortWord(icon, lang string) string { return Word("short:"+icon, lang) }

// Glyph is an icon's letter or sign inside its disc, as the window's SpcIcons draws it, and Colour
// its colour (Making Data Count's grey, blue, orange and purple, darkened to 4.5:1 on white).
func Glyph(icon string) string {
	return map[string]string{
		string(VariationCommon): "~", string(VariationImprovement): "▲", string(VariationConcern): "▼",
		string(VariationNeutralHigh): "▲", string(VariationNeutralLow): "▼",
		string(AssurancePass): "✓", string(AssuranceFail): "✗", string(AssuranceInconsistent): "?",
	}[icon]
}

// Colour is an icon's colour as #rrggbb (SpcIcons' --c).
func Colour(icon string) string {
	switch icon {
	case string(VariationImprovement), string(AssurancePass):
		return "#1d5fa8"
	case string(VariationConcern), string(AssuranceFail):
		return "#a34d00"
	case string(VariationNeutralHigh), string(VariationNeutralLow):
		return "#6b3fa0"
	}
	return "#5a5f66"
}
