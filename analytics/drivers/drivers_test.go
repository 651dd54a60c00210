package drivers

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// mtcars: mpg, cyl, disp, hp, gear (R's datasets::mtcars, 32 cars).
var mtcars = [][]float64{
	{21.0, 6, 160.0, 110, 4}, // Mazda RX4
	{21.0, 6, 160.0, 110, 4}, // Mazda RX4 Wag
	{22.8, 4, 108.0, 93, 4},  // Datsun 710
	{21.4, 6, 258.0, 110, 3}, // Hornet 4 Drive
	{18.7, 8, 360.0, 175, 3}, // Hornet Sportabout
	{18.1, 6, 225.0, 105, 3}, // Valiant
	{14.3, 8, 360.0, 245, 3}, // Duster 360
	{24.4, 4, 146.7, 62, 4},  // Merc 240D
	{22.8, 4, 140.8, 95, 4},  // Merc 230
	{19.2, 6, 167.6, 123, 4}, // Merc 280
	{17.8, 6, 167.6, 123, 4}, // Merc 280C
	{16.4, 8, 275.8, 180, 3}, // Merc 450SE
	{17.3, 8, 275.8, 180, 3}, // Merc 450SL
	{15.2, 8, 275.8, 180, 3}, // Merc 450SLC
	{10.4, 8, 472.0, 205, 3}, // Cadillac Fleetwood
	{10.4, 8, 460.0, 215, 3}, // Lincoln Continental
	{14.7, 8, 440.0, 230, 3}, // Chrysler Imperial
	{32.4, 4, 78.7, 66, 4},   // Fiat 128
	{30.4, 4, 75.7, 52, 4},   // Honda Civic
	{33.9, 4, 71.1, 65, 4},   // Toyota Corolla
	{21.5, 4, 120.1, 97, 3},  // Toyota Corona
	{15.5, 8, 318.0, 150, 3}, // Dodge Challenger
	{15.2, 8, 304.0, 150, 3}, // AMC Javelin
	{13.3, 8, 350.0, 245, 3}, // Camaro Z28
	{19.2, 8, 400.0, 175, 3}, // Pontiac Firebird
	{27.3, 4, 79.0, 66, 4},   // Fiat X1-9
	{26.0, 4, 120.3, 91, 5},  // Porsche 914-2
	{30.4, 4, 95.1, 113, 5},  // Lotus Europa
	{15.8, 8, 351.0, 264, 5}, // Ford Pantera L
	{19.7, 6, 145.0, 175, 5}, // Ferrari Dino
	{15.0, 8, 301.0, 335, 5}, // Maserati Bora
	{21.4, 4, 121.0, 109, 4}, // Volvo 142E
}

