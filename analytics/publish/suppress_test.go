package publish

import "testing"

func cells(ns ...int64) []*Cell {
	out := make([]*Cell, len(ns))
	for i, n := range ns {
		out[i] = &Cell{N: n}
	}
	return out
}

func hidden(cs []*Cell) map[int64]bool {
	out := map[int64]bool{}
	for _, c := range cs {
		if c.Suppressed {
			out[c.N] = true
		}
	}
	return out
}

// Suppress, by hand at k = 10.
func TestSuppress(t *testing.T) {
	for _, tc := range []struct {
		name  string
		total int64
		ns    []int64
		want  []int64 // the n of the cells hidden
	}{
		{"nothing small", 60, []int64{30, 20, 10}, nil},
		{"one small: the next smallest goes too", 60, []int64{30, 25, 5}, []int64{5, 25}},
		{"two small that together reach k", 60, []int64{48, 6, 6}, []int64{6}},                // 6 + 6 = 12 ≥ 10
		{"two small below k together: a third", 60, []int64{40, 13, 4, 3}, []int64{3, 4, 13}}, // 3 + 4 = 7 < 10
		{"a total below k hides everything", 9, []int64{5, 4}, []int64{4, 5}},
		{"a lone cell equals the total", 30, []int64{30}, nil},
	} {
		cs := cells(tc.ns...)
		total := &Cell{N: tc.total}
		Suppress(total, cs, 10)
		got := hidden(cs)
		if len(got) != len(tc.want) {
			t.Errorf("%s: hidden %v, want %v", tc.name, got, tc.want)
			continue
		}
		for _, n := range tc.want {
			if !got[n] {
				t.Errorf("%s: hidden %v, want %v", tc.name, got, tc.want)
			}
		}
		if tc.total < 10 != total.Suppressed {
			t.Errorf("%s: total suppressed %v", tc.name, total.Suppressed)
		}
		// what is hidden can never be recovered: none, or at least two resting on k or more
		var n, sum int64
		for _, c := range cs {
			if c.Suppressed {
				n++
				sum += c.N
			}
		}
		if !total.Suppressed && n > 0 && (n < 2 || sum < 10) {
			t.Errorf("%s: %d hidden cells of %d responses can be recovered", tc.name, n, sum)
		}
		for _, c := range cs {
			if s := c.Shown(); c.Suppressed && (s.N != 0 || s.Value != nil) {
				t.Errorf("%s: a hidden cell shows %+v", tc.name, s)
			}
		}
	}
}
