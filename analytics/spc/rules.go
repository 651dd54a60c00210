package spc

// Rule is the special-cause rule that marks a point, in the order of precedence of
// ptd_special_cause_type (R/ptd_calculate_point_type.R): outside a limit, then a trend, then
// two of three close to a limit, then a run on one side of the mean.
type Rule string

const (
	NoRule        Rule = ""
	AboveUpper    Rule = "above_upper_limit"
	BelowLower    Rule = "below_lower_limit"
	TrendUp       Rule = "trend_increasing"
	TrendDown     Rule = "trend_decreasing"
	TwoInThreeUp  Rule = "two_in_three_above"
	TwoInThreeLow Rule = "two_in_three_below"
	RunAbove      Rule = "run_above_mean"
	RunBelow      Rule = "run_below_mean"
)

// RunLength is the length of a run and of a trend in "plot the dots": 7 points.
const RunLength = 7

// tri is R's logical with NA: a missing value or a segment without limits is unknown, and an
// unknown condition never flags a point (dplyr::case_when treats NA as false).
type tri int8

const (
	na tri = iota
	no
	yes
)

// pointFacts are ptd_spc_standard's per-point columns.
type pointFacts struct {
	y       float64
	has     bool
	rel     int // sign(y − mean); meaningful only when has
	outside tri
	close   tri
}

func facts(ys []*float64, l limits) []pointFacts {
	out := make([]pointFacts, len(ys))
	for i, p := range ys {
		if p == nil || !l.hasMean {
			continue // y is NA: every column NA
		}
		y := *p
		f := pointFacts{y: y, has: true}
		switch {
		case y > l.mean:
			f.rel = 1
		case y < l.mean:
			f.rel = -1
		}
		if l.ok {
			f.outside, f.close = no, no
			if y > l.upper || y < l.lower {
				f.outside = yes
			} else if y < l.nearLower || y > l.nearUpper {
				f.close = yes // strictly beyond two thirds and not outside
			}
		}
		out[i] = f
	}
	return out
}

// rules gives each point of one segment its rule.
func rules(fs []pointFacts) []Rule {
	n := len(fs)
	partTrend := partOf(sevenTrend(fs), n)
	partSide := partOf(sevenOneSide(fs), n)
	two := twoInThree(fs)
	out := make([]Rule, n)
	for i, f := range fs {
		switch {
		case f.outside == yes:
			if f.rel == 1 {
				out[i] = AboveUpper
			} else {
				out[i] = BelowLower
			}
		case partTrend[i] != 0:
			if trendSign(fs, partTrend, i) == 1 {
				out[i] = TrendUp
			} else {
				// R labels every other sign "Decreasing", 0 included (a point that ends a rising
				// trend and is tied with the first point of a falling one); kept for equal flags.
				out[i] = TrendDown
			}
		case two[i] && f.close == yes:
			if f.rel > 0 {
				out[i] = TwoInThreeUp
			} else {
				out[i] = TwoInThreeLow
			}
		case partSide[i] != 0:
			if f.rel > 0 {
				out[i] = RunAbove
			} else {
				out[i] = RunBelow
			}
		}
	}
	return out
}

// sevenOneSide marks the point that ends 7 points on one side of the mean: a point on the mean
// (sign 0) breaks a run and never starts one, and a missing point breaks it too.
func sevenOneSide(fs []pointFacts) []int {
	out := make([]int, len(fs))
	for i := RunLength - 1; i < len(fs); i++ {
		r := fs[i].rel
		ok := fs[i].has && r != 0
		for k := 1; ok && k < RunLength; k++ {
			ok = fs[i-k].has && fs[i-k].rel == r
		}
		if ok {
			out[i] = r
		}
	}
	return out
}

// sevenTrend marks the point that ends 7 points each strictly above (1) or below (−1) the one
// before: a tie (equal neighbours) breaks a trend; so does a missing point (R would stop with an
// error on a window of rises with one NA; here the window is simply not a trend).
func sevenTrend(fs []pointFacts) []int {
	out := make([]int, len(fs))
	for i := RunLength - 1; i < len(fs); i++ {
		up, down := true, true
		for k := i - RunLength + 1; k < i; k++ {
			if !fs[k].has || !fs[k+1].has {
				up, down = false, false
				break
			}
			up = up && fs[k+1].y > fs[k].y
			down = down && fs[k+1].y < fs[k].y
		}
		if up {
			out[i] = 1
		} else if down {
			out[i] = -1
		}
	}
	return out
}

// partOf spreads a mark at a run's last point to the run's 7 points (ptd_part_of_seven_trend).
func partOf(ends []int, n int) []int {
	out := make([]int, n)
	for i := 0; i < n; i++ {
		for j := i; j < i+RunLength && j < n; j++ {
			if ends[j] != 0 {
				out[i] = 1
				break
			}
		}
	}
	return out
}

// trendSign is the direction ptd_special_cause_type gives a point of a trend: towards the next
// point when that one is in a trend too, else from the previous point.
func trendSign(fs []pointFacts, part []int, i int) int {
	sign := func(d float64) int {
		switch {
		case d > 0:
			return 1
		case d < 0:
			return -1
		}
		return 0
	}
	if i+1 < len(fs) && part[i+1] != 0 {
		return sign(fs[i+1].y - fs[i].y)
	}
	if i == 0 {
		return 0
	}
	return sign(fs[i].y - fs[i-1].y)
}

// twoInThree says, per point, whether one of the three windows of three consecutive points that
// contain it has at least two points close to a limit and all three strictly on the same side
// of the mean (ptd_two_in_three, after the fix of issue #143); the point itself must then be
// close to a limit to be flagged. A point outside a limit is not "close" (ptd_spc_standard) but
// does count as being on its side. A window with a missing point never counts.
func twoInThree(fs []pointFacts) []bool {
	n := len(fs)
	window := func(s int) bool {
		if s < 0 || s+3 > n {
			return false // R's zero padding: a window that leaves the segment is never all on one side
		}
		closeCount, side := 0, 0
		for k := s; k < s+3; k++ {
			if !fs[k].has || fs[k].close == na {
				return false
			}
			if fs[k].close == yes {
				closeCount++
			}
			side += fs[k].rel
		}
		return closeCount >= 2 && (side == 3 || side == -3)
	}
	out := make([]bool, n)
	for i := range fs {
		out[i] = window(i-2) || window(i-1) || window(i)
	}
	return out
}
