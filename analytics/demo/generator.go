package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// DefaultSeed gives the demo municipality every user sees on first start.
const DefaultSeed uint64 = 2025

// The demo covers 36 whole months ending October 2026, fixed so that the data never depends on the clock.
var (
	FirstMonth = time.Date(2023, time.November, 1, 0, 0, 0, 0, time.UTC)
	Months     = 36
)

// Table is rows for one database table, in Columns order.
type Table struct {
	Name    string
	Columns []string
	Rows    [][]any
}

// Dataset is the whole demo municipality, table by table, in the order they are written.
type Dataset struct {
	Seed   uint64
	Tables []*Table
}

// Rows returns the table's rows, or nil.
func (d *Dataset) Table(name string) *Table {
	for _, t := range d.Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// surveyItems are the CMT drivers plus the overall rating, each on 1–5.
var surveyItems = []struct {
	code   string
	offset float64 // how this item sits against the overall quality
}{
	{"overall", 0}, {"timeliness", -0.06}, {"accessibility", 0.03}, {"competence", 0.05},
	{"courtesy", 0.08}, {"fairness", 0.02}, {"outcome", -0.03},
}

// driverWeights say how much each driver moves the overall rating in the demo (they sum to 1).
var driverWeights = map[string]float64{"timeliness": 0.32, "competence": 0.20, "courtesy": 0.16, "outcome": 0.16, "accessibility": 0.08, "fairness": 0.08}

var mysteryCriteria = []struct{ code, standard string }{
	{"greeting", "Служителят поздравява и се представя"},
	{"wait_20", "Чакане на гише до 20 минути"},
	{"badge", "Служителят носи табелка с име и длъжност"},
	{"info_board", "Информационното табло показва услугите, сроковете и таксите"},
	{"forms", "Образците на заявления са налични на място и онлайн"},
	{"card_payment", "Възможно е плащане с карта"},
	{"accessible", "Достъпна среда за хора с увреждания"},
	{"feedback_box", "Кутия или таблет за обратна връзка на видно място"},
}

type generator struct {
	r          *rand.Rand
	talk       *talk // the comments' texts, from their own stream (comments.go)
	deps       map[string]Department
	stationary bool
}

// Options change what the generator draws from.
type Options struct {
	// Stationary: nothing changes from year to year — each department's quality, the share of
	// e-services and the topics of complaints stay at their middle value (the same seasons every
	// year). Any "significant" change of such a municipality against a year earlier is a false one:
	// the tests of the false discovery rate control use it.
	Stationary bool
}

// Generate builds the demo municipality for a seed; the same seed always gives the same rows.
func Generate(seed uint64) *Dataset { return GenerateWith(seed, Options{}) }

// GenerateWith is Generate with options; the draws are the same, only what they are drawn from changes.
func GenerateWith(seed uint64, o Options) *Dataset {
	g := &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), deps: map[string]Department{}, talk: newTalk(seed),
		stationary: o.Stationary}
	g.talk.stationary = o.Stationary
	for _, d := range Departments {
		g.deps[d.Code] = d
	}
	ds := &Dataset{Seed: seed}
	ds.Tables = append(ds.Tables, g.departments(), g.services())
	requests := &Table{Name: "service_requests", Columns: []string{"id", "service_code", "department_code", "channel",
		"respondent_group", "tier", "submitted_at", "due_date", "completed_at", "cancelled_at", "status", "waiting_minutes"}}
	responses := &Table{Name: "survey_responses", Columns: []string{"id", "survey_id", "response_date", "department_code",
		"service_code", "channel", "respondent_group", "recommend_score", "waiting_minutes", "comment"}}
	ratings := &Table{Name: "survey_ratings", Columns: []string{"response_id", "item", "rating", "scale_min", "scale_max"}}
	cards := &Table{Name: "feedback_cards", Columns: []string{"id", "card_date", "department_code", "source", "rating", "kind", "text"}}
	signals := &Table{Name: "signals", Columns: []string{"id", "received_date", "kind", "channel", "department_code",
		"service_code", "respondent_group", "anonymous", "deadline_days", "decided_date", "notified_date", "outcome", "implemented", "action", "text"}}
	visits := &Table{Name: "mystery_visits", Columns: []string{"id", "visit_date", "department_code", "channel", "service_code"}}
	items := &Table{Name: "mystery_items", Columns: []string{"visit_id", "criterion", "standard", "points", "max_points", "passed"}}
	consultations := &Table{Name: "consultations", Columns: []string{"id", "title", "department_code", "start_date", "end_date",
		"format", "participants", "ngo_participants", "business_participants", "proposals_submitted", "proposals_accepted"}}

	for m := 0; m < Months; m++ {
		month := FirstMonth.AddDate(0, m, 0)
		g.requestsFor(month, m, requests)
		g.surveysFor(month, m, responses, ratings)
		g.cardsFor(month, m, cards)
		g.signalsFor(month, m, signals)
		if month.Month()%3 == 2 { // one mystery-shopper round per quarter, mid-quarter
			g.mysteryFor(month, m, visits, items)
		}
		g.consultationsFor(month, m, consultations)
	}
	ds.Tables = append(ds.Tables, requests, responses, ratings, cards, signals, visits, items, consultations)
	return ds
}

