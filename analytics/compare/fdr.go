package compare

import (
	"math"
	"sort"
)

// DefaultFDR is the false discovery rate level: a change is called significant when its
// Benjamini–Hochberg q-value is at most this. Where a family of comparisons is formed the level
// is a parameter; this is what every screen passes unless told otherwise.
const DefaultFDR = 0.05

// BH returns the Benjamini–Hochberg q-values (adjusted p-values) of p, in p's order: for the
// i-th smallest of m p-values, q = min over j ≥ i of p_(j)·m/j, capped at 1, so q is monotone in p
// and "q ≤ level" rejects exactly what the step-up procedure at that level rejects. A NaN (a
// comparison that could not be tested) is not part of the family: it counts in no m and gets NaN.
// Why: one screen shows a hundred tests; at 5 % each, five come out "significant" by chance alone,
// while q ≤ 5 % keeps the expected share of false ones among those called significant at 5 %.
func BH(p []float64) []float64 {
	q := make([]float64, len(p))
	var idx []int
	for i, x := range p {
		q[i] = math.NaN()
		if !math.IsNaN(x) {
			idx = append(idx, i)
		}
	}
	m := len(idx)
	if m == 0 {
		return q
	}
	sort.SliceStable(idx, func(a, b int) bool { return p[idx[a]] < p[idx[b]] })
	run := 1.0
	for r := m - 1; r >= 0; r-- {
		i := idx[r]
		adj := math.Max(0, p[i]) * float64(m) / float64(r+1)
		run = math.Min(run, adj)
		q[i] = run
	}
	return q
}
