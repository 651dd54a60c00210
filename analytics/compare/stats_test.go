package compare

import (
	"math"
	"testing"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f (±%g)", what, got, want, tol)
	}
}

// Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score).
func TestWilsonAgainstNewcombe1998(t *testing.T) {
	cases := []struct{ k, n, lo, hi float64 }{
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0, 0.1611},
		{1, 29, 0.0061, 0.1718},
	}
	for _, c := range cases {
		iv, ok := Wilson(c.k, c.n)
		if !ok {
			t.Fatalf("%v/%v rejected", c.k, c.n)
		}
		near(t, "low", iv.Low, c.lo, 0.00006)
		near(t, "high", iv.High, c.hi, 0.00006)
	}
	if _, ok := Wilson(0, 0); ok {
		t.Error("0/0 must be no data, not an interval")
	}
}

// Published t tables: t(0.975, df).
func TestTQuantileAgainstTables(t *testing.T) {
	for df, want := range map[float64]float64{1: 12.706, 2: 4.303, 5: 2.571, 10: 2.228, 30: 2.042, 120: 1.980} {
		near(t, "t", TQuantile(0.975, df), want, 0.0006)
	}
}

func TestMeanInterval(t *testing.T) {
	// n = 11, sd = 2, mean 10 → half-width 2.228 × 2 / √11 = 1.3436
	iv, ok := MeanInterval(10, 2, 11)
	if !ok {
		t.Fatal("rejected")
	}
	near(t, "low", iv.Low, 10-1.3436, 0.0005)
	if _, ok := MeanInterval(10, 0, 1); ok {
		t.Error("a single value has no interval")
	}
}

// Worked example: 140 of 200 against 255 of 340, pooled z = −1.2660, two-sided p = 0.2056.
func TestTwoProportionZWorkedExample(t *testing.T) {
	z, p, ok := TwoProportionZ(140, 200, 255, 340)
	if !ok {
		t.Fatal("rejected")
	}
	near(t, "z", z, -1.266015, 0.00001)
	near(t, "p", p, 0.2056, 0.0001)
}

// Wikipedia, "Welch's t-test", example 1: t = −2.46, ν ≈ 25.0, p = 0.021.
func TestWelchWorkedExample(t *testing.T) {
	a1 := []float64{27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4}
	a2 := []float64{27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4}
	m1, s1 := meanSD(a1)
	m2, s2 := meanSD(a2)
	tt, df, p, ok := Welch(m1, s1, int64(len(a1)), m2, s2, int64(len(a2)))
	if !ok {
		t.Fatal("rejected")
	}
	near(t, "t", tt, -2.46, 0.005)
	near(t, "df", df, 25.0, 0.05)
	near(t, "p", p, 0.021, 0.0005)
}

func meanSD(xs []float64) (float64, float64) {
	var s, ss float64
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return m, math.Sqrt(ss / float64(len(xs)-1))
}