func (g *generator) departments() *Table {
	t := &Table{Name: "departments", Columns: []string{"code", "name", "parent_code", "kind"}}
	for _, d := range Departments {
		t.Rows = append(t.Rows, []any{d.Code, d.Name, nil, d.Kind})
	}
	return t
}

func (g *generator) services() *Table {
	t := &Table{Name: "services", Columns: []string{"code", "name", "service_group", "department_code",
		"deadline_ordinary_days", "deadline_fast_days", "deadline_express_days", "electronic"}}
	for _, s := range Services {
		t.Rows = append(t.Rows, []any{s.Code, s.Name, s.Group, s.Department, nullInt(s.Ordinary), nullInt(s.Fast), nullInt(s.Express), s.Electronic})
	}
	return t
}

// quality is a department's latent quality in month m: its trend, a little season and noise.
func (g *generator) quality(dept string, m int, month time.Time) float64 {
	d := g.deps[dept]
	x := float64(m) / float64(Months-1)
	if g.stationary {
		x = 0.5
	}
	q := d.qualityStart + (d.qualityEnd-d.qualityStart)*x
	if dept == "MDT" && (month.Month() == time.March || month.Month() == time.April) {
		q -= 0.08 // the tax rush
	}
	if month.Month() == time.August {
		q -= 0.03 // holidays, fewer staff
	}
	return clamp(q+g.r.NormFloat64()*0.02, 0.05, 0.97)
}

func (g *generator) pick(weights map[string]float64, order []string) string {
	total := 0.0
	for _, k := range order {
		total += weights[k]
	}
	x := g.r.Float64() * total
	for _, k := range order {
		x -= weights[k]
		if x < 0 {
			return k
		}
	}
	return order[len(order)-1]
}

var groupOrder = []string{"citizen", "business", "ngo"}

func (g *generator) group(dept string) string {
	w := map[string]float64{"citizen": 0.82, "business": 0.13, "ngo": 0.05}
	if dept == "UT" || dept == "OS" {
		w = map[string]float64{"citizen": 0.62, "business": 0.32, "ngo": 0.06}
	}
	if dept == "SD" {
		w = map[string]float64{"citizen": 0.80, "business": 0.02, "ngo": 0.18}
	}
	return g.pick(w, groupOrder)
}

// dayIn picks a working day of the month (weekends are rare at a municipal counter).
func (g *generator) dayIn(month time.Time) time.Time {
	days := month.AddDate(0, 1, -1).Day()
	for {
		d := month.AddDate(0, 0, g.r.IntN(days))
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			return d
		}
	}
}

