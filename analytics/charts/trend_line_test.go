package charts

import (
	"encoding/json"
	"testing"

	"otzvuk/analytics/methodology"
)

func ptr[T any](v T) *T { return &v }

func TestTrendLineDrawsGapsAndKeepsN(t *testing.T) {
	vals := []methodology.Value{
		{Indicator: "SAT_IDX", Period: "2025-01", Department: ptr("Б"), Value: ptr(12.5), N: 2},
		{Indicator: "SAT_IDX", Period: "2025-01", Department: ptr("А"), Value: ptr(75.04), N: 3},
		{Indicator: "SAT_IDX", Period: "2025-01", Value: ptr(50.0), N: 5},
		{Indicator: "SAT_IDX", Period: "2025-02", Department: ptr("А"), Value: ptr(75.0), N: 1},
		{Indicator: "SAT_IDX", Period: "2025-02", Value: ptr(75.0), N: 1},
	}
	c, err := TrendLine(vals, Labels{Title: "T", Total: "Общо", ValueAxis: "0–100"})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Series []struct {
			Name string `json:"name"`
			Data []struct {
				Value any `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, s := range opt.Series {
		names = append(names, s.Name)
	}
	if len(names) != 3 || names[0] != "А" || names[1] != "Б" || names[2] != "Общо" {
		t.Fatalf("series %v: departments sorted, total last", names)
	}
	if v := opt.Series[0].Data[0].Value; v != 75.0 {
		t.Errorf("А 2025-01 drawn as %v, want 75 (rounded to one decimal)", v)
	}
	if v := opt.Series[1].Data[1].Value; v != "-" {
		t.Errorf("Б has no February value; drawn as %v, want the gap marker", v)
	}
	if len(c.Points) != 6 || c.Points[0].N != 3 || c.Points[3].Value != nil {
		t.Errorf("points %+v", c.Points)
	}
}

func TestSmallMultipleHasOneTightGrid(t *testing.T) {
	c, err := YearOverlay(nil, 2026, YearLabels{Title: "x", Small: true})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Grid []struct {
			Top string `json:"top"`
		} `json:"grid"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil || len(opt.Grid) != 1 || opt.Grid[0].Top != "28" {
		t.Fatalf("grids %+v %v", opt.Grid, err)
	}
}
