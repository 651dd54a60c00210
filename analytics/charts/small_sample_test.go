package charts

import (
	"encoding/json"
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
)

// A small sample is drawn hatched (a decal on its item) and marked on its point; others are plain.
func TestSmallSamplesAreHatched(t *testing.T) {
	vals := []methodology.Value{
		{Indicator: "SAT_IDX", Period: "2025-01", Department: ptr("А"), Value: ptr(70.0), N: 40, CILow: ptr(61.04), CIHigh: ptr(78.96)},
		{Indicator: "SAT_IDX", Period: "2025-02", Department: ptr("А"), Value: ptr(50.0), N: 3, SmallSample: true},
		{Indicator: "SAT_IDX", Period: "2025-03", Department: ptr("А"), Value: ptr(65.0), N: 44},
	}
	c, err := TrendLine(vals, Labels{Title: "T", Total: "Общо"})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Series []struct {
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatal(err)
	}
	var plain, small struct {
		Value     any    `json:"value"`
		Symbol    string `json:"symbol"`
		ItemStyle *struct {
			BorderColor string `json:"borderColor"`
		} `json:"itemStyle"`
	}
	json.Unmarshal(opt.Series[0].Data[0], &plain)
	json.Unmarshal(opt.Series[0].Data[1], &small)
	if plain.Symbol != "" || plain.ItemStyle != nil {
		t.Fatalf("a sufficient sample is hatched: %s", opt.Series[0].Data[0])
	}
	if small.Symbol != hatchedSquare || small.ItemStyle == nil || small.ItemStyle.BorderColor != palette[0] || small.Value != 50.0 {
		t.Fatalf("the small sample is not hatched: %s", opt.Series[0].Data[1])
	}
	if !c.Points[1].Small || c.Points[0].Small || *c.Points[0].Low != 61 || *c.Points[0].High != 79 || c.MostlySmall {
		t.Fatalf("points %+v", c.Points)
	}
	// When most points are small samples, hatching says nothing: none is hatched, the chart says so once.
	vals[0].SmallSample, vals[0].N = true, 4
	c, _ = TrendLine(vals, Labels{Title: "T", Total: "Общо"})
	if !c.MostlySmall || strings.Contains(string(c.Option), "path://") {
		t.Fatalf("mostly small: %v, %s", c.MostlySmall, c.Option)
	}
	vals[0].SmallSample, vals[0].N = false, 40

	var s BarSeries
	s.Add(&vals[1], &Filter{Dim: "group", Value: "ngo"})
	s.Add(nil, nil)
	b, err := Bars("B", []string{"НПО", "Бизнес"}, []BarSeries{s}, false, "index")
	if err != nil {
		t.Fatal(err)
	}
	var bopt struct {
		Series []struct {
			Data []struct {
				ItemStyle *struct {
					Decal map[string]any `json:"decal"`
				} `json:"itemStyle"`
			} `json:"data"`
		} `json:"series"`
	}
	json.Unmarshal(b.Option, &bopt)
	if d := bopt.Series[0].Data; d[0].ItemStyle == nil || d[0].ItemStyle.Decal == nil || d[1].ItemStyle != nil {
		t.Fatalf("bars: only the small sample is hatched: %s", b.Option)
	}
	if !b.Points[0].Small || b.Points[0].Filter.Value != "ngo" || b.Points[1].Filter != nil || b.Points[1].Value != nil {
		t.Fatalf("bar points %+v", b.Points)
	}
}
