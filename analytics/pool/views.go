// Package pool carries one municipality's record views out as a Parquet package and brings many
// packages together in one pooled database, where every indicator is computed from the pooled
// records with the municipality as a dimension. The same catalogue runs on ClickHouse over the
// packages through the translation in analytics/pool/clickhouse.
package pool

// RecordView is a record view exported in a package, with the columns it carries: PII-free by
// construction (a whitelist). Identifiers, comments, texts and names never leave the database;
// what the catalogue reads (values, dates, codes) does.
type RecordView struct {
	Name    string
	Kind    string // the record kind whose coverage the view's records follow (data_coverage)
	Date    string // the kind's own date column, which partitions the package by year
	Columns []string
}

// dimensionColumns are what every record view has (the catalogue's breakdowns).
var dimensionColumns = []string{"date", "department_code", "service_code", "channel", "respondent_group", "method"}

// RecordViews are the record views of the catalogue; unions of them (v_feedback_items,
// v_method_activity) are rebuilt in the pooled database from these.
var RecordViews = []RecordView{
	{"v_survey_ratings", "survey_responses", "date", []string{"item", "rating", "scale_min", "scale_max"}},
	{"v_survey_responses", "survey_responses", "date", []string{"survey_id", "recommend_score", "waiting_minutes"}},
	{"v_feedback_cards", "feedback_cards", "date", []string{"rating", "kind", "source"}},
	{"v_signals", "signals", "received_date", []string{"kind", "anonymous", "deadline_days", "outcome", "implemented",
		"received_date", "decided_date", "notified_date"}},
	{"v_service_requests", "service_requests", "submitted_date", []string{"tier", "status", "waiting_minutes", "submitted_date",
		"due_date", "completed_date", "cancelled_date", "deadline_days", "actual_days"}},
	{"v_mystery_items", "mystery_items", "date", []string{"criterion", "points", "max_points", "passed"}},
	{"v_consultations", "consultations", "date", []string{"format", "participants", "ngo_participants", "business_participants",
		"proposals_submitted", "proposals_accepted"}},
}

// columns are the view's exported columns: its own, then the dimensions.
func (v RecordView) columns() []string {
	return append(append([]string{}, v.Columns...), dimensionColumns...)
}

// ViewByName finds a record view.
func ViewByName(name string) (RecordView, bool) {
	for _, v := range RecordViews {
		if v.Name == name {
			return v, true
		}
	}
	return RecordView{}, false
}

// UnionViews are the views over other record views, as in migration 0003, with the municipality
// carried through. Catalogue indicators may read them; they are rebuilt from the pooled records
// (and, for ClickHouse, expanded over the packages by analytics/pool/clickhouse).
var UnionViews = []struct{ Name, SQL string }{
	{"v_feedback_items", `SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_survey_responses
UNION ALL SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_feedback_cards
UNION ALL SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_signals`},
	{"v_method_activity", `SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_survey_responses
UNION ALL SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_feedback_cards
UNION ALL SELECT municipality, date, department_code, service_code, channel, respondent_group,
       CASE WHEN channel = 'media' THEN 'media' ELSE 'signals' END AS method FROM v_signals
UNION ALL SELECT DISTINCT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_mystery_items
UNION ALL SELECT municipality, date, department_code, service_code, channel, respondent_group, method FROM v_consultations`},
}
