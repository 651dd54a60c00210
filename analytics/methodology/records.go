package methodology

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"otzvuk/analytics/compare"
)

// RecordKind is a kind of record the drill-down can list, with the columns it shows (a whitelist:
// only these names reach SQL).
type RecordKind struct {
	View    string
	Date    string
	Columns []string
	Search  []string // text columns the search box looks in
	Method  string   // the feedback method the records belong to (for the method filter)
	Filter  []string // the filter columns the records carry: channel, respondent_group
	Low     string   // fixed SQL: the low-rated records with something said (comments to read first)
	Texts   string   // the source name of the records' texts in theme_matches (analytics/voice); "" = none
}

// importCols name the import a record came from (the record panel says which file brought it in,
// and when); the demo's generator is the code "demo", said in words by the window.
const importCols = `CASE WHEN il.is_demo THEN 'demo' ELSE il.file_name END AS import_file, il.started_at::DATE AS imported`

// RecordKinds are the records behind the charts.
// Columns read first what people say (the comment, the text), then what and when, then the codes.
var RecordKinds = map[string]RecordKind{
	"survey": {View: `(SELECT r.id, r.response_date AS date, r.department_code, d.name AS department, coalesce(sv.name, r.service_code) AS service,
		r.channel, r.respondent_group, sr.rating AS overall,
		r.recommend_score, r.waiting_minutes, r.comment, ` + importCols + ` FROM survey_responses r
		LEFT JOIN survey_ratings sr ON sr.response_id = r.id AND sr.item = 'overall' -- (its key: one a response)
		LEFT JOIN departments d ON d.code = r.department_code
		LEFT JOIN services sv ON sv.code = r.service_code LEFT JOIN import_log il ON il.import_id = r.import_id)`,
		Date:    "date",
		Columns: []string{"date", "department", "overall", "comment", "service", "channel", "respondent_group", "recommend_score", "waiting_minutes", "id", "import_file", "imported"},
		Search:  []string{"id", "comment", "service"}, Method: "survey", Filter: []string{"channel", "respondent_group"},
		Low: "overall <= 2 AND coalesce(comment, '') <> ''", Texts: "survey"},
	"requests": {View: `(SELECT q.id, q.submitted_at::DATE AS date, q.department_code, d.name AS department, coalesce(sv.name, q.service_code) AS service,
		q.channel, q.respondent_group, q.tier, q.due_date, q.completed_at::DATE AS completed, q.status, q.waiting_minutes
		, ` + importCols + ` FROM service_requests q LEFT JOIN departments d ON d.code = q.department_code LEFT JOIN services sv ON sv.code = q.service_code
		LEFT JOIN import_log il ON il.import_id = q.import_id)`,
		Date:    "date",
		Columns: []string{"date", "department", "service", "status", "due_date", "completed", "tier", "channel", "respondent_group", "waiting_minutes", "id", "import_file", "imported"},
		Search:  []string{"id", "service", "status"}, Method: "service_register", Filter: []string{"channel", "respondent_group"}},
	"signals": {View: `(SELECT s.id, s.received_date AS date, s.department_code, d.name AS department, s.kind, s.text, s.channel, s.anonymous,
		s.deadline_days, s.decided_date, s.notified_date, s.outcome, s.action
		, ` + importCols + ` FROM signals s LEFT JOIN departments d ON d.code = s.department_code LEFT JOIN import_log il ON il.import_id = s.import_id)`,
		Date:    "date",
		Columns: []string{"date", "department", "kind", "text", "outcome", "action", "decided_date", "notified_date", "deadline_days", "channel", "anonymous", "id", "import_file", "imported"},
		Search:  []string{"id", "text", "action", "kind"}, Method: "signals", Filter: []string{"channel"},
		Low: "kind IN ('complaint', 'signal') AND (coalesce(text, '') <> '' OR coalesce(action, '') <> '')", Texts: "signal"},
	"cards": {View: `(SELECT c.id, c.card_date AS date, c.department_code, d.name AS department, c.source, c.rating, c.kind, c.text
		, ` + importCols + ` FROM feedback_cards c LEFT JOIN departments d ON d.code = c.department_code LEFT JOIN import_log il ON il.import_id = c.import_id)`,
		Date:    "date",
		Columns: []string{"date", "department", "rating", "text", "kind", "source", "id", "import_file", "imported"},
		Search:  []string{"id", "text", "kind"}, Method: "feedback_card",
		Low: "rating <= 2 AND coalesce(text, '') <> ''", Texts: "card"},
}

// RecordsQuery asks for one page of records; every field is checked against the whitelist.
type RecordsQuery struct {
	Kind       string
	Department string    // code; empty = all
	Period     string    // 2025-03, 2025-Q1 or 2025; empty = all
	Search     string    // words looked for in the kind's text columns (a parameter, never SQL)
	From, To   time.Time // the window's date range (inclusive); zero = open
	Channels   []string  // the window's filters, as for the indicators: a record without
	Groups     []string  // the filtered field (a card has no channel) does not match
	Methods    []string
	LowRated   bool   // only low-rated records with a comment or text (the kind's Low)
	Theme      string // only records whose text mentions this theme (stored in theme_matches)
	// Indicator: only the records the indicator's value rests on (records_behind.go) — its filter,
	// its date basis for Period, From and To. Nil: every record of the kind, by the record's date.
	Indicator *Indicator
	Sort      string // one of the kind's columns; default date
	Desc      bool
	Offset    int
	Limit     int
}

