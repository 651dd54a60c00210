package compare

import (
	"math"
	"testing"
)

// Ten p-values and their q-values worked out on paper (m = 10; raw p·10/rank, then the running
// minimum from the largest p down):
//
//	rank  p      p·10/rank   q
//	 1    0.001  0.010       0.010
//	 2    0.008  0.040       0.040
//	 3    0.039  0.130       0.084
//	 4    0.041  0.1025      0.084
//	 5    0.042  0.084       0.084
//	 6    0.060  0.100       0.100
//	 7    0.074  0.10571…    0.10571… (0.74/7)
//	 8    0.205  0.25625     0.216
//	 9    0.212  0.23556…    0.216
//	10    0.216  0.216       0.216
//
// At 5 % five of them have p < 0.05 but only two have q ≤ 0.05.
func TestBHHandChecked(t *testing.T) {
	// not in order, with an untestable comparison (NaN) that is no part of the family
	p := []float64{0.060, 0.216, 0.001, math.NaN(), 0.042, 0.205, 0.008, 0.074, 0.039, 0.212, 0.041}
	want := []float64{0.100, 0.216, 0.010, math.NaN(), 0.084, 0.216, 0.040, 0.74 / 7, 0.084, 0.216, 0.084}
	got := BH(p)
	sig := 0
	for i := range p {
		if math.IsNaN(want[i]) {
			if !math.IsNaN(got[i]) {
				t.Errorf("q[%d] = %v, want NaN", i, got[i])
			}
			continue
		}
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Errorf("p %v: q = %v, want %v", p[i], got[i], want[i])
		}
		if got[i] <= DefaultFDR {
			sig++
		}
	}
	if sig != 2 {
		t.Errorf("%d significant at q ≤ 5 %%, want 2", sig)
	}
}

func TestBHEdges(t *testing.T) {
	if q := BH(nil); len(q) != 0 {
		t.Errorf("empty: %v", q)
	}
	if q := BH([]float64{0.03}); q[0] != 0.03 {
		t.Errorf("one test: q = p, got %v", q)
	}
	// q never exceeds 1 and never falls below its p; ties get one q
	q := BH([]float64{1, 0.99, 0.5, 0.5})
	for i, x := range q {
		if x > 1 || x < []float64{1, 0.99, 0.5, 0.5}[i] {
			t.Errorf("q %v", q)
		}
	}
	if q[2] != q[3] {
		t.Errorf("tied p-values got different q: %v", q)
	}
}
