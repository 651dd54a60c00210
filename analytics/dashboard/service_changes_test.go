package dashboard

import (
	"strings"
	"testing"
)

// The department's services table: rows of 3, 6 and 9 requests never stand above the solid row
// however large their change; a change of zero is neutral, neither worse nor better.
func TestServiceRowsSmallSamplesAfterSolidOnes(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	yes := true
	rows := []ServiceChange{
		{Service: "n=3", Delta: f(-66.7), Worse: true, SmallSample: true, z: -2.1},
		{Service: "none", Delta: nil},
		{Service: "n=6", Delta: f(-50), Worse: true, SmallSample: true, z: -1.5},
		{Service: "zero", Delta: f(0), Neutral: true, Q: f(1), P: f(1)},
		{Service: "n=195", Delta: f(-4), Worse: true, Significant: &yes, Q: f(0.01), P: f(0.01), z: -3},
		{Service: "n=9", Delta: f(-66.7), Worse: true, SmallSample: true, z: -2.5},
		{Service: "better", Delta: f(5), Q: f(0.2), P: f(0.2), z: 1.3},
	}
	sortServiceChanges(rows)
	var got []string
	for _, r := range rows {
		got = append(got, r.Service)
	}
	if want := "n=195 better zero n=9 n=3 n=6 none"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}
