// Package drivers finds what drives overall satisfaction: Johnson's relative weights of the rated
// aspects (timeliness, courtesy, …) for the overall rating, with Pearson correlations beside them,
// seeded bootstrap intervals, and the importance–performance matrix.
package drivers

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// MinResponses is the number of complete responses below which a driver analysis is computed
// but flagged Hidden: with fewer, the weights are too unstable to show.
const MinResponses = 30

// MinPerDriver is the number of complete responses per driver below which a warning is given.
const MinPerDriver = 10

// The bootstrap's documented range (otzvuk drivers --bootstrap): fewer resamples give intervals
// that move from seed to seed, more only take time (10 million ran without end).
const (
	MinBootstrap = 100
	MaxBootstrap = 100000
)

// Options tunes Analyze.
type Options struct {
	Bootstrap int     // resamples for the intervals; 0 means 1000, negative means none; at most MaxBootstrap
	Seed      uint64  // bootstrap seed: the same data and seed give the same intervals
	Level     float64 // interval level; 0 means 0.95
}

// Weight is one driver's result.
type Weight struct {
	Name    string  `json:"name"`
	Raw     float64 `json:"raw"`     // Johnson's raw relative weight; the raw weights sum to R²
	Percent float64 `json:"percent"` // raw weight as % of R²
	R       float64 `json:"r"`       // Pearson correlation with the outcome
	// Bootstrap percentile intervals (zero when Result.Intervals is false).
	RawLo float64 `json:"raw_lo"`
	RawHi float64 `json:"raw_hi"`
	PctLo float64 `json:"percent_lo"`
	PctHi float64 `json:"percent_hi"`
	RLo   float64 `json:"r_lo"`
	RHi   float64 `json:"r_hi"`
}

// Result is a relative-weights analysis.
type Result struct {
	N        int      `json:"n"`         // complete responses used
	R2       float64  `json:"r2"`        // R² of the linear model outcome ~ drivers
	Weights  []Weight `json:"weights"`   // in the order of the names given
	Hidden   bool     `json:"hidden"`    // fewer than MinResponses complete responses
	Warnings []string `json:"warnings"`  // e.g. fewer than MinPerDriver responses per driver
	Resample int      `json:"resamples"` // bootstrap resamples that could be computed
	Level    float64  `json:"level"`     // interval level, e.g. 0.95
	// Intervals tells whether the bootstrap intervals were computed.
	Intervals bool `json:"intervals"`
}

// ErrDegenerate means the weights cannot be computed on these data: a driver or the outcome does
// not vary, or the drivers are perfectly collinear.
var ErrDegenerate = errors.New("факторите не могат да се изчислят: фактор или общата оценка не се променят, или факторите са колинеарни / drivers: a driver or the outcome does not vary, or the drivers are collinear")

// CompleteCases keeps the rows where the outcome and every driver are present (not NaN).
func CompleteCases(x [][]float64, y []float64) ([][]float64, []float64) {
	var cx [][]float64
	var cy []float64
	for i, row := range x {
		if math.IsNaN(y[i]) {
			continue
		}
		ok := true
		for _, v := range row {
			if math.IsNaN(v) {
				ok = false
				break
			}
		}
		if ok {
			cx = append(cx, row)
			cy = append(cy, y[i])
		}
	}
	return cx, cy
}

// Analyze computes Johnson's relative weights of the drivers (columns of x, named by names) for
// the outcome y, on complete cases only, with bootstrap intervals.
func Analyze(names []string, x [][]float64, y []float64, opt Options) (*Result, error) {
	if len(x) != len(y) {
		return nil, fmt.Errorf("drivers: %d rows of drivers but %d outcomes", len(x), len(y))
	}
	for i, row := range x {
		if len(row) != len(names) {
			return nil, fmt.Errorf("drivers: row %d has %d values for %d drivers", i+1, len(row), len(names))
		}
	}
	x, y = CompleteCases(x, y)
	p := len(names)
	res := &Result{N: len(y)}
	if res.N < MinResponses {
		res.Hidden = true
		res.Warnings = append(res.Warnings, fmt.Sprintf("само %d пълни отговора (под %d): резултатът е скрит / only %d complete responses (fewer than %d): the result is hidden", res.N, MinResponses, res.N, MinResponses))
	}
	if res.N < MinPerDriver*p {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%d пълни отговора за %d фактора: под %d на фактор, теглата са неустойчиви / %d complete responses for %d drivers: fewer than %d per driver, the weights are unstable", res.N, p, MinPerDriver, res.N, p, MinPerDriver))
	}
	if res.N <= p+1 {
		return res, ErrDegenerate
	}
	raw, r, r2, err := RelativeWeights(x, y)
	if err != nil {
		return res, err
	}
	res.R2 = r2
	res.Weights = make([]Weight, p)
	for j := range names {
		res.Weights[j] = Weight{Name: names[j], Raw: raw[j], Percent: percentOf(raw[j], r2), R: r[j]}
	}
	b := opt.Bootstrap
	if b == 0 {
		b = 1000
	}
	if b < 0 {
		return res, nil
	}
	b = min(b, MaxBootstrap)
	level := opt.Level
	if level <= 0 || level >= 1 {
		level = 0.95
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6f747a76756b)) // "otzvuk"
	bRaw := make([][]float64, p)
	bPct := make([][]float64, p)
	bR := make([][]float64, p)
	sx := make([][]float64, res.N)
	sy := make([]float64, res.N)
	for k := 0; k < b; k++ {
		for i := range sy {
			idx := rng.IntN(res.N)
			sx[i], sy[i] = x[idx], y[idx]
		}
		braw, br, br2, err := RelativeWeights(sx, sy)
		if err != nil || br2 <= 0 {
			continue // a resample where a driver does not vary: skipped, counted in Resample
		}
		res.Resample++
		for j := 0; j < p; j++ {
			bRaw[j] = append(bRaw[j], braw[j])
			bPct[j] = append(bPct[j], 100*braw[j]/br2)
			bR[j] = append(bR[j], br[j])
		}
	}
	if res.Resample == 0 {
		return res, nil
	}
	res.Intervals, res.Level = true, level
	lo, hi := (1-level)/2, 1-(1-level)/2
	for j := range res.Weights {
		w := &res.Weights[j]
		w.RawLo, w.RawHi = quantile(bRaw[j], lo), quantile(bRaw[j], hi)
		w.PctLo, w.PctHi = quantile(bPct[j], lo), quantile(bPct[j], hi)
		w.RLo, w.RHi = quantile(bR[j], lo), quantile(bR[j], hi)
	}
	return res, nil
}

