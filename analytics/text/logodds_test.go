package text

import (
	"math"
	"testing"
)

// TestLogOddsHand checks LogOdds against a computation by hand.
//
// A = {"опашка опашка груб"}, B = {"опашка браво"}: n^A = 3, n^B = 2, n = 5.
// Pooled counts y: опашка 3, груб 1, браво 1. Default α₀ = n = 5, so α_w = y_w.
//
//	опашка: A: (2+3)/(3+5−2−3) = 5/3;  B: (1+3)/(2+5−1−3) = 4/3
//	        δ = ln(5/3) − ln(4/3) = ln 1.25 = 0.2231436;  σ² = 1/5 + 1/4 = 0.45;  z = 0.2231436/0.6708204 = 0.3326427
//	груб:   A: (1+1)/(3+5−1−1) = 2/6;  B: (0+1)/(2+5−0−1) = 1/6
//	        δ = ln 2 = 0.6931472;  σ² = 1/2 + 1/1 = 1.5;  z = 0.6931472/1.2247449 = 0.5659524
//	браво:  A: (0+1)/(3+5−0−1) = 1/7;  B: (1+1)/(2+5−1−1) = 2/5
//	        δ = ln(5/14) = −1.0296194;  σ² = 1/1 + 1/2 = 1.5;  z = −0.8406807
//
// Sorted by z: груб, опашка, браво.
//
// With α₀ = 10 (α_w = 2·y_w): груб: A (1+2)/(3+10−1−2) = 3/10, B (0+2)/(2+10−0−2) = 2/10,
// δ = ln 1.5 = 0.4054651, σ² = 1/3 + 1/2 = 0.8333333, z = 0.4054651/0.9128709 = 0.4441648.
func TestLogOddsHand(t *testing.T) {
	a := [][]string{{"опашка", "опашка", "груб"}}
	b := [][]string{{"опашка", "браво"}}
	got := LogOdds(a, b, LogOddsOptions{})
	want := []struct {
		term     string
		delta, z float64
	}{
		{"груб", 0.6931472, 0.5659524},
		{"опашка", 0.2231436, 0.3326427},
		{"браво", -1.0296194, -0.8406807},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d terms, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Term != w.term || math.Abs(g.Delta-w.delta) > 1e-6 || math.Abs(g.Z-w.z) > 1e-6 {
			t.Errorf("#%d = %+v, want %s δ=%.7f z=%.7f", i, g, w.term, w.delta, w.z)
		}
	}
	got = LogOdds(a, b, LogOddsOptions{Alpha0: 10})
	if got[0].Term != "груб" || math.Abs(got[0].Delta-0.4054651) > 1e-6 || math.Abs(got[0].Z-0.4441648) > 1e-6 {
		t.Errorf("α₀ = 10: %+v", got[0])
	}
	if got := LogOdds(a, b, LogOddsOptions{MinCount: 2}); len(got) != 1 || got[0].Term != "опашка" {
		t.Errorf("MinCount 2: %+v", got)
	}
	if LogOdds(nil, nil, LogOddsOptions{}) != nil {
		t.Error("empty corpora should give nil")
	}
}

func TestDiscoverSeparatesLowAndHigh(t *testing.T) {
	low := []string{"Чаках на опашката два часа.", "Огромна опашка, груба служителка.", "Опашки и чакане.", "Грубо отношение, опашка."}
	high := []string{"Бързо и любезно, благодаря.", "Благодаря, много бързо.", "Любезна служителка, браво.", "Бързо обслужване."}
	got := Discover(low, high, LogOddsOptions{})
	if got[0].Term != "опашк" {
		t.Errorf("most typical of low ratings: %q, want опашк", got[0].Term)
	}
	if last := got[len(got)-1]; last.Term != "бърз" {
		t.Errorf("most typical of high ratings: %q, want бърз", last.Term)
	}
}
