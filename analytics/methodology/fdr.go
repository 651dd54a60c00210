package methodology

import (
	"math"

	"otzvuk/analytics/compare"
)

// Test names which comparison of a value a family of tests is made of.
type Test int

const (
	YearAgoTest  Test = iota // against the same period (or the same days) a year earlier
	PreviousTest             // against the period before
)

// AdjustFamily makes the values for which member is true (nil: every value) one family of tests
// of the given comparison, as one screen or section shows them: each tested member gets its
// Benjamini–Hochberg q-value and is significant when q ≤ level. It returns the family's size (the
// number of tests). Values outside the family are left as they were. Only the slice's elements are
// written, their fields pointed at new values: a cached result's pointed-to fields are shared.
func AdjustFamily(vals []Value, test Test, level float64, member func(Value) bool) int {
	var at []int
	var ps []*float64
	for i, v := range vals {
		p := v.YearAgoP
		if test == PreviousTest {
			p = v.PreviousP
		}
		if p == nil || (member != nil && !member(v)) {
			continue
		}
		at = append(at, i)
		ps = append(ps, p)
	}
	qs, sig := AdjustP(ps, level)
	for k, i := range at {
		v := &vals[i]
		if test == PreviousTest {
			v.PreviousQ, v.PreviousSignificant = qs[k], sig[k]
		} else {
			v.YearAgoQ, v.YearAgoSignificant = qs[k], sig[k]
		}
	}
	return len(at)
}

// AdjustP is AdjustFamily for p-values that are not a Value's (period A against period B): nil
// is not tested (no q, no significance) and is no part of the family.
func AdjustP(ps []*float64, level float64) (qs []*float64, significant []*bool) {
	raw := make([]float64, len(ps))
	for i, p := range ps {
		raw[i] = math.NaN()
		if p != nil {
			raw[i] = *p
		}
	}
	adj := compare.BH(raw)
	qs, significant = make([]*float64, len(ps)), make([]*bool, len(ps))
	for i, q := range adj {
		if math.IsNaN(q) {
			continue
		}
		q, sig := q, q <= level
		qs[i], significant[i] = &q, &sig
	}
	return qs, significant
}

// defaultFamilies: a result as Compute returns it (`otzvuk indicators`, the JSON and CSV) is one
// family per comparison, every tested value of it; a screen that shows fewer forms its own.
func defaultFamilies(vals []Value) {
	AdjustFamily(vals, YearAgoTest, compare.FDRLevel(), nil)
	AdjustFamily(vals, PreviousTest, compare.FDRLevel(), nil)
}