// RelativeWeights is Johnson's (2000) relative weights on complete data: with R_xx the drivers'
// correlation matrix and r_xy their correlations with y,
//
//	R_xx = V Λ Vᵀ  (eigen-decomposition),  Λ = V Λ^½ Vᵀ  (correlations of X with their best
//	orthogonal approximation Z),  β = Λ⁻¹ r_xy  (y regressed on Z),
//	ε_j = Σ_k Λ_jk² β_k²,
//
// so that Σ ε_j = R². It returns ε, the Pearson correlations r_xy and R².
func RelativeWeights(x [][]float64, y []float64) (raw, r []float64, r2 float64, err error) {
	n := len(y)
	if n < 3 || len(x) != n {
		return nil, nil, 0, ErrDegenerate
	}
	p := len(x[0])
	cols := make([][]float64, p+1)
	for j := 0; j < p; j++ {
		cols[j] = make([]float64, n)
		for i := 0; i < n; i++ {
			cols[j][i] = x[i][j]
		}
	}
	cols[p] = y
	z := make([][]float64, p+1)
	for j, c := range cols {
		if z[j] = standardise(c); z[j] == nil {
			return nil, nil, 0, ErrDegenerate
		}
	}
	corr := func(a, b []float64) float64 {
		s := 0.0
		for i := range a {
			s += a[i] * b[i]
		}
		return s / float64(n-1)
	}
	rxx := mat.NewSymDense(p, nil)
	r = make([]float64, p)
	for j := 0; j < p; j++ {
		for k := j; k < p; k++ {
			rxx.SetSym(j, k, corr(z[j], z[k]))
		}
		r[j] = corr(z[j], z[p])
	}
	var eig mat.EigenSym
	if !eig.Factorize(rxx, true) {
		return nil, nil, 0, ErrDegenerate
	}
	vals := eig.Values(nil)
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	for _, v := range vals {
		if v < 1e-10 {
			return nil, nil, 0, ErrDegenerate
		}
	}
	// Λ = V diag(√λ) Vᵀ and its inverse V diag(1/√λ) Vᵀ.
	sq := mat.NewDiagDense(p, nil)
	isq := mat.NewDiagDense(p, nil)
	for k, v := range vals {
		sq.SetDiag(k, math.Sqrt(v))
		isq.SetDiag(k, 1/math.Sqrt(v))
	}
	var lam, ilam, tmp mat.Dense
	tmp.Mul(&vecs, sq)
	lam.Mul(&tmp, vecs.T())
	tmp.Reset()
	tmp.Mul(&vecs, isq)
	ilam.Mul(&tmp, vecs.T())
	var beta mat.VecDense
	beta.MulVec(&ilam, mat.NewVecDense(p, append([]float64(nil), r...)))
	raw = make([]float64, p)
	for j := 0; j < p; j++ {
		for k := 0; k < p; k++ {
			l := lam.At(j, k)
			raw[j] += l * l * beta.AtVec(k) * beta.AtVec(k)
		}
		r2 += raw[j]
	}
	return raw, r, r2, nil
}

// standardise returns (c − mean)/sd with the n−1 standard deviation, or nil for a constant column.
func standardise(c []float64) []float64 {
	n := float64(len(c))
	m := 0.0
	for _, v := range c {
		m += v
	}
	m /= n
	ss := 0.0
	for _, v := range c {
		ss += (v - m) * (v - m)
	}
	sd := math.Sqrt(ss / (n - 1))
	if sd < 1e-12 || math.IsNaN(sd) {
		return nil
	}
	out := make([]float64, len(c))
	for i, v := range c {
		out[i] = (v - m) / sd
	}
	return out
}

// quantile is the type-7 sample quantile (as R's default) of v, which it sorts.
func quantile(v []float64, q float64) float64 {
	sort.Float64s(v)
	if len(v) == 1 {
		return v[0]
	}
	h := q * float64(len(v)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(v) {
		return v[len(v)-1]
	}
	return v[i] + (h-lo)*(v[i+1]-v[i])
}

func percentOf(raw, r2 float64) float64 {
	if r2 <= 0 {
		return 0
	}
	return 100 * raw / r2
}