func behindOf(q RecordsQuery, start, next time.Time) (string, []any, bool) {
	if q.Indicator == nil {
		return "", nil, false
	}
	return behind(q.Indicator, q.Kind, start, next, q.From, q.To)
}

// RecordsPage is one page of records as text cells.
type RecordsPage struct {
	Columns []string   `json:"columns"`
	Rows    [][]string `json:"rows"`
	Total   int        `json:"total"`
	// Indicator: the indicator whose value the records are behind, when the drill narrowed them to it.
	Indicator string `json:"indicator,omitempty"`
}

// Records lists the records behind a chart point: a kind, a department, a period, sorted and paged.
func Records(ctx context.Context, db *sql.DB, q RecordsQuery) (*RecordsPage, error) {
	k, ok := RecordKinds[q.Kind]
	if !ok {
		return nil, fmt.Errorf("unknown record kind %q", q.Kind)
	}
	sortCol := "date"
	for _, c := range k.Columns {
		if c == q.Sort {
			sortCol = c
		}
	}
	if q.Limit <= 0 || q.Limit > 500 {
		q.Limit = 50
	}
	where := []string{"true"}
	var args []any
	if q.Department != "" {
		where = append(where, "department_code = ?")
		args = append(args, q.Department)
	}
	var start, next time.Time
	if q.Period != "" {
		var err error
		if start, next, err = compare.PeriodBounds(q.Period); err != nil {
			return nil, err
		}
	}
	behindInd := ""
	if cond, condArgs, ok := behindOf(q, start, next); ok {
		behindInd = q.Indicator.ID
		where = append(where, cond)
		args = append(args, condArgs...)
	} else {
		if q.Period != "" {
			where = append(where, "date >= ?::DATE AND date < ?::DATE")
			args = append(args, start.Format(time.DateOnly), next.Format(time.DateOnly))
		}
		if !q.From.IsZero() {
			where = append(where, "date >= ?::DATE")
			args = append(args, q.From.Format(time.DateOnly))
		}
		if !q.To.IsZero() {
			where = append(where, "date <= ?::DATE")
			args = append(args, q.To.Format(time.DateOnly))
		}
	}
	if err := CheckFilter(ByMethod, q.Methods); err != nil {
		return nil, err
	}
	for col, values := range map[string][]string{"channel": q.Channels, "respondent_group": q.Groups} {
		if err := CheckFilter(Dimension(col), values); err != nil {
			return nil, err
		}
		if len(values) == 0 {
			continue
		}
		if !slices.Contains(k.Filter, col) {
			where = append(where, "false")
			continue
		}
		where = append(where, col+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")+")")
		for _, v := range values {
			args = append(args, v)
		}
	}
	if len(q.Methods) > 0 && !slices.Contains(q.Methods, k.Method) {
		where = append(where, "false")
	}
	if q.LowRated {
		if k.Low == "" {
			where = append(where, "false")
		} else {
			where = append(where, "("+k.Low+")")
		}
	}
	if q.Theme != "" {
		if k.Texts == "" {
			where = append(where, "false")
		} else {
			where = append(where, "id IN (SELECT record_id FROM theme_matches WHERE source = ? AND theme_id = ?)")
			args = append(args, k.Texts, q.Theme)
		}
	}
	if s := strings.TrimSpace(q.Search); s != "" {
		var ors []string
		for _, c := range k.Search {
			ors = append(ors, "CAST("+c+" AS VARCHAR) ILIKE ?")
			args = append(args, "%"+s+"%")
		}
		where = append(where, "("+strings.Join(ors, " OR ")+")")
	}
	cond := strings.Join(where, " AND ")
	page := &RecordsPage{Columns: k.Columns, Indicator: behindInd}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+k.View+" WHERE "+cond, args...).Scan(&page.Total); err != nil {
		return nil, err
	}
	dir := "ASC"
	if q.Desc {
		dir = "DESC"
	}
	cols := make([]string, len(k.Columns))
	for i, c := range k.Columns {
		cols[i] = "CAST(" + c + " AS VARCHAR)"
	}
	rows, err := db.QueryContext(ctx, fmt.Sprintf("SELECT %s FROM %s WHERE %s ORDER BY %s %s NULLS LAST, id LIMIT %d OFFSET %d",
		strings.Join(cols, ", "), k.View, cond, sortCol, dir, q.Limit, max(q.Offset, 0)), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		cells := make([]sql.NullString, len(cols))
		dest := make([]any, len(cols))
		for i := range cells {
			dest[i] = &cells[i]
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		row := make([]string, len(cols))
		for i, c := range cells {
			row[i] = c.String
		}
		page.Rows = append(page.Rows, row)
	}
	return page, rows.Err()
}
