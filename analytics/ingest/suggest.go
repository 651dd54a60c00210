package ingest

import (
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// synonyms: header words (Bulgarian and English) that suggest a target field.
var synonyms = map[string][]string{
	"id":               {"id", "№", "номер", "вх. №", "вх.№", "входящ номер", "рег. №", "requestid", "request id", "reference"},
	"department_code":  {"отдел", "дирекция", "звено", "department", "dept", "submitto", "division", "кметство"},
	"service_code":     {"услуга", "код на услуга", "ииsda", "иисда", "service", "problemcode"},
	"channel":          {"канал", "начин на подаване", "channel", "method", "callertype", "source"},
	"respondent_group": {"група", "потребител", "вид потребител", "group", "respondent", "applicant type"},
	"submitted_at":     {"дата на подаване", "подадено", "дата", "date", "submitted", "datetimeinit", "received"},
	"received_date":    {"дата на постъпване", "постъпил", "получен", "дата", "received", "date"},
	"response_date":    {"дата", "дата на попълване", "date", "response date"},
	"card_date":        {"дата", "date"},
	"due_date":         {"срок", "краен срок", "due", "deadline", "prjcompletedate"},
	"completed_at":     {"изпълнено", "дата на изпълнение", "приключено", "completed", "closed", "datetimeclosed"},
	"cancelled_at":     {"анулирано", "отказано", "cancelled", "datecancelled"},
	"decided_date":     {"дата на решение", "решено", "decided", "decision date"},
	"notified_date":    {"дата на уведомяване", "уведомен", "notified"},
	"status":           {"статус", "състояние", "status"},
	"kind":             {"вид", "тип", "kind", "type"},
	"rating":           {"оценка", "rating", "score"},
	"comment":          {"коментар", "забележка", "comment", "remarks"},
	"text":             {"текст", "коментар", "text", "comment"},
	"waiting_minutes":  {"чакане", "време за чакане", "минути", "waiting", "wait"},
	"survey_id":        {"анкета", "survey"},
	"recommend_score":  {"препоръка", "бихте ли препоръчали", "recommend", "nps"},
	"anonymous":        {"анонимен", "anonymous"},
	"outcome":          {"резултат", "основателност", "outcome", "result"},
	"action":           {"предприети действия", "действия", "action"},
	"title":            {"заглавие", "наименование", "title"},
	"start_date":       {"начало", "от дата", "start"},
	"end_date":         {"край", "до дата", "end"},
	"participants":     {"участници", "participants"},
	"name":             {"име", "наименование", "name"},
	"code":             {"код", "code"},
}

// Suggest reads an export's header and first rows and proposes a profile: the record kind whose
// fields its columns match best, each field's column, and, for wide surveys, the item columns.
func Suggest(path string, o ReadOptions) (*Profile, string, error) {
	src, err := Open(path, o)
	if err != nil {
		return nil, "", err
	}
	defer src.Close()
	header := src.Header()
	var sample [][]string
	for i := 0; i < 200; i++ {
		cells, _, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", err
		}
		sample = append(sample, cells)
	}
	ratingCols := likertColumns(header, sample)
	bestKind, bestScore := "", -1
	var bestFields map[string]*FieldMap
	for _, name := range []string{"survey_responses", "service_requests", "signals", "feedback_cards", "mystery_items", "consultations", "services", "departments"} {
		k := Kinds[name]
		fields := map[string]*FieldMap{}
		used := map[int]bool{}
		score := 0
		for _, f := range k.Fields {
			if i := matchColumn(header, synonyms[f.Name], used); i >= 0 {
				fields[f.Name] = &FieldMap{Column: header[i]}
				used[i] = true
				score += 2
				if f.Required {
					score++
				}
			}
		}
		if name == "survey_responses" && len(ratingCols) >= 3 {
			score += 6
		}
		if score > bestScore {
			bestKind, bestScore, bestFields = name, score, fields
		}
	}
	p := &Profile{Name: "Предложение за " + filepath.Base(path), RecordKind: bestKind, Fields: bestFields,
		SourceYAML:     sourceYAML{Format: src.Info().Format, Encoding: src.Info().Encoding, Delimiter: src.Info().Delimiter, HeaderRow: src.Info().HeaderRow, Sheet: src.Info().Sheet},
		NewDepartments: "reject"}
	if bestKind == "survey_responses" && len(ratingCols) > 0 {
		p.Items = &ItemsMap{Columns: ratingCols, Missing: []string{"9", "99", "NA"}}
		p.Items.Scale.Min, p.Items.Scale.Max = 1, 5
	}
	for _, f := range Kinds[bestKind].Fields {
		if f.Required && p.Fields[f.Name] == nil {
			p.Fields[f.Name] = &FieldMap{Column: "??? " + f.Name}
		}
	}
	out, err := yaml.Marshal(p)
	if err != nil {
		return nil, "", err
	}
	text := "# Предложен профил — проверете колоните, отбелязани с ???\n# Suggested profile — check the columns marked ???\n" + string(out)
	return p, text, nil
}

func matchColumn(header []string, words []string, used map[int]bool) int {
	for _, w := range words {
		for i, h := range header {
			if !used[i] && strings.EqualFold(strings.TrimSpace(h), w) {
				return i
			}
		}
	}
	for _, w := range words {
		if len([]rune(w)) < 4 {
			continue
		}
		for i, h := range header {
			if !used[i] && strings.Contains(strings.ToLower(h), w) {
				return i
			}
		}
	}
	return -1
}

var smallInt = regexp.MustCompile(`^\s*[1-9]\s*$`)

// likertColumns: columns whose values are all 1–5 (or the usual "don't know" codes).
func likertColumns(header []string, sample [][]string) []string {
	var out []string
	for i, h := range header {
		n, ok := 0, true
		for _, row := range sample {
			if i >= len(row) {
				continue
			}
			v := strings.TrimSpace(row[i])
			switch {
			case v == "" || v == "NA" || v == "9" || v == "99":
			case smallInt.MatchString(v) && v <= "5":
				n++
			default:
				ok = false
			}
		}
		if ok && n >= len(sample)/3 && n > 0 {
			out = append(out, h)
		}
	}
	return out
}

// MarshalYAML writes a profile the way people write them: only what is set.
func (p *Profile) MarshalYAML() (any, error) {
	type fieldOut struct {
		Column string `yaml:"column,omitempty"`
	}
	m := map[string]any{"name": p.Name, "record_kind": p.RecordKind, "new_departments": p.NewDepartments}
	src := map[string]any{"format": p.SourceYAML.Format}
	if p.SourceYAML.Encoding != "" {
		src["encoding"] = p.SourceYAML.Encoding
	}
	if p.SourceYAML.Delimiter != "" {
		src["delimiter"] = p.SourceYAML.Delimiter
	}
	if p.SourceYAML.HeaderRow > 1 {
		src["header_row"] = p.SourceYAML.HeaderRow
	}
	if p.SourceYAML.Sheet != "" {
		src["sheet"] = p.SourceYAML.Sheet
	}
	m["source"] = src
	fields := map[string]fieldOut{}
	for k, v := range p.Fields {
		fields[k] = fieldOut{Column: v.Column}
	}
	m["fields"] = fields
	if p.Items != nil {
		m["items"] = map[string]any{"columns": p.Items.Columns, "scale": map[string]float64{"min": p.Items.Scale.Min, "max": p.Items.Scale.Max}, "missing": p.Items.Missing}
	}
	return m, nil
}