// TestRelativeWeightsRWA reproduces the worked example in the README of the R package rwa
// (rwa(mtcars, outcome = "mpg", predictors = c("cyl", "disp", "hp", "gear"))):
// R² = 0.7791896, raw weights cyl 0.2284797, disp 0.2221469, hp 0.2321744, gear 0.0963886.
func TestRelativeWeightsRWA(t *testing.T) {
	x := make([][]float64, len(mtcars))
	y := make([]float64, len(mtcars))
	for i, r := range mtcars {
		y[i] = r[0]
		x[i] = r[1:]
	}
	raw, r, r2, err := RelativeWeights(x, y)
	if err != nil {
		t.Fatal(err)
	}
	const tol = 1e-6
	if math.Abs(r2-0.7791896) > tol {
		t.Errorf("R² = %.7f, want 0.7791896", r2)
	}
	want := []float64{0.2284797, 0.2221469, 0.2321744, 0.0963886}
	for j, w := range want {
		if math.Abs(raw[j]-w) > tol {
			t.Errorf("raw weight %d = %.7f, want %.7f", j, raw[j], w)
		}
	}
	// Pearson r of mpg with cyl, disp, hp, gear (cor(mtcars) in R: -0.852, -0.848, -0.776, 0.480).
	wantR := []float64{-0.852162, -0.847551, -0.776168, 0.480285}
	for j, w := range wantR {
		if math.Abs(r[j]-w) > 1e-5 {
			t.Errorf("r %d = %.6f, want %.6f", j, r[j], w)
		}
	}
	t.Logf("rwa mtcars: R² = %.7f, raw = %.7f", r2, raw)

	res, err := Analyze([]string{"cyl", "disp", "hp", "gear"}, x, y, Options{Bootstrap: 200, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, w := range res.Weights {
		sum += w.Percent
		if !(w.RawLo <= w.Raw && w.Raw <= w.RawHi) || !(w.PctLo <= w.Percent && w.Percent <= w.PctHi) || !(w.RLo <= w.R && w.R <= w.RHi) {
			t.Errorf("%s: estimate outside its bootstrap interval: %+v", w.Name, w)
		}
	}
	if math.Abs(sum-100) > 1e-9 {
		t.Errorf("percent of R² sums to %v", sum)
	}
	if res.Hidden || len(res.Warnings) != 1 {
		t.Errorf("32 responses for 4 drivers: hidden %v, warnings %q (want not hidden, one per-driver warning)", res.Hidden, res.Warnings)
	}
	again, _ := Analyze([]string{"cyl", "disp", "hp", "gear"}, x, y, Options{Bootstrap: 200, Seed: 7})
	if !reflect.DeepEqual(res, again) {
		t.Error("the same seed gave different intervals")
	}
	other, _ := Analyze([]string{"cyl", "disp", "hp", "gear"}, x, y, Options{Bootstrap: 200, Seed: 8})
	if reflect.DeepEqual(res.Weights, other.Weights) {
		t.Error("a different seed gave the same intervals")
	}
}

// TestRelativeWeightsUncorrelated: with uncorrelated drivers R_xx = I, so Λ = I, β = r_xy and
// ε_j = r_j²: each raw weight is the squared correlation and R² = Σ r_j².
//
// By hand: x1 = (1, −1, 1, −1), x2 = (1, 1, −1, −1) (sum of products 0, so r12 = 0), and a
// noise n = (1, −1, −1, 1) orthogonal to both; y = x1 + 2·x2 + n = (4, 0, −2, −2).
// Means 0; Σx1² = Σx2² = Σn² = 4;
// Σx1·y = 4, Σx2·y = 8, Σy² = 16 + 0 + 4 + 4 = 24.
// r1 = 4/√(4·24) = 0.4082483, r1² = 1/6;  r2 = 8/√(4·24) = 0.8164966, r2² = 4/6.
// R² = 1/6 + 4/6 = 5/6 (the noise, orthogonal to both, is the remaining 1/6 of Σy²).
func TestRelativeWeightsUncorrelated(t *testing.T) {
	x := [][]float64{{1, 1}, {-1, 1}, {1, -1}, {-1, -1}}
	y := []float64{4, 0, -2, -2}
	raw, r, r2, err := RelativeWeights(x, y)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(raw[0]-1.0/6) > 1e-12 || math.Abs(raw[1]-4.0/6) > 1e-12 || math.Abs(r2-5.0/6) > 1e-12 {
		t.Errorf("raw %v R² %v, want [1/6 4/6] and 5/6", raw, r2)
	}
	for j := range r {
		if math.Abs(raw[j]-r[j]*r[j]) > 1e-12 {
			t.Errorf("driver %d: raw %v ≠ r² %v", j, raw[j], r[j]*r[j])
		}
	}
}

func TestAnalyzeSmallAndDegenerate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var x [][]float64
	var y []float64
	for i := 0; i < 25; i++ {
		a, b := float64(1+rng.IntN(5)), float64(1+rng.IntN(5))
		x = append(x, []float64{a, b})
		y = append(y, math.Round((a+b)/2+rng.Float64()-0.5))
	}
	x = append(x, []float64{math.NaN(), 3}) // incomplete: dropped
	y = append(y, 4)
	res, err := Analyze([]string{"a", "b"}, x, y, Options{Bootstrap: -1})
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 25 || !res.Hidden || len(res.Warnings) != 1 || res.Intervals {
		t.Errorf("25 complete of 26: %+v", res)
	}
	constant := [][]float64{{1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 1}}
	if _, err := Analyze([]string{"a", "b"}, constant, []float64{1, 2, 3, 4, 5}, Options{}); !errors.Is(err, ErrDegenerate) {
		t.Errorf("constant driver: err = %v", err)
	}
	collinear := [][]float64{{1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}}
	if _, _, _, err := RelativeWeights(collinear, []float64{1, 3, 2, 5, 4}); !errors.Is(err, ErrDegenerate) {
		t.Errorf("collinear drivers: err = %v", err)
	}
}

func TestIPA(t *testing.T) {
	names := []string{"timeliness", "courtesy", "parking", "fairness"}
	imp := []float64{40, 30, 10, 20}      // mean 25
	perf := []float64{3.1, 4.5, 2.9, 4.2} // mean 3.675
	pts, ci, cp := IPA(names, imp, perf, Cuts{})
	if ci != 25 || math.Abs(cp-3.675) > 1e-12 {
		t.Errorf("cuts %v %v", ci, cp)
	}
	want := []Quadrant{Improve, Maintain, Monitor, Strengths}
	for i, p := range pts {
		if p.Quadrant != want[i] {
			t.Errorf("%s: %s, want %s", p.Name, p.Quadrant.ID, want[i].ID)
		}
	}
	four := 4.0
	pts, _, cp = IPA(names, imp, perf, Cuts{Performance: &four})
	if cp != 4 || pts[3].Quadrant != Strengths || pts[0].Quadrant != Improve {
		t.Errorf("given cut: %+v", pts)
	}
	if Improve.BG != "Подобрете" || Maintain.BG != "Поддържайте" || Monitor.BG != "Наблюдавайте" || Strengths.BG != "Силни страни" {
		t.Error("quadrant names")
	}
}
