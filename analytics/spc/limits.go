package spc

import "math"

// The constants of ptd_spc_standard.R: 2.66 = 3 / d2 (d2 = 1.128 for ranges of two points);
// 3.267 = D4, the upper limit of a moving-range chart, above which a moving range is screened.
const (
	limitFactor  = 2.66
	closeFactor  = 2 * limitFactor / 3
	screenFactor = 3.267
)

// limits are one segment's centre line and process limits. ok is false when the segment has no
// moving range left to estimate its spread from (one value, or every value equal: the R code then
// gets NaN limits, and no point can be outside or close to them).
type limits struct {
	mean, meanMR         float64
	lower, upper         float64
	nearLower, nearUpper float64
	hasMean, ok          bool
}

// segmentLimits computes the limits of one segment's values (nil = missing). fixAfter > 0 uses
// only the first fixAfter rows (missing ones count as rows, as row_number() does in R). It also
// returns each row's moving range (nil for the first row and next to a missing value: R never
// bridges a gap) and whether screening left it out.
func segmentLimits(ys []*float64, screen bool, fixAfter int) (limits, []*float64, []bool) {
	fix := make([]*float64, len(ys))
	for i, y := range ys {
		if fixAfter <= 0 || i < fixAfter {
			fix[i] = y
		}
	}
	var l limits
	sum, n := 0.0, 0
	for _, y := range fix {
		if y != nil {
			sum += *y
			n++
		}
	}
	if n > 0 {
		l.mean, l.hasMean = sum/float64(n), true
	}
	mr := make([]*float64, len(ys))
	for i := 1; i < len(fix); i++ {
		if fix[i] != nil && fix[i-1] != nil {
			d := math.Abs(*fix[i] - *fix[i-1])
			mr[i] = &d
		}
	}
	amr, ok := meanOf(mr)
	screened := make([]bool, len(ys))
	if screen && ok {
		// R: mr < 3.267 × amr is kept, everything else (equal included) becomes NA; done once,
		// against the mean of all moving ranges.
		for i, m := range mr {
			if m != nil && !(*m < screenFactor*amr) {
				mr[i], screened[i] = nil, true
			}
		}
		amr, ok = meanOf(mr)
	}
	if !l.hasMean || !ok {
		return l, mr, screened
	}
	l.meanMR, l.ok = amr, true
	l.lower, l.upper = l.mean-limitFactor*amr, l.mean+limitFactor*amr
	l.nearLower, l.nearUpper = l.mean-closeFactor*amr, l.mean+closeFactor*amr
	return l, mr, screened
}

func meanOf(xs []*float64) (float64, bool) {
	sum, n := 0.0, 0
	for _, x := range xs {
		if x != nil {
			sum += *x
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}
