package spc

import (
	"reflect"
	"testing"
)

// The expectations of NHSRplotthedots' own unit tests (tests/testthat/test-ptd_calculate_point_type.R),
// run through this package's rule functions: the same inputs give the same marks. R's helpers
// return 1 for a run on either side; here the mark carries the side, so only "marked or not" is compared.

func relFacts(rel []int) []pointFacts {
	fs := make([]pointFacts, len(rel))
	for i, r := range rel {
		fs[i] = pointFacts{has: true, rel: r, y: float64(r), outside: no, close: no}
	}
	return fs
}

func yFacts(ys ...float64) []pointFacts {
	fs := make([]pointFacts, len(ys))
	for i, y := range ys {
		fs[i] = pointFacts{has: true, y: y, outside: no, close: no}
	}
	return fs
}

func marked(v []int) []int {
	out := make([]int, len(v))
	for i, x := range v {
		if x != 0 {
			out[i] = 1
		}
	}
	return out
}

func rep(x, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func cat(parts ...[]int) []int {
	var out []int
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestSevenOneSideAsInR(t *testing.T) {
	for _, c := range []struct{ in, want []int }{
		{[]int{}, []int{}},
		{rep(1, 6), rep(0, 6)},
		{cat(rep(1, 6), []int{-1}), rep(0, 7)},
		{cat(rep(1, 8), []int{-1}), []int{0, 0, 0, 0, 0, 0, 1, 1, 0}},
		{cat(rep(-1, 8), []int{1}), []int{0, 0, 0, 0, 0, 0, 1, 1, 0}},
	} {
		if got := marked(sevenOneSide(relFacts(c.in))); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: %v, want %v", c.in, got, c.want)
		}
	}
}

func TestPartOfSevenAsInR(t *testing.T) {
	for _, c := range []struct{ in, want []int }{
		{[]int{}, []int{}},
		{rep(0, 6), rep(0, 6)},
		{cat(rep(0, 6), []int{1, 0}), cat(rep(1, 7), []int{0})},
		{cat(rep(0, 7), []int{1, 0}), cat([]int{0}, rep(1, 7), []int{0})},
		{cat(rep(0, 6), []int{-1, 0}), cat(rep(1, 7), []int{0})},
		{cat(rep(0, 7), []int{-1, 0}), cat([]int{0}, rep(1, 7), []int{0})},
	} {
		if got := partOf(c.in, len(c.in)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSevenTrendAsInR(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want []int
	}{
		{[]float64{}, []int{}},
		{[]float64{1, 2, 3, 4, 5, 6}, rep(0, 6)},
		{[]float64{1, 2, 3, 3, 4, 5, 6}, rep(0, 7)}, // c(1:3, 3:6): the tie breaks it
		{[]float64{1, 2, 3, 4, 5, 6, 7}, []int{0, 0, 0, 0, 0, 0, 1}},
		{[]float64{2, 1, 2, 3, 4, 5, 6, 7, 3}, []int{0, 0, 0, 0, 0, 0, 0, 1, 0}},
		{[]float64{7, 6, 5, 4, 3, 2, 1}, []int{0, 0, 0, 0, 0, 0, -1}},
		{[]float64{2, 7, 6, 5, 4, 3, 2, 1, 3}, []int{0, 0, 0, 0, 0, 0, 0, -1, 0}},
	} {
		if got := sevenTrend(yFacts(c.in...)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: %v, want %v", c.in, got, c.want)
		}
	}
}

// ptd_two_in_three, then ptd_part_of_two_in_three (the point itself must be close).
func TestTwoInThreeAsInR(t *testing.T) {
	for _, c := range []struct{ close, rel, window, part []int }{
		{[]int{1, 0, 1}, []int{1, 1, 1}, []int{1, 1, 1}, []int{1, 0, 1}},
		{[]int{0, 1, 1}, []int{1, 1, 1}, []int{1, 1, 1}, []int{0, 1, 1}},
		{[]int{1, 1, 0}, []int{1, 1, 1}, []int{1, 1, 1}, []int{1, 1, 0}},
		{[]int{0, 0, 1, 0, 1, 0, 0}, rep(1, 7), []int{0, 0, 1, 1, 1, 0, 0}, []int{0, 0, 1, 0, 1, 0, 0}},
		{[]int{0, 0, 1, 1, 0, 0, 0}, rep(1, 7), []int{0, 1, 1, 1, 1, 0, 0}, []int{0, 0, 1, 1, 0, 0, 0}},
		{[]int{1, 0, 0, 1}, rep(1, 4), nil, []int{0, 0, 0, 0}},
		{[]int{1, 0, 0, 1, 1}, rep(1, 5), nil, []int{0, 0, 0, 1, 1}},
		// opposite sides of the mean (issue #143): never
		{[]int{1, 0, 1}, []int{1, -1, 1}, rep(0, 3), rep(0, 3)},
		{[]int{0, 1, 1}, []int{1, -1, 1}, rep(0, 3), rep(0, 3)},
		{[]int{1, 1, 0}, []int{1, -1, 1}, rep(0, 3), rep(0, 3)},
		{[]int{0, 0, 1, 0, 1, 0, 0}, []int{1, -1, 1, -1, 1, -1, 1}, rep(0, 7), rep(0, 7)},
		{[]int{0, 0, 1, 1, 0, 0, 0}, []int{-1, 1, -1, 1, -1, 1, -1}, rep(0, 7), rep(0, 7)},
	} {
		fs := relFacts(c.rel)
		for i, x := range c.close {
			if x == 1 {
				fs[i].close = yes
			}
		}
		w := twoInThree(fs)
		gotW, gotP := make([]int, len(w)), make([]int, len(w))
		for i, b := range w {
			if b {
				gotW[i] = 1
				if fs[i].close == yes {
					gotP[i] = 1
				}
			}
		}
		if c.window != nil && !reflect.DeepEqual(gotW, c.window) {
			t.Errorf("close %v rel %v: windows %v, want %v", c.close, c.rel, gotW, c.window)
		}
		if !reflect.DeepEqual(gotP, c.part) {
			t.Errorf("close %v rel %v: flagged %v, want %v", c.close, c.rel, gotP, c.part)
		}
	}
}

// A point that ends a rising trend and starts a falling one after a tie: ptd_special_cause_type
// takes the direction towards the next point (0 here) and calls every sign but 1 "Decreasing".
func TestTrendDirectionAtATieBetweenTrendsAsInR(t *testing.T) {
	// 1…7 rise (trend ends at index 6), 7 again, then 6…1 fall (trend from index 7 to 13).
	fs := yFacts(1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1)
	for i := range fs {
		fs[i].rel = 1 // keep the one-side rule out of the way: only the trend labels matter here
		if i%2 == 1 {
			fs[i].rel = -1
		}
	}
	rs := rules(fs)
	if rs[5] != TrendUp || rs[6] != TrendDown || rs[7] != TrendDown || rs[13] != TrendDown {
		t.Fatalf("%v", rs)
	}
}
