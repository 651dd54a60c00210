package methodology

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Issue "numbers an analyst can sign", item 6: a user indicator `ln(rating - rating)` made every
// indicator fail, blaming CARD_NEG (the first of the scan it shared). Now only it is skipped, by
// its own id and file, and the indicators of the same scan keep their values.
func TestABrokenUserIndicatorIsSkippedAlone(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(`
- id: CARD_LOG
  name: {bg: "Логаритъм", en: "Logarithm"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: 1
  measure: {kind: mean, value: "ln(rating - rating)"}
- id: CARD_INF
  name: {bg: "Деление на нула", en: "Division by zero"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: 1
  measure: {kind: mean, value: "rating / 0"}
`), 0o644)
	cat, problems := LoadCatalog(dir)
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	s := openFixture(t, "cards.sql")
	q := Query{Indicators: []string{"CARD_NEG", "CARD_LOG", "CARD_INF"}, Grain: Year, Today: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}
	vals, err := Compute(context.Background(), s.DB, cat, q)
	skipped, err := SplitSkipped(err)
	if err != nil {
		t.Fatalf("the request failed: %v", err)
	}
	if len(skipped) != 1 || skipped[0].ID != "CARD_LOG" || skipped[0].File != "x.yaml" || !skipped[0].User {
		t.Fatalf("skipped %+v", skipped)
	}
	if msg := skipped[0].String(); !strings.Contains(msg, "CARD_LOG (x.yaml)") || strings.Contains(msg, "CARD_NEG") {
		t.Fatalf("message %q", msg)
	}
	byID := map[string]int{}
	for _, v := range vals {
		byID[v.Indicator]++
		if v.Indicator == "CARD_INF" && v.Value != nil {
			t.Fatalf("rating / 0 gave %v", *v.Value)
		}
		if v.Indicator == "CARD_INF" && v.N > 0 && v.Note != "not_finite" {
			t.Fatalf("no reason for the missing value: %+v", v)
		}
	}
	if byID["CARD_NEG"] == 0 || byID["CARD_INF"] == 0 || byID["CARD_LOG"] != 0 {
		t.Fatalf("values per indicator %v", byID)
	}
}

func TestCatalogueNumbersMustBeFinite(t *testing.T) {
	for _, field := range []string{"target: .nan", "warning: .inf", "target: -.inf"} {
		_, errs := parseCatalogFile("n.yaml", []byte(`
- id: NAN_TARGET
  name: {bg: "x"}
  method: survey
  group: indirect
  source: v_survey_responses
  unit: share
  direction: higher
  `+field+`
  measure: {kind: share, numerator: "recommend_score >= 9"}
`))
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "finite") {
			t.Errorf("%s: %v", field, errs)
		}
	}
}

func TestDateBasisMustMatchTheDate(t *testing.T) {
	_, errs := parseCatalogFile("d.yaml", []byte(`
- id: WRONG_BASIS
  name: {bg: "x"}
  method: service_register
  group: indirect
  source: v_service_requests
  unit: share
  direction: higher
  date_basis: submitted
  measure: {kind: share, date: completed_date, numerator: "actual_days <= deadline_days"}
`))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "date_basis") {
		t.Fatalf("%v", errs)
	}
	list, errs := parseCatalogFile("d.yaml", []byte(`
- id: DERIVED_BASIS
  name: {bg: "x"}
  method: signals
  group: indirect
  source: v_signals
  unit: count
  direction: none
  measure: {kind: count, date: decided_date}
`))
	if len(errs) != 0 || list[0].DateBasis != "decided" {
		t.Fatalf("%v %+v", errs, list)
	}
}
