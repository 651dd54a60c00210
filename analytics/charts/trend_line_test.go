package charts

import (
	"encoding/json"
	"strings"
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

// One department in colour, the others grey, the municipal total dark and dashed; every line is
// named at its end (no paged legend); a partial period is drawn hollow and marked on its point.
func TestTrendHighlightsOneDepartmentAndNamesLines(t *testing.T) {
	vals := []methodology.Value{
		{Indicator: "SAT_IDX", Period: "2026-Q3", Department: ptr("А"), Value: ptr(70.0), N: 40, Complete: true, Coverage: "3/3"},
		{Indicator: "SAT_IDX", Period: "2026-Q3", Department: ptr("Б"), Value: ptr(60.0), N: 40, Complete: true, Coverage: "3/3"},
		{Indicator: "SAT_IDX", Period: "2026-Q3", Value: ptr(65.0), N: 80, Complete: true, Coverage: "3/3"},
		{Indicator: "SAT_IDX", Period: "2026-Q4", Department: ptr("Б"), Value: ptr(58.0), N: 40, Coverage: "1/3"},
	}
	c, err := TrendLine(vals, Labels{Title: "T", Total: "Общо", Highlight: "Б"})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Legend struct {
			Show bool `json:"show"`
		} `json:"legend"`
		Series []struct {
			Name      string `json:"name"`
			LineStyle struct {
				Color string `json:"color"`
				Type  string `json:"type"`
			} `json:"lineStyle"`
			EndLabel struct {
				Show bool `json:"show"`
			} `json:"endLabel"`
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatal(err)
	}
	if opt.Legend.Show {
		t.Fatal("a legend is drawn")
	}
	got := map[string]string{}
	for _, s := range opt.Series {
		got[s.Name] = s.LineStyle.Color
		if s.Name != "А" && !s.EndLabel.Show {
			t.Errorf("%s is not named at its end", s.Name)
		}
	}
	if got["Б"] != focusColour || got["А"] != otherColour || got["Общо"] != totalColour || opt.Series[2].LineStyle.Type != "dashed" {
		t.Fatalf("colours %v", got)
	}
	if !strings.Contains(string(opt.Series[1].Data[1]), "emptyCircle") {
		t.Fatalf("the partial Q4 is not hollow: %s", opt.Series[1].Data[1])
	}
	if p := c.Points[3]; p.Series != "Б" || !p.Partial || p.Coverage != "1/3" {
		t.Fatalf("point %+v", p)
	}
}
