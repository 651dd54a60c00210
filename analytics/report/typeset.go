package report

import (
	"regexp"
	"strings"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// Typesetting for print: what a value, its interval and its n look like in the report's tables.
// The numbers themselves always come from analytics/format.

const nbsp = "\u00a0"

// interval writes a 95 % interval at the value's own precision, "−24,7 … −17,6": an ellipsis
// rather than a dash, so a minus sign is never read as a range, with no-break spaces so the
// interval never breaks across lines (docs/statistics.md, "How the report writes an interval").
func interval(lo, hi *float64, unit, lang string) string {
	if lo == nil || hi == nil {
		return "—"
	}
	d := format.Decimals(unit)
	return format.Number(lo, lang, d) + nbsp + "…" + nbsp + format.Number(hi, lang, d)
}

// nText is the n column: a count's n is its value again, so it is left out ("—"); a share of the
// feedback methods is out of the mandatory methods, so its n is that denominator, not the
// numerator the computation counts.
func nText(x IndicatorRow, cat *methodology.Catalog, lang string) string {
	if ind, ok := cat.Get(x.ID); ok {
		switch ind.Measure.Kind {
		case methodology.KindCount, methodology.KindOpenOverdue:
			return "—"
		case methodology.KindCoverage:
			return format.F(float64(len(ind.Measure.Methods)), lang, 0)
		}
	}
	return format.F(float64(x.N), lang, 0)
}

// nOf is the n the report states for an indicator row (see nText), as a number.
func nOf(x IndicatorRow, cat *methodology.Catalog) (int64, bool) {
	if ind, ok := cat.Get(x.ID); ok {
		switch ind.Measure.Kind {
		case methodology.KindCount, methodology.KindOpenOverdue:
			return 0, false
		case methodology.KindCoverage:
			return int64(len(ind.Measure.Methods)), true
		}
	}
	return x.N, true
}

// unitWords names a catalogue unit in words, for the annex and the methods section.
var unitWords = map[string][2]string{
	"share":   {"%", "%"},
	"index":   {"индекс 0–100", "index 0–100"},
	"score":   {"точки −100…100", "points −100…100"},
	"per1000": {"на 1000", "per 1,000"},
	"count":   {"брой", "count"},
	"days":    {"дни", "days"},
	"minutes": {"минути", "minutes"},
	"ratio":   {"съотношение", "ratio"},
	"number":  {"число", "number"},
}

func unitWord(unit, lang string) string {
	if w, ok := unitWords[unit]; ok {
		if lang == "en" {
			return w[1]
		}
		return w[0]
	}
	return unit
}

// kindWords name the record kinds of an import ("all" is the demo generator's every kind).
var kindWords = map[string][2]string{
	"all":              {"всички видове записи", "every record kind"},
	"departments":      {"отдели", "departments"},
	"services":         {"услуги", "services"},
	"service_requests": {"заявления за услуги", "service requests"},
	"survey_responses": {"отговори на анкети", "survey responses"},
	"feedback_cards":   {"карти за обратна връзка", "feedback cards"},
	"signals":          {"сигнали, предложения, жалби, похвали", "signals, proposals, complaints, praise"},
	"mystery_items":    {"проверки „таен клиент“", "mystery shopper checks"},
	"mystery_visits":   {"посещения „таен клиент“", "mystery shopper visits"},
	"consultations":    {"консултации", "consultations"},
}

func kindWord(kind, lang string) string {
	if w, ok := kindWords[kind]; ok {
		if lang == "en" {
			return w[1]
		}
		return w[0]
	}
	if name, ok := strings.CutPrefix(kind, "package "); ok { // a pooled database's package (pooled.go)
		if lang == "en" {
			return "package of " + name
		}
		return "пакет на " + name
	}
	return strings.ReplaceAll(kind, "_", " ")
}

var demoSource = regexp.MustCompile(`^demo:seed=(\d+)$`)

// sourceName is an import's file name, or for the demo generator its words.
func sourceName(file, lang string) string {
	if m := demoSource.FindStringSubmatch(file); m != nil {
		if lang == "en" {
			return "Demo data (generated, variant " + m[1] + ")"
		}
		return "Демонстрационни данни (генерирани, вариант " + m[1] + ")"
	}
	return file
}

// nbText ties a number to the word that follows it ("2024 г.", "5 дни") and a sign to its
// number, so a line never breaks between them: every plain space after a digit becomes a no-break one.
var digitSpace = regexp.MustCompile(`(\d) (г\.|п\.п\.|т\.|дни|мин|%|pp|pts|days|min)`)

func nbText(s string) string { return digitSpace.ReplaceAllString(s, "$1"+nbsp+"$2") }

// indicatorHead and indicatorCells are an indicators table's header and row, cell for cell the
// same in the HTML, the DOCX and so the PDF.
func indicatorHead(lang string) []string {
	return []string{word(lang, "indicator"), word(lang, "value"), word(lang, "interval"), word(lang, "n"),
		word(lang, "prevShort"), word(lang, "change"), word(lang, "sigShort"), word(lang, "status"), word(lang, "spcHead")}
}

func (r *Report) indicatorCells(x IndicatorRow) []string {
	lang := r.Lang
	name := x.Name
	if x.Small {
		name += " (" + word(lang, "small") + ")"
	}
	sig := "—"
	if x.Significant != nil {
		sig = word(lang, map[bool]string{true: "yes", false: "no"}[*x.Significant])
	}
	status := "—"
	if x.Status != "" {
		status = word(lang, x.Status)
	}
	return []string{name, format.Value(x.Value, x.Unit, lang), interval(x.Low, x.High, x.Unit, lang), nText(x, r.Catalog, lang),
		format.Value(x.Previous, x.Unit, lang), format.Change(x.Delta, x.Unit, lang), sig, status, spcText(x.SPC, lang)}
}
