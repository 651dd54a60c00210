package methodology

import "math"

// unitRange is the range a unit's values can take: a t interval for a mean runs past it when the
// sample is small (SAT_IDX −24,2…111,7 at n = 4), and a bound nobody can reach says nothing.
// Units with no natural bound (days, which a user's indicator may count before a deadline, and
// number) are unbounded.
func unitRange(unit string) (lo, hi float64) {
	switch unit {
	case "index", "share":
		return 0, 100
	case "score": // NPS: −100 (all detractors) … 100 (all promoters)
		return -100, 100
	case "count", "per1000", "ratio", "minutes":
		return 0, math.Inf(1)
	}
	return math.Inf(-1), math.Inf(1)
}

// clipToUnit cuts an interval to the unit's range and says whether it did. A mean outside the
// range means the range does not hold for this indicator (a user's own measure): nothing is cut.
func clipToUnit(unit string, mean, low, high float64) (float64, float64, bool) {
	lo, hi := unitRange(unit)
	if mean < lo || mean > hi {
		return low, high, false
	}
	clipped := low < lo || high > hi
	return math.Max(low, lo), math.Min(high, hi), clipped
}
