package ingest

import "strings"

// Category fields hold stable codes the indicators rely on. Each code accepts its Bulgarian and
// English names, so most exports need no value map for them.
var codeSets = map[string]map[string][]string{
	"channel": {
		"counter": {"гише", "на гише", "цао", "лично", "в брой", "walk-in", "in person", "counter"},
		"post":    {"поща", "писмо", "mail", "post", "letter"},
		"email":   {"имейл", "е-мейл", "ел. поща", "електронна поща", "e-mail", "email"},
		"ssev":    {"ссев", "ssev", "система за сигурно електронно връчване"},
		"portal":  {"портал", "онлайн", "уеб", "web", "online", "portal", "internet"},
		"phone":   {"телефон", "тел.", "phone", "telephone"},
		"media":   {"медии", "медия", "media", "press"},
		"other":   {"друго", "other"},
	},
	"respondent_group": {
		"citizen":  {"граждани", "гражданин", "гражданка", "физическо лице", "citizen", "citizens", "resident", "public"},
		"ngo":      {"нпо", "неправителствена организация", "сдружение", "фондация", "ngo", "non-profit"},
		"business": {"бизнес", "фирма", "юридическо лице", "търговец", "business", "company"},
	},
	"signals.kind": {
		"signal":    {"сигнал", "signal", "report"},
		"proposal":  {"предложение", "proposal", "suggestion"},
		"complaint": {"жалба", "оплакване", "complaint"},
		"praise":    {"похвала", "благодарност", "praise", "compliment"},
	},
	"feedback_cards.kind": {
		"praise":    {"похвала", "praise"},
		"complaint": {"оплакване", "жалба", "complaint"},
		"proposal":  {"предложение", "proposal"},
		"other":     {"друго", "other", "коментар"},
	},
	"feedback_cards.source": {
		"box":    {"кутия", "кутия за мнения", "box"},
		"tablet": {"таблет", "tablet", "kiosk"},
		"online": {"онлайн", "сайт", "online", "web"},
	},
	"tier": {
		"ordinary": {"обикновена", "обикновена услуга", "ordinary", "standard"},
		"fast":     {"бърза", "бърза услуга", "fast"},
		"express":  {"експресна", "експресна услуга", "express"},
	},
	"service_requests.status": {
		"open":      {"отворена", "в процес", "open", "new", "in progress"},
		"completed": {"изпълнена", "приключена", "completed", "closed", "done"},
		"cancelled": {"отказана от заявителя", "анулирана", "cancelled", "canceled", "cancel"},
		"refused":   {"отказ", "refused", "rejected"},
	},
	"outcome": {
		"upheld":        {"основателна", "основателен", "upheld"},
		"partly_upheld": {"частично основателна", "частично основателен", "partly upheld"},
		"rejected":      {"неоснователна", "неоснователен", "отхвърлено", "rejected"},
		"accepted":      {"прието", "прието предложение", "accepted"},
		"acknowledged":  {"прието за сведение", "acknowledged"},
		"not_processed": {"не се разглежда", "анонимен", "not processed"},
	},
}

// CodeSetFor returns the code set a kind's field uses, if it has one.
func CodeSetFor(kind, field string) map[string][]string {
	if s, ok := codeSets[kind+"."+field]; ok {
		return s
	}
	if field == "kind" || field == "status" || field == "source" {
		return nil
	}
	return codeSets[field]
}

// CanonicalCode maps a value onto its code; ok is false when the value is not one of them.
func CanonicalCode(set map[string][]string, v string) (string, bool) {
	l := strings.ToLower(strings.TrimSpace(v))
	if _, ok := set[l]; ok {
		return l, true
	}
	for code, names := range set {
		for _, n := range names {
			if n == l {
				return code, true
			}
		}
	}
	return v, false
}

// CodeList names a code set's codes for a reason (sorted, bounded).
func CodeList(set map[string][]string) string {
	codes := make([]string, 0, len(set))
	for c := range set {
		codes = append(codes, c)
	}
	return boundedList(codes)
}

// codeListBG names the codes by their Bulgarian names (the first name of each), for the Bulgarian text.
func codeListBG(set map[string][]string) string {
	names := make([]string, 0, len(set))
	for c, ns := range set {
		if len(ns) > 0 {
			c = ns[0]
		}
		names = append(names, c)
	}
	return boundedList(names)
}
