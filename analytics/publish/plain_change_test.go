package publish

import "testing"

// A change as a citizen reads it: better or worse by the indicator's direction, in its unit, and
// whether it is more than chance (nbsp before the unit, as the one formatter writes it).
func TestPlainChange(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		delta     float64
		unit, dir string
		sig       *bool
		lang      string
		want      string
	}{
		{3, "share", "higher", &yes, "bg", "по-добре с 3,0\u00a0п.п., значима промяна"},
		{-2.04, "index", "higher", &no, "bg", "по-зле с 2,0\u00a0т., в рамките на случайността"},
		{-5, "days", "lower", nil, "bg", "по-добре с 5,0\u00a0дни"},
		{1.5, "share", "none", &yes, "en", "higher by 1.5\u00a0pp, a significant change"},
		{0.01, "share", "higher", &yes, "en", "no change"},
	} {
		if got := plainChange(c.delta, c.unit, c.dir, c.sig, c.lang); got != c.want {
			t.Errorf("%v %s %s: %q, want %q", c.delta, c.unit, c.dir, got, c.want)
		}
	}
}
