package methodology

import "testing"

// An anchor on one catalogue item and a merge key in the next work as in any YAML file.
func TestAnchorsAcrossCatalogueItems(t *testing.T) {
	list, errs := parseCatalogFile("a.yaml", []byte(`
- &base
  id: SHARE_A
  name: {bg: "Дял А"}
  method: survey
  group: indirect
  source: v_survey_responses
  unit: share
  direction: higher
  measure: &m {kind: share, numerator: "recommend_score >= 9"}
- <<: *base
  id: SHARE_B
  name: {bg: "Дял Б"}
- id: SHARE_C
  name: {bg: "Дял В"}
  method: survey
  group: indirect
  source: v_survey_responses
  unit: share
  direction: higher
  measure: *m
`))
	if len(errs) != 0 || len(list) != 3 {
		t.Fatalf("%d indicators, %v", len(list), errs)
	}
	if b := list[1]; b.ID != "SHARE_B" || b.Name.BG != "Дял Б" || b.Source != "v_survey_responses" || b.Measure.Numerator != "recommend_score >= 9" {
		t.Errorf("merged item %+v", b)
	}
	if c := list[2]; c.Measure.Numerator != "recommend_score >= 9" {
		t.Errorf("aliased measure %+v", c.Measure)
	}
}
