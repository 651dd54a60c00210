package app

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Every bound result carries the one envelope, and its ok and problem reach the JSON at the top:
// an embedded view with a field of the same JSON name would silently hide them both.
func TestEveryResultCarriesTheOutcome(t *testing.T) {
	results := []any{ActionsResult{}, ChartResult{}, CitizensResult{}, CompareResult{}, CreateThemeResult{},
		DepartmentResult{}, DepartmentsResult{}, ExportFile{}, ExportResult{}, FormResult{}, ImportResult{},
		MultiplesResult{}, OverviewResult{}, PeriodsResult{}, PreviewResult{}, ProfilesResult{}, QuarantineResult{},
		RecordsResult{}, ReportResult{}, ReportYears{}, SaveResult{}, TrendResult{}, ValuesResult{}}
	for _, r := range results {
		v := reflect.New(reflect.TypeOf(r)).Elem()
		f := v.FieldByName("Outcome")
		if !f.IsValid() || f.Type() != reflect.TypeOf(Outcome{}) {
			t.Errorf("%T does not embed Outcome", r)
			continue
		}
		f.Set(reflect.ValueOf(Outcome{OK: true, Problem: &Problem{Key: "k", Message: "m"}}))
		b, err := json.Marshal(v.Interface())
		if err != nil {
			t.Fatalf("%T: %v", r, err)
		}
		var top map[string]json.RawMessage
		if err := json.Unmarshal(b, &top); err != nil {
			t.Fatalf("%T: %v", r, err)
		}
		if string(top["ok"]) != "true" || string(top["problem"]) != `{"key":"k","message":"m"}` {
			t.Errorf("%T: ok %s, problem %s", r, top["ok"], top["problem"])
		}
	}
}
