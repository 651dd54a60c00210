package ingest

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// meanings: what each field holds, in Bulgarian and English ("kind.field" first, then "field").
var meanings = map[string][2]string{
	"departments.code":        {"код на звеното", "unit code"},
	"departments.name":        {"име на звеното", "unit name"},
	"parent_code":             {"код на горестоящото звено", "code of the parent unit"},
	"departments.kind":        {"вид звено (по подразбиране специализирано)", "kind of unit (default specialised)"},
	"services.code":           {"код на услугата (ИИСДА №)", "service code (IISDA number)"},
	"services.name":           {"име на услугата", "service name"},
	"service_group":           {"група услуги", "service group"},
	"department_code":         {"код на звеното", "unit code"},
	"deadline_ordinary_days":  {"срок за обикновена услуга, дни", "deadline of the ordinary service, days"},
	"deadline_fast_days":      {"срок за бърза услуга, дни", "deadline of the fast service, days"},
	"deadline_express_days":   {"срок за експресна услуга, дни", "deadline of the express service, days"},
	"electronic":              {"предлага се по електронен път", "offered electronically"},
	"id":                      {"номер на записа", "record number"},
	"service_code":            {"код на услугата", "service code"},
	"channel":                 {"канал на подаване", "channel"},
	"respondent_group":        {"група заявители", "respondent group"},
	"tier":                    {"вид услуга по срок", "service tier by deadline"},
	"submitted_at":            {"дата на подаване", "submission date"},
	"due_date":                {"краен срок", "due date"},
	"completed_at":            {"дата на изпълнение", "completion date"},
	"cancelled_at":            {"дата на анулиране", "cancellation date"},
	"service_requests.status": {"състояние на заявката", "request status"},
	"waiting_minutes":         {"чакане, минути", "waiting time, minutes"},
	"survey_id":               {"код на анкетата", "survey code"},
	"response_date":           {"дата на отговора", "response date"},
	"recommend_score":         {"готовност да препоръча, 0–10", "likelihood to recommend, 0–10"},
	"comment":                 {"коментар", "comment"},
	"card_date":               {"дата на картата", "card date"},
	"feedback_cards.source":   {"откъде е картата", "where the card came from"},
	"rating":                  {"оценка, 1–5", "rating, 1–5"},
	"feedback_cards.kind":     {"вид мнение", "kind of feedback"},
	"text":                    {"текст", "text"},
	"received_date":           {"дата на получаване", "date received"},
	"signals.kind":            {"вид сигнал", "kind of signal"},
	"anonymous":               {"анонимен", "anonymous"},
	"deadline_days":           {"срок за отговор, дни (по подразбиране 60)", "deadline to answer, days (default 60)"},
	"decided_date":            {"дата на решение", "decision date"},
	"notified_date":           {"дата на уведомяване", "notification date"},
	"outcome":                 {"резултат", "outcome"},
	"implemented":             {"изпълнено", "implemented"},
	"action":                  {"предприето действие", "action taken"},
	"visit_id":                {"номер на посещението", "visit number"},
	"visit_date":              {"дата на посещението", "visit date"},
	"criterion":               {"критерий", "criterion"},
	"standard":                {"стандарт", "standard"},
	"points":                  {"точки", "points"},
	"max_points":              {"максимални точки", "maximum points"},
	"passed":                  {"изпълнен критерий", "criterion met"},
	"title":                   {"заглавие", "title"},
	"start_date":              {"начална дата", "start date"},
	"end_date":                {"крайна дата", "end date"},
	"format":                  {"форма на консултацията", "consultation format"},
	"participants":            {"участници", "participants"},
	"ngo_participants":        {"участници от НПО", "NGO participants"},
	"business_participants":   {"участници от бизнеса", "business participants"},
	"proposals_submitted":     {"внесени предложения", "proposals submitted"},
	"proposals_accepted":      {"приети предложения", "proposals accepted"},
}

// Meaning is what a kind's field holds, in Bulgarian and English.
func Meaning(kind, field string) (bg, en string) {
	if m, ok := meanings[kind+"."+field]; ok {
		return m[0], m[1]
	}
	if m, ok := meanings[field]; ok {
		return m[0], m[1]
	}
	return field, field
}

