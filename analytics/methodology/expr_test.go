package methodology

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

var allowedExprs = []string{
	"decided_date - received_date <= deadline_days",
	"kind IN ('complaint', 'signal')",
	"coalesce(outcome, '') <> 'not_processed'",
	"CASE WHEN kind = 'praise' THEN 1 ELSE 0 END",
	"outcome = 'it''s'",
	"deadline_days * 1.5 >= 10",
}

func TestCheckExprAllowsCatalogueSQL(t *testing.T) {
	cols := recordViews["v_signals"].columns()
	for _, e := range allowedExprs {
		if err := checkExpr(e, cols); err != nil {
			t.Errorf("%q rejected: %v", e, err)
		}
	}
}

var escapeExprs = []string{
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
	"length(format\t('{}', id))",
	"length(format\r('{}', id))",
	"length(format\n('{}', id))",
	"length(format\r\n\t ('{}', id))",
	"kind AS x",
	"item''",
	"kind''",
	"kind, id",
	"kind IN (SELECT kind FROM signals)",
	"count(*) OVER ()",
	"deadline_days::VARCHAR || kind",
	"kind = " + strings.Repeat("'x' || ", 1000) + "'x'",
	strings.Repeat("(", 40) + "1" + strings.Repeat(")", 40),
}

func TestCheckExprRejectsEscapes(t *testing.T) {
	cols := recordViews["v_signals"].columns()
	for _, e := range escapeExprs {
		if err := checkExpr(e, cols); err == nil {
			t.Errorf("%q accepted", e)
		}
	}
}

// A catalogue's expressions are parsed in one query and kept (parseTrees): each tree is the one
// its own query gives, and every verdict is the same as with a parse of its own.
func TestExpressionsParsedTogetherAsEachAlone(t *testing.T) {
	forget := func() {
		parsedTrees.Range(func(k, _ any) bool { parsedTrees.Delete(k); return true })
		parsedCount.Store(0)
	}
	defer forget()
	cols := recordViews["v_signals"].columns()
	all := append(append([]string{}, allowedExprs...), escapeExprs...)
	alone := map[string]string{}
	verdict := map[string]string{}
	for _, e := range all {
		forget()
		verdict[e] = fmt.Sprint(checkExpr(e, cols))
		forget()
		parseTree(e) // its own query (the token filter above may have refused it before any parse)
		if text, ok := parsedTrees.Load(e); ok {
			alone[e] = text.(string)
		}
	}
	forget()
	parseTrees(all)
	if parsedCount.Load() == 0 {
		t.Fatal("the expressions parsed together were not kept")
	}
	for _, e := range all {
		text, ok := parsedTrees.Load(e)
		if len(e) > MaxExprBytes { // refused by its length before any parse: not parsed together
			ok, text = alone[e] != "", alone[e]
		}
		if ok != (alone[e] != "") || (ok && text.(string) != alone[e]) {
			t.Errorf("%q: tree together %v, alone %q", e, text, alone[e])
		}
		if got := fmt.Sprint(checkExpr(e, cols)); got != verdict[e] {
			t.Errorf("%q: verdict together %s, alone %s", e, got, verdict[e])
		}
	}
}

// The cast above is allowed; what matters is that the parse tree, not the spacing, decides.
func TestCheckExprUsesTheParseTree(t *testing.T) {
	cols := recordViews["v_signals"].columns()
	if err := checkExpr("CAST(deadline_days AS DOUBLE) / 2", cols); err != nil {
		t.Fatalf("cast rejected: %v", err)
	}
	err := checkExpr("length(format\t('{}', id))", cols)
	if err == nil || !strings.Contains(err.Error(), "format") || !strings.Contains(err.Error(), "функцията") {
		t.Fatalf("format() through a tab: %v", err)
	}
	if err := checkExpr(strings.Repeat("1 + ", 2000)+"1", cols); err == nil || !strings.Contains(err.Error(), "4096") {
		t.Fatalf("a 8 KB expression: %v", err)
	}
}

// A 1 MB filter of 60,000 OR terms is refused at once (it made an indicator run for minutes).
func TestHugeFiltersAreRefusedAtOnce(t *testing.T) {
	terms := make([]string, 60000)
	for i := range terms {
		terms[i] = "kind = 'k" + strings.Repeat("x", 5) + "'"
	}
	huge := strings.Join(terms, " OR ")
	t0 := time.Now()
	err := checkExpr(huge, recordViews["v_signals"].columns())
	if err == nil || !strings.Contains(err.Error(), "4096") || time.Since(t0) > 100*time.Millisecond {
		t.Fatalf("%v after %v", err, time.Since(t0))
	}
	codes := make([]string, 60000)
	for i := range codes {
		codes[i] = "c"
	}
	q := Query{Indicators: []string{"SAT_IDX"}, Filters: map[Dimension][]string{ByChannel: codes}}
	_, err = Compute(context.Background(), nil, nil, q)
	var fe *FilterError
	if !errors.As(err, &fe) || fe.Dimension != ByChannel || !strings.Contains(err.Error(), "60000") {
		t.Fatalf("%v", err)
	}
	if err := CheckFilter(ByGroup, []string{strings.Repeat("x", 300)}); err == nil {
		t.Fatal("a 300-byte code passed")
	}
}
