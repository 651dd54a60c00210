package methodology

import "testing"

func TestCheckExprAllowsCatalogueSQL(t *testing.T) {
	cols := recordViews["v_signals"].columns()
	for _, e := range []string{
		"decided_date - received_date <= deadline_days",
		"kind IN ('complaint', 'signal')",
		"coalesce(outcome, '') <> 'not_processed'",
		"CASE WHEN kind = 'praise' THEN 1 ELSE 0 END",
		"outcome = 'it''s'",
		"deadline_days * 1.5 >= 10",
	} {
		if err := checkExpr(e, cols); err != nil {
			t.Errorf("%q rejected: %v", e, err)
		}
	}
}

func TestCheckExprRejectsEscapes(t *testing.T) {
	cols := recordViews["v_signals"].columns()
	for _, e := range []string{
		"1; DROP TABLE signals",
		"(SELECT count(*) FROM survey_responses)",
		"kind = 'x' -- comment",
		"kind /* c */ = 'x'",
		`"kind" = 'x'`,
		"read_csv('/etc/passwd') IS NOT NULL",
		"signals.kind = 'x'",
		"kind = 'unterminated",
		"(kind = 'x'",
		"kind = 'x')",
		"comment = 'x'",
		"ЕГН = 1",
	} {
		if err := checkExpr(e, cols); err == nil {
			t.Errorf("%q accepted", e)
		}
	}
}