var typeMeaning = map[FieldType][2]string{
	TText: {"свободен текст (личните данни се маскират)", "free text (personal data is masked)"},
	TCode: {"код или категория", "code or category"}, TInt: {"цяло число", "whole number"},
	TFloat: {"число", "number"}, TBool: {"да/не", "yes/no"}, TDate: {"дата или период", "date or period label"},
	TDateTime: {"дата и час", "date and time"},
}

// RefCode is one allowed code of a coded field and the names that also read as it.
type RefCode struct {
	Code     string   `json:"code"`
	Synonyms []string `json:"synonyms"`
}

// RefField is one field of a record kind, as the reference lists it.
type RefField struct {
	Name      string    `json:"name"`
	Type      string    `json:"type"`
	Required  bool      `json:"required"`
	MeaningBG string    `json:"meaning_bg"`
	MeaningEN string    `json:"meaning_en"`
	Range     string    `json:"range,omitempty"`
	Codes     []RefCode `json:"codes,omitempty"`
}

// RefKind is a record kind and its fields.
type RefKind struct {
	Name   string     `json:"name"`
	Fields []RefField `json:"fields"`
}

// Reference lists every record kind's fields and every coded field's codes, from the code itself.
func Reference() []RefKind {
	names := make([]string, 0, len(Kinds))
	for n := range Kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []RefKind
	for _, n := range names {
		k := Kinds[n]
		rk := RefKind{Name: n}
		for _, f := range k.Fields {
			bg, en := Meaning(n, f.Name)
			rf := RefField{Name: f.Name, Type: string(f.Type), Required: f.Required, MeaningBG: bg, MeaningEN: en}
			if f.Min != nil || f.Max != nil {
				rf.Range = RangeText(f)
			}
			if set := CodeSetFor(n, f.Name); set != nil {
				codes := make([]string, 0, len(set))
				for c := range set {
					codes = append(codes, c)
				}
				sort.Strings(codes)
				for _, c := range codes {
					rf.Codes = append(rf.Codes, RefCode{Code: c, Synonyms: set[c]})
				}
			}
			rk.Fields = append(rk.Fields, rf)
		}
		out = append(out, rk)
	}
	return out
}

// ReferenceJSON is the reference as indented JSON.
func ReferenceJSON() ([]byte, error) { return json.MarshalIndent(Reference(), "", "  ") }

// ReferenceMarkdown is the reference as the markdown docs/mapping-profiles.md includes.
func ReferenceMarkdown() string {
	var b strings.Builder
	b.WriteString("Generated by `otzvuk reference --format md` from the code (`make reference` rewrites this section).\n")
	b.WriteString("Types: ")
	for i, t := range []FieldType{TCode, TText, TInt, TFloat, TBool, TDate, TDateTime} {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "`%s` %s / %s", t, typeMeaning[t][0], typeMeaning[t][1])
	}
	b.WriteString(".\n")
	b.WriteString("A bad value of a required field (**yes**) rejects its row; of an optional field it is left out and the record kept\n" +
		"(quarantine kind `field`), unless the profile says `on_invalid_optional: reject_row`.\n")
	for _, k := range Reference() {
		fmt.Fprintf(&b, "\n### %s\n\n| field | type | required | значение | meaning |\n|---|---|---|---|---|\n", k.Name)
		for _, f := range k.Fields {
			req := ""
			if f.Required {
				req = "yes"
			}
			typ := f.Type
			if f.Range != "" {
				typ += " " + f.Range
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", f.Name, typ, req, f.MeaningBG, f.MeaningEN)
		}
		for _, f := range k.Fields {
			if len(f.Codes) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\nCodes of `%s.%s` and the names read as them (case-insensitive):\n\n| code | names |\n|---|---|\n", k.Name, f.Name)
			for _, c := range f.Codes {
				fmt.Fprintf(&b, "| `%s` | %s |\n", c.Code, strings.Join(c.Synonyms, ", "))
			}
		}
	}
	return b.String()
}
