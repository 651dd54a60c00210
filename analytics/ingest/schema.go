// Package ingest turns the municipality's exports (CSV, XLSX, JSON) into records of the methodology's
// record kinds: mapping profiles, validation, quarantine, and atomic, idempotent loads. The files are
// read by analytics/ingest/read; drafts of profiles are analytics/ingest/suggest's.
package ingest

import "fmt"

// FieldType is what a target field holds once parsed.
type FieldType string

const (
	TText     FieldType = "text"     // free text: PII is masked
	TCode     FieldType = "code"     // short identifier or category
	TInt      FieldType = "int"      // whole number
	TFloat    FieldType = "float"    // decimal number (comma or point)
	TBool     FieldType = "bool"     // да/не, yes/no, true/false, 1/0
	TDate     FieldType = "date"     // calendar date
	TDateTime FieldType = "datetime" // date with optional time
)

// Field is one column of a record kind's table.
type Field struct {
	Name     string
	Type     FieldType
	Required bool
	Min, Max *float64 // inclusive range for numbers
}

// Kind is a record kind of the methodology and the table it loads into.
type Kind struct {
	Name   string // as written in profiles
	Table  string
	Key    string // the column that identifies a record
	Fields []Field
	// DateOrder lists (earlier, later) pairs that must not be reversed, e.g. received before decided.
	DateOrder [][2]string
	// Plausible are the dates that may not lie in the future.
	Plausible []string
	// defaults fill NOT NULL columns the export leaves empty (SQL literals).
	defaults map[string]string
	// notInTable are fields kept elsewhere (a mystery-shopper item's visit fields go to mystery_visits).
	notInTable map[string]bool
	// keyUnindexed: the table has no primary key (migration 0017): the import's own checks keep
	// its key unique, and merge verifies it before the import commits.
	keyUnindexed bool
}

func num(x float64) *float64 { return &x }

// MaxMysteryPoints is the most points a mystery-shopper item can score or be worth.
const MaxMysteryPoints = 1000

// hasCoverage tells whether the kind's records carry their own date (not departments, services).
func (k *Kind) hasCoverage() bool { return k.coverageDate() != "" }

// coverageDate is the record's own date: when it was submitted, received, answered, visited…
func (k *Kind) coverageDate() string {
	if k.Name == "departments" || k.Name == "services" || len(k.Plausible) == 0 {
		return ""
	}
	return k.Plausible[0]
}

