// Package forms writes the municipality's own feedback forms — the satisfaction questionnaire
// and the feedback card — as printable A4 HTML and as XLSX entry templates, and recognises a
// filled template on import: its hidden identity sheet names the form and its version, and the
// built-in mapping of that version turns it into records with no mapping profile.
package forms

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"

	"otzvuk/analytics/format"
)

// IdentitySheet is the hidden sheet that names a template's form, version, language and instance.
const IdentitySheet = "_otzvuk"

// DataSheet is the sheet a template's responses are typed into, in each language.
var DataSheet = map[string]string{"bg": "Отговори", "en": "Responses"}

// Form ids.
const (
	Survey = "satisfaction"
	Card   = "card"
)

// Current is each form's current version; older versions keep their columns so their templates still import.
var Current = map[string]int{Survey: 2, Card: 2}

// Column is one column of an entry template.
type Column struct {
	BG, EN string
	Field  string // the record field it fills ("" for an item rating)
	Item   string // survey item code (overall, timeliness…)
	List   string // the drop-down list it takes: department, service, channel, group, rating, nps, source, kind, date
	Width  float64
	Since  int // the first form version with this column (0 = all)
}

// Header is the column's header in a language.
func (c Column) Header(lang string) string { return format.In(lang, c.BG, c.EN) }

// DriverItems are the six drivers of the methodology, in questionnaire order.
var DriverItems = []struct{ ID, BG, EN string }{
	{"timeliness", "Срочност — услугата беше извършена в обещания срок", "Timeliness — the service was done within the promised time"},
	{"accessibility", "Достъпност — лесно намерих как и къде да подам заявлението", "Accessibility — it was easy to find how and where to apply"},
	{"competence", "Компетентност — служителите познаваха процедурата", "Competence — the staff knew the procedure"},
	{"courtesy", "Любезност — отнесоха се с мен любезно", "Courtesy — I was treated politely"},
	{"fairness", "Справедливост — към мен се отнесоха като към всички останали", "Fairness — I was treated like everyone else"},
	{"outcome", "Резултат — получих това, за което кандидатствах, или ясно обяснение защо не", "Outcome — I got what I applied for, or a clear reason why not"},
}

// ShortDriver is a driver's short name (the template's header).
func ShortDriver(i int, lang string) string {
	s := DriverItems[i].BG
	if lang == "en" {
		s = DriverItems[i].EN
	}
	if j := strings.Index(s, " — "); j > 0 {
		return s[:j]
	}
	return s
}

// Columns are a form version's template columns, in order.
func Columns(form string, version int) []Column {
	var all []Column
	switch form {
	case Survey:
		all = []Column{
			{BG: "№ на анкетата", EN: "Questionnaire no.", Field: "id", Width: 14},
			{BG: "Дата", EN: "Date", Field: "response_date", List: "date", Width: 12},
			{BG: "Отдел", EN: "Department", Field: "department_code", List: "department", Width: 30},
			{BG: "Услуга", EN: "Service", Field: "service_code", List: "service", Width: 34},
			{BG: "Канал", EN: "Channel", Field: "channel", List: "channel", Width: 12},
			{BG: "Група", EN: "Group", Field: "respondent_group", List: "group", Width: 12},
			{BG: "Обща оценка", EN: "Overall rating", Item: "overall", List: "rating", Width: 12},
		}
		for i, d := range DriverItems {
			all = append(all, Column{BG: ShortDriver(i, "bg"), EN: ShortDriver(i, "en"), Item: d.ID, List: "rating", Width: 13})
		}
		all = append(all,
			Column{BG: "Препоръка 0–10", EN: "Recommend 0–10", Field: "recommend_score", List: "nps", Width: 12},
			Column{BG: "Чакане (мин.)", EN: "Waiting (min)", Field: "waiting_minutes", Width: 11, Since: 2},
			Column{BG: "Коментар", EN: "Comment", Field: "comment", Width: 50},
		)
	case Card:
		all = []Column{
			{BG: "№ на картата", EN: "Card no.", Field: "id", Width: 14},
			{BG: "Дата", EN: "Date", Field: "card_date", List: "date", Width: 12},
			{BG: "Отдел", EN: "Department", Field: "department_code", List: "department", Width: 30},
			{BG: "Източник", EN: "Source", Field: "source", List: "source", Width: 12},
			{BG: "Оценка", EN: "Rating", Field: "rating", List: "rating5", Width: 10},
			{BG: "Вид", EN: "Kind", Field: "kind", List: "kind", Width: 14},
			{BG: "Текст", EN: "Text", Field: "text", Width: 60},
			// the paper card asks for the service; a card record has no service field yet (ingest's
			// schema), so the built-in mapping reads the column into nothing (profile.go). Last, so
			// the first version's columns keep their places.
			{BG: "Услуга", EN: "Service", List: "service", Width: 34, Since: 2},
		}
	}
	var out []Column
	for _, c := range all {
		if c.Since <= version {
			out = append(out, c)
		}
	}
	return out
}