func (g *generator) poisson(mean float64) int {
	// Normal approximation is plenty for demo volumes above ~10; Knuth below.
	if mean > 30 {
		return int(math.Max(0, math.Round(mean+g.r.NormFloat64()*math.Sqrt(mean))))
	}
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= g.r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

var requestChannels = []string{"counter", "post", "email", "ssev", "portal"}

func (g *generator) requestsFor(month time.Time, m int, t *Table) {
	lastDay := FirstMonth.AddDate(0, Months, 0)
	for _, s := range Services {
		vol := s.monthlyVolume
		if s.taxSeason && (month.Month() == time.March || month.Month() == time.April) {
			vol *= 2.2
		}
		if month.Month() == time.August {
			vol *= 0.75
		}
		x := float64(m) / float64(Months-1)
		if g.stationary {
			x = 0.5
		}
		digital := 0.08 + 0.22*x // e-services grow from 8% to 30%
		if !s.Electronic {
			digital *= 0.3
		}
		w := map[string]float64{"counter": 0.78 - digital, "post": 0.06, "email": 0.10, "ssev": digital * 0.3, "portal": digital * 0.7}
		for i, n := 0, g.poisson(vol); i < n; i++ {
			q := g.quality(s.Department, m, month)
			day := g.dayIn(month)
			submitted := day.Add(time.Duration(8*60+g.r.IntN(8*60)) * time.Minute)
			tier, deadline := "ordinary", s.Ordinary
			if s.Fast > 0 && g.r.Float64() < 0.18 {
				tier, deadline = "fast", s.Fast
			} else if s.Express > 0 && g.r.Float64() < 0.06 {
				tier, deadline = "express", s.Express
			}
			due := submitted.Truncate(24*time.Hour).AddDate(0, 0, deadline)
			channel := g.pick(w, requestChannels)
			var wait any
			if channel == "counter" {
				mean := 6 + (1-q)*26
				if s.taxSeason && (month.Month() == time.March || month.Month() == time.April) {
					mean *= 1.6
				}
				wait = math.Round(g.r.ExpFloat64()*mean*10) / 10
			}
			// Actual processing time relative to the deadline: good departments finish early.
			ratio := math.Exp(g.r.NormFloat64()*0.35) * (0.45 + (1-q)*1.1)
			completed := submitted.Add(time.Duration(ratio * float64(deadline) * 24 * float64(time.Hour)))
			status := "completed"
			var completedAt, cancelledAt any = completed, nil
			if g.r.Float64() < 0.02 {
				status, completedAt, cancelledAt = "cancelled", nil, submitted.Add(time.Duration(g.r.IntN(72))*time.Hour)
			} else if !completed.Before(lastDay) {
				status, completedAt = "open", nil
			}
			t.Rows = append(t.Rows, []any{
				fmt.Sprintf("ЗУ-%s-%06d", month.Format("2006"), len(t.Rows)+1), s.Code, s.Department, channel,
				g.group(s.Department), tier, submitted, due, completedAt, cancelledAt, status, wait,
			})
		}
	}
}

var surveyChannels = []string{"counter", "phone", "email", "portal"}

var comments = map[bool][]string{
	true: {"Бързо и любезно обслужване.", "Благодаря на служителката на гишето!", "Всичко беше ясно обяснено.",
		"Удобно е, че мога да подам онлайн.", "Много съм доволна."},
	false: {"Чаках твърде дълго на опашката.", "Никой не вдигаше телефона.", "Не ми обясниха какви документи трябват.",
		"Срокът не беше спазен.", "Искат едни и същи документи по няколко пъти.", "Таксата е висока за такава услуга."},
}

func (g *generator) surveysFor(month time.Time, m int, responses, ratings *Table) {
	for _, d := range Departments {
		n := g.poisson(24)
		if d.Code == "CAO" {
			n = g.poisson(40)
		}
		for i := 0; i < n; i++ {
			q := g.quality(d.Code, m, month)
			id := fmt.Sprintf("АН-%s-%05d", month.Format("2006"), len(responses.Rows)+1)
			service := g.serviceOf(d.Code)
			channel := g.pick(map[string]float64{"counter": 0.62, "phone": 0.08, "email": 0.08, "portal": 0.22}, surveyChannels)
			var recommend, wait, comment any
			if g.r.Float64() < 0.7 {
				recommend = int32(clamp(math.Round(10*q+g.r.NormFloat64()*1.8), 0, 10))
			}
			if channel == "counter" {
				wait = math.Round(g.r.ExpFloat64()*(6+(1-q)*24)*10) / 10
			}
			// One experience per respondent; each driver is how that experience went on that
			// count, and the overall rating follows the drivers by their weights — so that the
			// key-driver analysis has something true to find (timeliness weighs most).
			e := q + g.r.NormFloat64()*0.12
			latent := map[string]float64{}
			lean := 0.0
			for _, it := range surveyItems[1:] {
				d := g.r.NormFloat64() * 0.16
				latent[it.code] = e + it.offset + d
				lean += driverWeights[it.code] * d
			}
			latent["overall"] = e + lean + g.r.NormFloat64()*0.05
			overall := 0.0
			for _, it := range surveyItems {
				r := clamp(math.Round(1+4*latent[it.code]+g.r.NormFloat64()*0.35), 1, 5)
				if it.code != "overall" && g.r.Float64() < 0.06 {
					continue // "don't know": no rating at all, never a score
				}
				if it.code == "overall" {
					overall = r
				}
				ratings.Rows = append(ratings.Rows, []any{id, it.code, r, 1.0, 5.0})
			}
			if g.r.Float64() < 0.18 {
				g.r.IntN(len(comments[overall >= 4])) // drawn as before, so the rest of the demo stays the same
				switch {
				case overall >= 4:
					comment = g.talk.positive(d.Code)
				case overall <= 2 || g.talk.r.Float64() < 0.5:
					comment = g.talk.negative(d.Code, m, month)
				default:
					comment = g.talk.proposal()
				}
			}
			responses.Rows = append(responses.Rows, []any{id, "ANKETA-" + month.Format("2006"), g.dayIn(month), d.Code,
				service, channel, g.group(d.Code), recommend, wait, comment})
		}
	}
}

func (g *generator) serviceOf(dept string) any {
	var codes []string
	for _, s := range Services {
		if s.Department == dept {
			codes = append(codes, s.Code)
		}
	}
	if len(codes) == 0 || g.r.Float64() < 0.15 {
		return nil
	}
	return codes[g.r.IntN(len(codes))]
}

var cardSources = []string{"box", "tablet", "online"}

func (g *generator) cardsFor(month time.Time, m int, t *Table) {
	for _, d := range Departments {
		for i, n := 0, g.poisson(5); i < n; i++ {
			q := g.quality(d.Code, m, month)
			rating := int32(clamp(math.Round(1+4*q+g.r.NormFloat64()*1.1), 1, 5))
			kind := "other"
			var text any
			switch {
			case rating >= 4 && g.r.Float64() < 0.5:
				g.r.IntN(len(comments[true])) // drawn as before, so the rest of the demo stays the same
				kind, text = "praise", g.talk.positive(d.Code)
			case rating <= 2:
				g.r.IntN(len(comments[false]))
				kind, text = "complaint", g.talk.negative(d.Code, m, month)
			case g.r.Float64() < 0.2:
				kind, text = "proposal", g.talk.proposal()
			}
			t.Rows = append(t.Rows, []any{fmt.Sprintf("КОВ-%s-%05d", month.Format("2006"), len(t.Rows)+1), g.dayIn(month), d.Code,
				g.pick(map[string]float64{"box": 0.4, "tablet": 0.35, "online": 0.25}, cardSources), rating, kind, text})
		}
	}
}

// signalText is what the register says the signal was about (its own stream: comments.go).
func (g *generator) signalText(kind, dept string, m int, month time.Time) any {
	switch kind {
	case "praise":
		return g.talk.positive(dept)
	case "proposal":
		return g.talk.proposal()
	}
	return g.talk.negative(dept, m, month)
}

var signalKinds = []string{"signal", "complaint", "proposal", "praise"}
var signalChannels = []string{"counter", "email", "post", "phone", "portal"}

var signalActions = []string{
	"Проведен инструктаж на служителите за срокове и обслужване.",
	"Удължено работно време на гишето в пиковите месеци.",
	"Публикувани образци на документи на сайта на общината.",
	"Въведена система за поредни номера в ЦАО.",
}

func (g *generator) signalsFor(month time.Time, m int, t *Table) {
	end := FirstMonth.AddDate(0, Months, 0)
	for _, d := range Departments {
		q := g.quality(d.Code, m, month)
		w := map[string]float64{"signal": 0.8, "complaint": 0.3 + (1-q)*2.2, "proposal": 0.4, "praise": 0.15 + q*0.9}
		for i, n := 0, g.poisson(0.6+(1-q)*2.6); i < n; i++ {
			kind := g.pick(w, signalKinds)
			received := g.dayIn(month)
			anonymous := g.r.Float64() < 0.05
			deadline := 60
			var decided, notified, outcome, implemented, action any
			if anonymous && kind != "praise" {
				outcome = "not_processed" // АПК: anonymous signals are not processed
			} else {
				days := int(math.Max(1, math.Round(g.r.ExpFloat64()*(6+(1-q)*55))))
				dd := received.AddDate(0, 0, days)
				if dd.Before(end) {
					decided = dd
					nd := dd.AddDate(0, 0, 1+int(g.r.ExpFloat64()*(1+(1-q)*6)))
					if nd.Before(end) {
						notified = nd
					}
					switch kind {
					case "complaint", "signal":
						outcome = g.pick(map[string]float64{"upheld": 0.35, "partly_upheld": 0.2, "rejected": 0.45}, []string{"upheld", "partly_upheld", "rejected"})
						if outcome != "rejected" && g.r.Float64() < 0.5 {
							action = signalActions[g.r.IntN(len(signalActions))]
						}
					case "proposal":
						impl := g.r.Float64() < 0.25+q*0.3
						implemented, outcome = impl, "accepted"
						if !impl {
							outcome = "rejected"
						}
					case "praise":
						outcome = "acknowledged"
					}
				}
			}
			t.Rows = append(t.Rows, []any{fmt.Sprintf("СПЖП-%s-%04d", month.Format("2006"), len(t.Rows)+1), received, kind,
				g.pick(map[string]float64{"counter": 0.35, "email": 0.3, "post": 0.1, "phone": 0.1, "portal": 0.15}, signalChannels),
				d.Code, g.serviceOf(d.Code), g.group(d.Code), anonymous, int32(deadline), decided, notified, outcome, implemented, action,
				g.signalText(kind, d.Code, m, month)})
		}
	}
}

func (g *generator) mysteryFor(month time.Time, m int, visits, items *Table) {
	for _, d := range Departments {
		q := g.quality(d.Code, m, month)
		id := fmt.Sprintf("ТК-%s-%03d", month.Format("2006-01"), len(visits.Rows)+1)
		visits.Rows = append(visits.Rows, []any{id, g.dayIn(month), d.Code, "counter", g.serviceOf(d.Code)})
		for _, c := range mysteryCriteria {
			passed := g.r.Float64() < 0.35+q*0.6
			points := 0.0
			if passed {
				points = 2
			} else if g.r.Float64() < 0.4 {
				points = 1
			}
			items.Rows = append(items.Rows, []any{id, c.code, c.standard, points, 2.0, passed})
		}
	}
}

var consultationTopics = []struct{ title, dept string }{
	{"Проект на бюджет на Община Перущица", "FIN"},
	{"Наредба за определянето и администрирането на местните такси и цени на услуги", "MDT"},
	{"Изменение на общия устройствен план", "UT"},
	{"Годишен план за социалните услуги", "SD"},
	{"Програма за управление на общинската собственост", "OS"},
	{"Харта на клиента и стандарти за обслужване", "CAO"},
}

func (g *generator) consultationsFor(month time.Time, m int, t *Table) {
	if g.r.Float64() > 0.45 {
		return
	}
	topic := consultationTopics[g.r.IntN(len(consultationTopics))]
	start := g.dayIn(month)
	participants := 8 + g.r.IntN(40)
	ngo := g.r.IntN(participants/4 + 1)
	business := g.r.IntN(participants/3 + 1)
	submitted := g.r.IntN(12)
	accepted := 0
	if submitted > 0 {
		accepted = g.r.IntN(submitted + 1)
	}
	format := []string{"online", "meeting", "written", "focus_group"}[g.r.IntN(4)]
	t.Rows = append(t.Rows, []any{fmt.Sprintf("ОК-%s", month.Format("2006-01")), fmt.Sprintf("%s (%d)", topic.title, month.Year()),
		topic.dept, start, start.AddDate(0, 0, 30), format, int32(participants), int32(ngo), int32(business), int32(submitted), int32(accepted)})
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func nullInt(v int) any {
	if v == 0 {
		return nil
	}
	return int32(v)
}