// Kinds are the record kinds a profile can produce.
var Kinds = map[string]*Kind{
	"departments": {Name: "departments", Table: "departments", Key: "code", Fields: []Field{
		{Name: "code", Type: TCode, Required: true}, {Name: "name", Type: TCode, Required: true},
		{Name: "parent_code", Type: TCode}, {Name: "kind", Type: TCode},
	}, defaults: map[string]string{"kind": "'specialised'"}},
	"services": {Name: "services", Table: "services", Key: "code", Fields: []Field{
		{Name: "code", Type: TCode, Required: true}, {Name: "name", Type: TCode, Required: true},
		{Name: "service_group", Type: TCode}, {Name: "department_code", Type: TCode, Required: true},
		{Name: "deadline_ordinary_days", Type: TInt, Min: num(0), Max: num(3650)},
		{Name: "deadline_fast_days", Type: TInt, Min: num(0), Max: num(3650)},
		{Name: "deadline_express_days", Type: TInt, Min: num(0), Max: num(3650)},
		{Name: "electronic", Type: TBool},
	}, defaults: map[string]string{"electronic": "false"}},
	"service_requests": {Name: "service_requests", Table: "service_requests", Key: "id", Fields: []Field{
		{Name: "id", Type: TCode, Required: true}, {Name: "service_code", Type: TCode},
		{Name: "department_code", Type: TCode, Required: true}, {Name: "channel", Type: TCode},
		{Name: "respondent_group", Type: TCode}, {Name: "tier", Type: TCode},
		{Name: "submitted_at", Type: TDateTime, Required: true}, {Name: "due_date", Type: TDate},
		{Name: "completed_at", Type: TDateTime}, {Name: "cancelled_at", Type: TDateTime},
		{Name: "status", Type: TCode}, {Name: "waiting_minutes", Type: TFloat, Min: num(0), Max: num(24 * 60)},
	}, DateOrder: [][2]string{{"submitted_at", "completed_at"}, {"submitted_at", "cancelled_at"}, {"submitted_at", "due_date"}},
		Plausible: []string{"submitted_at", "completed_at", "cancelled_at"}, keyUnindexed: true},
	"survey_responses": {Name: "survey_responses", Table: "survey_responses", Key: "id", Fields: []Field{
		{Name: "id", Type: TCode, Required: true}, {Name: "survey_id", Type: TCode, Required: true},
		{Name: "response_date", Type: TDate, Required: true}, {Name: "department_code", Type: TCode, Required: true},
		{Name: "service_code", Type: TCode}, {Name: "channel", Type: TCode}, {Name: "respondent_group", Type: TCode},
		{Name: "recommend_score", Type: TInt, Min: num(0), Max: num(10)},
		{Name: "waiting_minutes", Type: TFloat, Min: num(0), Max: num(24 * 60)}, {Name: "comment", Type: TText},
	}, Plausible: []string{"response_date"}},
	"feedback_cards": {Name: "feedback_cards", Table: "feedback_cards", Key: "id", Fields: []Field{
		{Name: "id", Type: TCode, Required: true}, {Name: "card_date", Type: TDate, Required: true},
		{Name: "department_code", Type: TCode, Required: true}, {Name: "source", Type: TCode},
		{Name: "rating", Type: TInt, Min: num(1), Max: num(5)}, {Name: "kind", Type: TCode}, {Name: "text", Type: TText},
	}, Plausible: []string{"card_date"}},
	"signals": {Name: "signals", Table: "signals", Key: "id", Fields: []Field{
		{Name: "id", Type: TCode, Required: true}, {Name: "received_date", Type: TDate, Required: true},
		{Name: "kind", Type: TCode, Required: true}, {Name: "channel", Type: TCode},
		{Name: "department_code", Type: TCode, Required: true}, {Name: "service_code", Type: TCode},
		{Name: "respondent_group", Type: TCode}, {Name: "anonymous", Type: TBool},
		{Name: "deadline_days", Type: TInt, Min: num(1), Max: num(3650)},
		{Name: "decided_date", Type: TDate}, {Name: "notified_date", Type: TDate},
		{Name: "outcome", Type: TCode}, {Name: "implemented", Type: TBool}, {Name: "action", Type: TText}, {Name: "text", Type: TText},
	}, defaults: map[string]string{"deadline_days": "60", "anonymous": "false"},
		DateOrder: [][2]string{{"received_date", "decided_date"}, {"decided_date", "notified_date"}},
		Plausible: []string{"received_date", "decided_date", "notified_date"}},
	"mystery_items": {Name: "mystery_items", Table: "mystery_items", Key: "visit_id", Fields: []Field{
		{Name: "visit_id", Type: TCode, Required: true}, {Name: "visit_date", Type: TDate, Required: true},
		{Name: "department_code", Type: TCode, Required: true}, {Name: "channel", Type: TCode}, {Name: "service_code", Type: TCode},
		{Name: "criterion", Type: TCode, Required: true}, {Name: "standard", Type: TText},
		// A checklist item scores a few points; 1000 leaves room for any real scheme while a sum
		// of items can never overflow (1.7e308 points once made the year's MS_SCORE infinite).
		{Name: "points", Type: TFloat, Required: true, Min: num(0), Max: num(MaxMysteryPoints)},
		{Name: "max_points", Type: TFloat, Required: true, Min: num(0), Max: num(MaxMysteryPoints)},
		{Name: "passed", Type: TBool, Required: true},
	}, Plausible: []string{"visit_date"},
		notInTable: map[string]bool{"visit_date": true, "department_code": true, "channel": true, "service_code": true}},
	"consultations": {Name: "consultations", Table: "consultations", Key: "id", Fields: []Field{
		{Name: "id", Type: TCode, Required: true}, {Name: "title", Type: TText, Required: true},
		{Name: "department_code", Type: TCode, Required: true}, {Name: "start_date", Type: TDate, Required: true},
		{Name: "end_date", Type: TDate}, {Name: "format", Type: TCode},
		{Name: "participants", Type: TInt, Min: num(0)}, {Name: "ngo_participants", Type: TInt, Min: num(0)},
		{Name: "business_participants", Type: TInt, Min: num(0)}, {Name: "proposals_submitted", Type: TInt, Min: num(0)},
		{Name: "proposals_accepted", Type: TInt, Min: num(0)},
	}, defaults: map[string]string{"participants": "0", "ngo_participants": "0", "business_participants": "0",
		"proposals_submitted": "0", "proposals_accepted": "0"},
		DateOrder: [][2]string{{"start_date", "end_date"}}, Plausible: []string{"start_date"}},
}

// Field is the kind's field of that name.
func (k *Kind) Field(name string) (Field, bool) {
	for _, f := range k.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// HasDepartment: records of this kind belong to a department that must exist (or be created).
func (k *Kind) HasDepartment() bool {
	_, ok := k.Field("department_code")
	return ok && k.Name != "departments"
}

// sqlType is the staging column type of a field.
func (f Field) sqlType() string {
	switch f.Type {
	case TInt:
		return "BIGINT"
	case TFloat:
		return "DOUBLE"
	case TBool:
		return "BOOLEAN"
	case TDate:
		return "DATE"
	case TDateTime:
		return "TIMESTAMP"
	}
	return "VARCHAR"
}

// selectSQL is how a staged field is inserted: with its default where the column needs a value.
func (k *Kind) selectSQL(field string) string {
	if d, ok := k.defaults[field]; ok {
		return fmt.Sprintf("coalesce(%s, %s)", field, d)
	}
	return field
}

// tableFields are the fields stored in the kind's own table.
func (k *Kind) tableFields() []string {
	var out []string
	for _, f := range k.Fields {
		if !k.notInTable[f.Name] {
			out = append(out, f.Name)
		}
	}
	return out
}

// keySQL is the expression of a record's key over the kind's table.
func (k *Kind) keySQL(alias string) string {
	if k.Name == "mystery_items" {
		return fmt.Sprintf("(%[1]svisit_id || chr(31) || %[1]scriterion)", alias)
	}
	return alias + k.Key
}