// Choice is one entry of a drop-down list: what is typed, and the code it means.
type Choice struct{ Code, Name string }

// Label is what the drop-down shows: "CODE — Name" (the import keeps the code).
func (c Choice) Label() string {
	if c.Name == "" || c.Name == c.Code {
		return c.Code
	}
	return c.Code + " — " + c.Name
}

// Options choose a form's language, title and drop-down lists.
type Options struct {
	Lang         string // bg (default) or en
	Municipality string
	Departments  []Choice // from the database (empty: typed by hand)
	Services     []Choice
	Rows         int // rows prepared in an entry template (default 1000)
	Instance     string
}

func (o *Options) norm() {
	if o.Lang != "en" {
		o.Lang = "bg"
	}
	if o.Municipality == "" {
		if o.Lang == "en" {
			o.Municipality = "Perushtitsa Municipality"
		} else {
			o.Municipality = "Община Перущица"
		}
	}
	if o.Rows <= 0 {
		o.Rows = 1000
	}
	if o.Instance == "" {
		o.Instance = NewInstance()
	}
}

// NewInstance is a fresh template instance id: it prefixes every record id typed into the
// template, so two clerks who both start at № 1 never collide.
func NewInstance() string {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "00000000"
	}
	return hex.EncodeToString(b[:])
}

// Lists reads the departments and services for the drop-downs (parameterless queries).
func Lists(ctx context.Context, db *sql.DB) (deps, svcs []Choice, err error) {
	read := func(q string) ([]Choice, error) {
		rows, err := db.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []Choice
		for rows.Next() {
			var c Choice
			if err := rows.Scan(&c.Code, &c.Name); err != nil {
				return nil, err
			}
			out = append(out, c)
		}
		return out, rows.Err()
	}
	if deps, err = read("SELECT code, name FROM departments ORDER BY code"); err != nil {
		return nil, nil, err
	}
	if svcs, err = read("SELECT code, name FROM services ORDER BY code"); err != nil {
		return nil, nil, err
	}
	return deps, svcs, nil
}

// fixedList is a coded drop-down of the entry template; every name is one the import's code sets
// accept. The paper form words some of them more fully (paperList).
func fixedList(list, lang string) []string {
	bg := lang != "en"
	pick := func(b, e []string) []string {
		if bg {
			return b
		}
		return e
	}
	switch list {
	case "channel":
		return pick([]string{"гише", "поща", "имейл", "ССЕВ", "портал", "телефон", "друго"},
			[]string{"counter", "post", "email", "SSEV", "portal", "phone", "other"})
	case "group":
		return pick([]string{"гражданин", "НПО", "фирма"}, []string{"citizen", "NGO", "business"})
	case "rating":
		return []string{"1", "2", "3", "4", "5", dontKnow(lang)}
	case "rating5":
		return []string{"1", "2", "3", "4", "5"}
	case "nps":
		return []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
	case "source":
		return pick([]string{"кутия", "таблет", "онлайн"}, []string{"box", "tablet", "online"})
	case "kind":
		return pick([]string{"похвала", "оплакване", "предложение", "друго"}, []string{"praise", "complaint", "proposal", "other"})
	}
	return nil
}

// paperList is a list as the printed form words it: the respondent in the singular, the
// abbreviation spelled out; the clerk picks the template's short name for the same box.
func paperList(list, lang string) []string {
	en := lang == "en"
	switch {
	case list == "group" && en:
		return []string{"a citizen", "representing an NGO", "representing a business"}
	case list == "group":
		return []string{"гражданин", "представител на НПО", "представител на фирма"}
	case list == "channel" && en:
		return []string{"at the counter", "by post", "by e-mail", "online portal", "by phone", "Secure Electronic Delivery System (SSEV)", "other"}
	case list == "channel":
		return []string{"на гишето", "по пощата", "по имейл", "през портала", "по телефона", "Система за сигурно електронно връчване (ССЕВ)", "друго"}
	}
	return fixedList(list, lang)
}

func dontKnow(lang string) string {
	return format.In(lang, "не мога да преценя", "can't say")
}

func kindOf(form string) string {
	if form == Card {
		return "feedback_cards"
	}
	return "survey_responses"
}

func title(form, lang string) string {
	switch {
	case form == Survey && lang == "en":
		return "Service satisfaction questionnaire"
	case form == Survey:
		return "Анкета за удовлетвореността от административното обслужване"
	case lang == "en":
		return "Feedback card"
	}
	return "Карта за обратна връзка"
}

func idPrefix(form, instance string) string {
	if form == Card {
		return "K-" + instance + "-"
	}
	return "A-" + instance + "-"
}

// errf is a bilingual error.
func errf(bg, en string, args ...any) error {
	return fmt.Errorf("%s / %s", fmt.Sprintf(bg, args...), fmt.Sprintf(en, args...))
}
