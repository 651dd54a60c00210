package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
)

// One year of data only (as with one year of a city's register imported): the overview compares
// the last whole quarter with the same quarter a year earlier, which has no data at all. That is
// "nothing to compare", never "no significant changes"; the same for the complaints' themes and
// the report's summary.
func TestNothingToCompareIsSaid(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "one-year.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Write(ctx, s, demo.GenerateWith(7, demo.Options{Stationary: true}), nil); err != nil {
		t.Fatal(err)
	}
	// Keep only January – October 2026, and say so in the stated coverage.
	for _, q := range []string{
		"DELETE FROM service_requests WHERE submitted_at < DATE '2026-01-01'",
		"DELETE FROM survey_ratings WHERE response_id IN (SELECT id FROM survey_responses WHERE response_date < DATE '2026-01-01')",
		"DELETE FROM survey_responses WHERE response_date < DATE '2026-01-01'",
		"DELETE FROM feedback_cards WHERE card_date < DATE '2026-01-01'",
		"DELETE FROM signals WHERE received_date < DATE '2026-01-01'",
		"DELETE FROM mystery_items WHERE visit_id IN (SELECT id FROM mystery_visits WHERE visit_date < DATE '2026-01-01')",
		"DELETE FROM mystery_visits WHERE visit_date < DATE '2026-01-01'",
		"DELETE FROM consultations WHERE start_date < DATE '2026-01-01'",
		"UPDATE data_coverage SET date_from = DATE '2026-01-01'",
	} {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	st := NewState(s, cat, "test")
	res := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
	if !res.OK {
		t.Fatalf("%+v", res.Problem)
	}
	if res.Period != "2026-Q3" || res.ComparedTo != "2025-Q3" {
		t.Fatalf("period %s against %s", res.Period, res.ComparedTo)
	}
	if res.ComparedHasData || res.Tests != 0 || len(res.Worse)+len(res.Better) != 0 {
		t.Errorf("nothing to compare with 2025-Q3, yet comparedHasData %v, %d tests, %d changes", res.ComparedHasData, res.Tests, len(res.Worse)+len(res.Better))
	}
	if !res.ThemesHaveData || res.ThemesComparedHasData {
		t.Errorf("complaints in 2026-Q3 %v (want true), in 2025-Q3 %v (want false)", res.ThemesHaveData, res.ThemesComparedHasData)
	}
	for _, lang := range []string{"bg", "en"} {
		r, err := report.Build(ctx, s.DB, cat, report.Options{Year: 2026, Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"bg": "Няма данни за 2025\u00a0г.", "en": "No data for 2025"}[lang]
		if r.FDR.PrevHasData || !strings.Contains(r.NoChange(), want) || r.FDRNote() != "" {
			t.Errorf("%s report: prev has data %v, says %q and %q", lang, r.FDR.PrevHasData, r.NoChange(), r.FDRNote())
		}
	}
}
