package suggest

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/store"
)

// Options tune a suggestion.
type Options struct {
	Kind        string            // record kind; empty: chosen from the headers and values
	Departments []KnownDepartment // the departments in the database; nil: no database given
	HaveDB      bool              // a database was given (even an empty one)
	SampleRows  int               // rows read for the values; default 5000
	Now         time.Time         // "today" for the future-date check; default now
}

// KnownDepartment is a department already in the database.
type KnownDepartment struct{ Code, Name string }

// StoreDepartments lists the departments of a database, for Options.Departments.
func StoreDepartments(ctx context.Context, s *store.Store) ([]KnownDepartment, error) {
	rows, err := s.DB.QueryContext(ctx, "SELECT code, name FROM departments ORDER BY code")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []KnownDepartment
	for rows.Next() {
		var d KnownDepartment
		if err := rows.Scan(&d.Code, &d.Name); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Draft is a suggested profile: the profile, its YAML text with the reasons in comments, and the
// fields it is unsure of (each marked ??? in the text).
type Draft struct {
	Profile *ingest.Profile
	Text    string
	Unsure  []string // "field: reason"
	Rows    int      // rows sampled
}

// fieldWords: header words (Bulgarian and English) that suggest a target field. strong words name
// the field; weak ones ("дата", "date") only hint at it.
type fieldWords struct{ strong, weak []string }

var suggestWords = map[string]fieldWords{
	"id": {strong: []string{"вх. №", "вх.№", "вх №", "входящ №", "входящ номер", "рег. №", "рег.№", "рег №", "регистрационен номер", "рег. номер",
		"№ на заявление", "№ на сигнал", "№ анкета", "№ на анкета", "номер на анкета", "id на отговора", "requestid", "request id", "request_id", "case id", "caseid",
		"ticket", "reference", "respondent id", "response id", "responseid", "record id", "id", "№", "номер"}},
	"department_code": {strong: []string{"звено", "дирекция", "отдел", "административно звено", "структурно звено", "сектор", "кметство", "район",
		"department", "dept", "submitto", "submit to", "assigned to", "division", "agency", "council district", "council", "district", "ward"}},
	"service_code": {strong: []string{"иисда", "иисда №", "№ по иисда", "услуга (иисда)", "код на услуга", "услуга", "вид услуга", "административна услуга",
		"service code", "service", "problemcode", "problem code", "request type"}},
	"channel": {strong: []string{"канал", "начин на подаване", "начин на постъпване", "начин на попълване", "подадено чрез", "чрез", "channel",
		"callertype", "caller type", "method", "source", "origin", "intake"}},
	"respondent_group": {strong: []string{"заявител", "вид заявител", "потребител", "вид потребител", "група потребители", "вие сте",
		"respondent group", "applicant type", "customer type", "respondent type"}, weak: []string{"група", "group"}},
	"tier": {strong: []string{"поръчка", "вид услуга (срок)", "вид поръчка", "тип услуга", "tier", "service level", "priority"}},
	"submitted_at": {strong: []string{"дата на подаване", "дата на постъпване", "дата на заявяване", "дата на регистрация", "подадено на", "постъпило на",
		"datetimeinit", "date submitted", "submitted", "submitted at", "received", "date received", "created", "opened", "open date", "requested"},
		weak: []string{"дата", "date"}},
	"received_date": {strong: []string{"дата на постъпване", "дата на подаване", "дата на получаване", "дата на регистрация", "постъпил", "постъпило на", "получен",
		"received", "date received", "datetimeinit", "submitted", "created"}, weak: []string{"дата", "date"}},
	"response_date": {strong: []string{"дата на попълване", "дата на анкетата", "попълнено на", "response date", "completed on", "submitted", "timestamp", "date"},
		weak: []string{"дата", "quarter", "тримесечие", "период", "period"}},
	"card_date":  {strong: []string{"дата на картата", "дата на попълване", "created", "date"}, weak: []string{"дата"}},
	"visit_date": {strong: []string{"дата на посещение", "visit date"}, weak: []string{"дата", "date"}},
	"start_date": {strong: []string{"начало", "от дата", "дата на откриване", "start", "start date"}},
	"end_date":   {strong: []string{"край", "до дата", "дата на приключване", "end", "end date"}},
	"due_date":   {strong: []string{"срок", "краен срок", "срок за изпълнение", "срок по закон", "due", "due date", "deadline", "prjcompletedate", "projected completion", "target date"}},
	"completed_at": {strong: []string{"дата на приключване", "дата на изпълнение", "изпълнено на", "приключено на", "дата на издаване", "изпълнено", "приключено",
		"datetimeclosed", "date closed", "closed", "closed at", "completed", "completed at", "resolved", "date completed"}},
	"cancelled_at":    {strong: []string{"дата на отказ", "дата на анулиране", "дата на оттегляне", "анулирано на", "анулирано", "отказано", "оттеглено", "datecancelled", "date cancelled", "cancelled", "canceled"}},
	"decided_date":    {strong: []string{"дата на решение", "дата на отговор", "решено на", "решено", "decided", "decision date", "answered"}},
	"notified_date":   {strong: []string{"дата на уведомяване", "уведомен на", "уведомен", "notified", "notification date"}},
	"status":          {strong: []string{"статус", "състояние", "status", "state"}},
	"kind":            {strong: []string{"вид", "вид на сигнала", "тип", "категория", "kind", "type"}},
	"rating":          {strong: []string{"оценка", "обща оценка", "rating", "score", "stars"}},
	"comment":         {strong: []string{"коментар", "коментари", "забележка", "препоръки", "comment", "comments", "remarks"}},
	"text":            {strong: []string{"текст", "описание", "съдържание", "коментар", "text", "message", "description", "comment"}},
	"waiting_minutes": {strong: []string{"чакане (мин.)", "чакане", "време за чакане", "минути чакане", "waiting", "wait", "waiting minutes"}},
	"survey_id":       {strong: []string{"анкета", "код на анкетата", "анкетна карта", "проучване", "вълна", "survey", "survey id", "wave"}, weak: []string{"тримесечие", "период", "quarter", "period"}},
	"recommend_score": {strong: []string{"препоръка", "бихте ли препоръчали", "бихте ли ни препоръчали", "recommend", "nps", "likely to recommend"}},
	"anonymous":       {strong: []string{"анонимен", "анонимно", "anonymous"}},
	"deadline_days":   {strong: []string{"срок (дни)", "срок в дни", "deadline days"}},
	"outcome":         {strong: []string{"резултат", "основателност", "outcome", "result", "resolution"}},
	"implemented":     {strong: []string{"внедрено", "изпълнено предложение", "implemented"}},
	"action":          {strong: []string{"предприети действия", "действия", "action", "actions taken"}},
	"title":           {strong: []string{"заглавие", "тема", "наименование", "title", "subject"}},
	"format":          {strong: []string{"форма", "формат", "format"}},
	"participants":    {strong: []string{"участници", "participants"}},
	"name":            {strong: []string{"наименование", "име", "name"}},
	"code":            {strong: []string{"код", "code"}},
	"source":          {strong: []string{"източник", "source"}},
	"criterion":       {strong: []string{"критерий", "criterion"}},
	"visit_id":        {strong: []string{"посещение №", "№ на посещение", "visit id", "visit"}},
	"points":          {strong: []string{"точки", "points"}},
	"max_points":      {strong: []string{"макс. точки", "максимум точки", "max points"}},
	"passed":          {strong: []string{"изпълнен", "passed"}},
	"standard":        {strong: []string{"стандарт", "standard"}},
}

// overallWords name a wide survey's overall item.
var overallWords = []string{"overall", "обща оценка", "цялостна оценка", "общо впечатление", "удовлетвореност като цяло", "като цяло", "overall satisfaction", "total satisfaction"}

// bulgarianDeptCodes are the department codes Bulgarian municipalities use (those of the shipped
// catalogue): values among them are expected to be in the database already.
var bulgarianDeptCodes = map[string]bool{"CAO": true, "GRAO": true, "MDT": true, "UT": true, "OS": true, "SD": true, "FIN": true, "DEL": true,
	"ЦАО": true, "ГРАО": true, "МДТ": true, "УТ": true, "ОС": true, "СД": true}

func normHeader(h string) string {
	h = strings.ToLower(strings.Join(strings.Fields(h), " "))
	h = strings.TrimRight(h, ":")
	return strings.ReplaceAll(h, "_", " ")
}

// headerScore: how well a header names a field (0 = not at all). Exact words score 10; a header
// cut short (SAS and SPSS exports keep six or eight letters: "counci", "quarte") 7; a word within it 5–7.
func headerScore(field, header string) float64 {
	h := normHeader(header)
	w := suggestWords[field]
	best := 0.0
	try := func(words []string, exact, prefix, within float64) {
		for _, s := range words {
			switch {
			case h == s:
				best = math.Max(best, exact)
			case len([]rune(h)) >= 5 && strings.HasPrefix(s, h):
				best = math.Max(best, prefix)
			case (len([]rune(s)) >= 4 || strings.Contains(s, "№")) && containsWord(h, s):
				best = math.Max(best, within+math.Min(float64(len([]rune(s))), 10)/5)
			}
		}
	}
	try(w.strong, 10, 7, 5)
	try(w.weak, 4, 3, 2)
	return best
}

// containsWord: s occurs in h not inside another word.
func containsWord(h, s string) bool {
	for i := 0; ; {
		j := strings.Index(h[i:], s)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(s)
		okA := a == 0 || !isLetter(lastRune(h[:a]))
		okB := b == len(h) || !isLetter(firstRune(h[b:]))
		if okA && okB {
			return true
		}
		i = a + 1
		if i >= len(h) {
			return false
		}
	}
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'а' && r <= 'я' || r == 'ѝ' || r >= '0' && r <= '9'
}
func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}
func firstRune(s string) rune { return []rune(s)[0] }

// fit is a candidate column for a field.
type fit struct {
	field string
	col   *colStat
	score float64
	why   string
}

type engine struct {
	kind    *ingest.Kind
	stats   []*colStat
	byName  map[string]*colStat
	so      Options
	missing []string // cell values meaning "no value" found in the file
}

// knownShare: the share of filled rows, and of distinct values, that a code set knows.
func knownShare(set map[string][]string, c *colStat) (rows, distinct float64, unknown []string) {
	kr, kd := 0, 0
	for _, v := range c.sortedValues() {
		if _, ok := ingest.CanonicalCode(set, v); ok {
			kr += c.counts[v]
			kd++
		} else {
			unknown = append(unknown, v)
		}
	}
	if c.filled == 0 || len(c.counts) == 0 {
		return 0, 0, unknown
	}
	return float64(kr) / float64(c.filled), float64(kd) / float64(len(c.counts)), unknown
}

// valueFit tells whether a column's values can fill a field, with a bonus for a good fit.
func (e *engine) valueFit(f ingest.Field, c *colStat) (bool, float64, string) {
	if c.filled == 0 {
		return true, 0, "" // no values to judge by: the header alone decides
	}
	if set := ingest.CodeSetFor(e.kind.Name, f.Name); set != nil {
		rows, distinct, _ := knownShare(set, c)
		if distinct > 0.5 && rows >= 0.5 {
			return true, 3 + 3*rows, fmt.Sprintf("%d of %d values are known codes", int(math.Round(distinct*float64(len(c.counts)))), len(c.counts))
		}
		return false, 0, fmt.Sprintf("only %d of its %d values are known codes", int(math.Round(distinct*float64(len(c.counts)))), len(c.counts))
	}
	isDate := c.dateShare() >= 0.9
	switch {
	case f.Name == e.kind.Key && e.kind.Name != "mystery_items":
		if c.uniqueShare() >= 0.9 && c.fill() >= 0.95 && !isDate {
			return true, 3, fmt.Sprintf("%d distinct values in %d rows", c.distinct(), c.filled)
		}
		return false, 0, fmt.Sprintf("not an identifier: %d distinct values in %d filled rows", c.distinct(), c.filled)
	case f.Name == "survey_id":
		if c.uniqueShare() <= 0.5 && c.fill() >= 0.95 {
			return true, 2, fmt.Sprintf("repeats: %d distinct values in %d rows", c.distinct(), c.filled)
		}
		return false, 0, fmt.Sprintf("unique per row (%d distinct values in %d rows): a respondent number, not a survey", c.distinct(), c.filled)
	case f.Name == "department_code":
		if isDate || c.uniqueShare() > 0.5 && c.filled > 20 {
			return false, 0, "not a department: dates or a value per row"
		}
		if len(e.so.Departments) > 0 {
			known, dc := 0, deptCleaning(c)
			for v, n := range c.counts {
				if _, ok := e.deptCode(cleanDept(v, dc)); ok {
					known += n
				}
			}
			if float64(known) >= 0.5*float64(c.filled) {
				return true, 6, "its values are departments in the database"
			}
		}
		return true, 0, ""
	}
	switch f.Type {
	case ingest.TDate, ingest.TDateTime:
		if isDate {
			return true, 2, ""
		}
		if float64(c.periodN) >= 0.9*float64(c.filled) && f.Type == ingest.TDate {
			return true, 1, "period labels"
		}
		return false, 0, fmt.Sprintf("only %d of %d values are dates", c.dateN, c.filled)
	case ingest.TInt, ingest.TFloat:
		if f.Name == "rating" {
			in := 0
			for v, n := range c.counts {
				if x, err := strconv.Atoi(v); err == nil && x >= 1 && x <= 5 || dontKnowCodes[strings.ToLower(v)] {
					in += n
				}
			}
			if in == c.filled {
				return true, 3, "ratings 1–5"
			}
			return false, 0, "not on a scale 1–5"
		}
		dk := 0
		for v, n := range c.counts {
			if dontKnowCodes[strings.ToLower(v)] {
				dk += n
			}
		}
		in := 0
		for _, x := range c.nums {
			if !math.IsNaN(x) && (f.Min == nil || x >= *f.Min) && (f.Max == nil || x <= *f.Max) {
				in++
			}
		}
		if float64(in) >= 0.9*float64(c.filled-dk) && c.numShare() >= 0.9 {
			return true, 1, ""
		}
		return false, 0, "not numbers in range " + ingest.RangeText(f)
	case ingest.TBool:
		if float64(c.boolN) >= 0.9*float64(c.filled) {
			return true, 2, ""
		}
		return false, 0, "not yes/no"
	case ingest.TText:
		if isDate {
			return false, 0, "dates"
		}
		return true, math.Min(float64(c.maxLen)/40, 2), ""
	}
	if isDate && f.Name != "service_code" {
		return false, 0, "dates"
	}
	return true, 0, ""
}

// candidates scores every column for every field of the kind.
func (e *engine) candidates() ([]fit, map[string][]string) {
	var out []fit
	rejected := map[string][]string{}
	fields := append([]ingest.Field{}, e.kind.Fields...)
	for _, f := range fields {
		for _, c := range e.stats {
			h := headerScore(f.Name, c.name)
			ok, bonus, why := e.valueFit(f, c)
			valueOnly := ingest.CodeSetFor(e.kind.Name, f.Name) != nil && bonus >= 5.7 // nearly every value a known code
			if h == 0 && !valueOnly {
				continue
			}
			if !ok {
				if h >= 5 {
					rejected[f.Name] = append(rejected[f.Name], fmt.Sprintf("%s: %s", c.name, why))
				}
				continue
			}
			out = append(out, fit{field: f.Name, col: c, score: h + bonus, why: why})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out, rejected
}

// shared fields may take a column another field uses (a survey wave dates and names the survey).
var sharedField = map[string]bool{"survey_id": true, "response_date": true}

// assign picks one column per field, the best scores first, each column once.
func (e *engine) assign(cands []fit) map[string]fit {
	got := map[string]fit{}
	used := map[int]string{}
	for _, c := range cands {
		if _, ok := got[c.field]; ok {
			continue
		}
		if f, ok := used[c.col.idx]; ok && !(sharedField[c.field] || sharedField[f]) {
			continue
		}
		got[c.field] = c
		if _, ok := used[c.col.idx]; !ok {
			used[c.col.idx] = c.field
		}
	}
	return got
}

// kindScore: how well a kind fits the assignment it got.
func kindScore(k *ingest.Kind, got map[string]fit, items int) float64 {
	s := 0.0
	for _, f := range k.Fields {
		if g, ok := got[f.Name]; ok {
			s += g.score
			if f.Required {
				s += 3
			}
		} else if f.Required {
			s -= 8
		}
	}
	if k.Name == "survey_responses" && items >= 3 {
		s += 15 + math.Min(float64(items), 10)
	}
	return s
}
