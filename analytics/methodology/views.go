package methodology

// recordViews lists the columns of each record view (store migration 0003) that catalogue SQL may use.
// Dimension columns are common to all; date columns may be named in measure.date.
var recordViews = map[string]viewColumns{
	"v_survey_ratings":   {cols: []string{"response_id", "item", "rating", "scale_min", "scale_max"}},
	"v_survey_responses": {cols: []string{"id", "survey_id", "recommend_score", "waiting_minutes"}},
	"v_feedback_cards":   {cols: []string{"id", "rating", "kind", "source"}},
	"v_signals": {cols: []string{"id", "kind", "anonymous", "deadline_days", "outcome", "implemented"},
		dates: []string{"received_date", "decided_date", "notified_date"}},
	"v_service_requests": {cols: []string{"id", "tier", "status", "waiting_minutes", "deadline_days", "actual_days"},
		dates: []string{"submitted_date", "due_date", "completed_date", "cancelled_date"}},
	"v_mystery_items":   {cols: []string{"visit_id", "criterion", "points", "max_points", "passed"}},
	"v_consultations":   {cols: []string{"id", "format", "participants", "ngo_participants", "business_participants", "proposals_submitted", "proposals_accepted"}},
	"v_feedback_items":  {},
	"v_method_activity": {},
}

type viewColumns struct {
	cols, dates []string
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
