package spc

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
}

// Word names a rule or point type in lang (bg or en).
func Word(key, lang string) string {
	w := words[key]
	if lang == "en" {
		return w[1]
	}
	return w[0]
}

// VariationWord and AssuranceWord name an icon in lang.
func VariationWord(v Variation, lang string) string { return Word("variation:"+string(v), lang) }
func AssuranceWord(a Assurance, lang string) string { return Word("assurance:"+string(a), lang) }
