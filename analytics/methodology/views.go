package methodology

// recordViews lists the columns of each record view (store migrations 0003, 0007) that catalogue
// SQL may use. Dimension columns are common to all; date columns may be named in measure.date.
// basis names what each date means (an indicator's date_basis); kinds are the record kinds
// whose data the view reads (their coverage decides which periods are complete).
var recordViews = map[string]viewColumns{
	"v_survey_ratings": {cols: []string{"response_id", "item", "rating", "scale_min", "scale_max"},
		basis: map[string]string{"date": "response"}, kinds: []string{"survey_responses"}},
	"v_survey_responses": {cols: []string{"id", "survey_id", "recommend_score", "waiting_minutes"},
		basis: map[string]string{"date": "response"}, kinds: []string{"survey_responses"}},
	"v_feedback_cards": {cols: []string{"id", "rating", "kind", "source"},
		basis: map[string]string{"date": "card"}, kinds: []string{"feedback_cards"}},
	"v_signals": {cols: []string{"id", "kind", "anonymous", "deadline_days", "outcome", "implemented"},
		dates: []string{"received_date", "decided_date", "notified_date"},
		basis: map[string]string{"date": "received", "received_date": "received", "decided_date": "decided", "notified_date": "notified"},
		kinds: []string{"signals"}},
	"v_service_requests": {cols: []string{"id", "tier", "status", "waiting_minutes", "deadline_days", "actual_days"},
		dates: []string{"submitted_date", "due_date", "completed_date", "cancelled_date"},
		basis: map[string]string{"date": "submitted", "submitted_date": "submitted", "due_date": "due", "completed_date": "completed", "cancelled_date": "cancelled"},
		kinds: []string{"service_requests"}},
	"v_mystery_items": {cols: []string{"visit_id", "criterion", "points", "max_points", "passed"},
		basis: map[string]string{"date": "visit"}, kinds: []string{"mystery_items"}},
	"v_consultations": {cols: []string{"id", "format", "participants", "ngo_participants", "business_participants", "proposals_submitted", "proposals_accepted"},
		basis: map[string]string{"date": "start"}, kinds: []string{"consultations"}},
	// Comments and texts with the themes found in them (analytics/voice keeps theme_matches).
	"v_comments": {cols: []string{"id", "source", "rating", "kind", "tone", "themes"},
		basis: map[string]string{"date": "received"}, kinds: []string{"survey_responses", "feedback_cards", "signals"}},
	"v_feedback_items":  {basis: map[string]string{"date": "received"}, kinds: []string{"survey_responses", "feedback_cards", "signals"}},
	"v_method_activity": {basis: map[string]string{"date": "received"}, kinds: []string{"survey_responses", "feedback_cards", "signals", "mystery_items", "consultations"}},
}

// DateBases are the meanings a date_basis may name.
var DateBases = []string{"submitted", "completed", "due", "cancelled", "received", "decided", "notified", "response", "card", "visit", "start"}

type viewColumns struct {
	cols, dates []string
	basis       map[string]string
	kinds       []string
}

var dimensionColumns = []string{"date", "department_code", "service_code", "channel", "respondent_group", "method"}

// columns is every column of the view an expression may name.
func (v viewColumns) columns() map[string]bool {
	out := map[string]bool{}
	for _, group := range [][]string{v.cols, v.dates, dimensionColumns} {
		for _, c := range group {
			out[c] = true
		}
	}
	return out
}

func (v viewColumns) isDate(col string) bool {
	if col == "date" {
		return true
	}
	for _, d := range v.dates {
		if d == col {
			return true
		}
	}
	return false
}

// ViewColumns lists a record view's columns (for the documentation and the catalogue tab).
func ViewColumns(view string) (cols, dates []string, ok bool) {
	v, ok := recordViews[view]
	return append(append([]string{}, v.cols...), dimensionColumns...), append([]string{}, v.dates...), ok
}
