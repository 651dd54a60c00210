package methodology

import (
	"context"
	"math"
	"testing"
)

// A t interval on a bounded scale is cut to the scale and says so; one inside it is left alone.
// By hand from testdata/sat_idx.sql, January 2025:
//   - A: 100, 75, 50 → mean 75, sd 25, t(0,975; 2) = 4,3027 → ±62,10 → 12,90…137,10 → 12,90…100, clipped;
//   - B: 25, 0 → mean 12,5, sd 17,678, t(0,975; 1) = 12,706 → ±158,8 → 0…100, clipped;
//   - total: 100, 75, 50, 25, 0 → mean 50, sd 39,528, t(0,975; 4) = 2,7764 → ±49,08 → 0,92…99,08, not clipped.
func TestMeanIntervalClippedToTheIndexScale(t *testing.T) {
	s := openFixture(t, "sat_idx.sql")
	cat, _ := DefaultCatalog()
	vals, err := Compute(context.Background(), s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, By: []Dimension{ByDepartment}, Grain: Month})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		low, high float64
		clipped   bool
	}{
		"2025-01/A":     {75 - 4.302652729911275*25/math.Sqrt(3), 100, true},
		"2025-01/B":     {0, 100, true},
		"2025-01/TOTAL": {50 - 2.7764451051977987*math.Sqrt(1562.5)/math.Sqrt(5), 50 + 2.7764451051977987*math.Sqrt(1562.5)/math.Sqrt(5), false},
	}
	seen := 0
	for _, v := range vals {
		w, ok := want[key(v)]
		if !ok {
			continue
		}
		seen++
		if v.CILow == nil || v.CIHigh == nil {
			t.Errorf("%s: no interval", key(v))
			continue
		}
		if math.Abs(*v.CILow-w.low) > 1e-6 || math.Abs(*v.CIHigh-w.high) > 1e-6 || v.CIClipped != w.clipped {
			t.Errorf("%s: %.4f…%.4f clipped %v, want %.4f…%.4f clipped %v", key(v), *v.CILow, *v.CIHigh, v.CIClipped, w.low, w.high, w.clipped)
		}
	}
	if seen != len(want) {
		t.Fatalf("saw %d of %d values", seen, len(want))
	}
}

func TestClipToUnit(t *testing.T) {
	cases := []struct {
		unit              string
		mean, low, high   float64
		wantLow, wantHigh float64
		wantClipped       bool
	}{
		{"index", 43.75, -24.2, 111.7, 0, 100, true},
		{"share", 50, 10, 90, 10, 90, false},
		{"score", -88.6, -130, -47.2, -100, -47.2, true}, // NPS runs from −100
		{"ratio", 0.4, -0.3, 1.1, 0, 1.1, true},          // no upper bound
		{"days", 3, -2, 8, -2, 8, false},                 // not bounded: a user's days may be negative
		{"index", 150, 120, 180, 120, 180, false},        // a mean outside the range: the range does not hold
	}
	for _, c := range cases {
		lo, hi, clipped := clipToUnit(c.unit, c.mean, c.low, c.high)
		if lo != c.wantLow || hi != c.wantHigh || clipped != c.wantClipped {
			t.Errorf("%s %v…%v: got %v…%v %v, want %v…%v %v", c.unit, c.low, c.high, lo, hi, clipped, c.wantLow, c.wantHigh, c.wantClipped)
		}
	}
}
