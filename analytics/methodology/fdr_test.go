package methodology

import (
	"math"
	"testing"

	"otzvuk/analytics/compare"
)

// changeValue is a department's value with a year-ago change of delta and standard error se,
// tested by the normal approximation (p from z = delta/se).
func changeValue(id, dept string, value, delta, se float64, n int64) Value {
	d, c := dept, dept
	ya := value - delta
	p := 2 * (1 - compare.NormalCDF(math.Abs(delta/se)))
	return Value{Indicator: id, Period: "2026-Q3", Department: &d, DepartmentCode: &c, Value: &value, N: n,
		YearAgo: &ya, YearAgoDelta: &delta, YearAgoP: &p, yearAgoSE: se}
}

// A net promoter score moves on a −100…100 scale, a share in percentage points: the list is
// ordered by the evidence (q, then the change in standard errors), never by the raw size.
func TestChangesRankedByEvidenceNotSize(t *testing.T) {
	cat, _ := DefaultCatalog()
	vals := []Value{
		changeValue("NPS", "A", -88.6, -36.7, 15, 44),      // z = −2.45, p ≈ 0.014
		changeValue("SVC_ONTIME", "B", 70, -8, 2, 400),     // z = −4, p ≈ 0.00006
		changeValue("SAT_IDX", "C", 60, -5, 2, 300),        // z = −2.5, p ≈ 0.012
		changeValue("SVC_ONTIME", "D", 50, -0.5, 2, 900),   // z = −0.25: noise
		changeValue("CARD_NEG", "E", 10, -0.3, 0.1, 5_000), // lower is better: an improvement, z = −3
	}
	if m := AdjustFamily(vals, YearAgoTest, compare.DefaultFDR, nil); m != 5 {
		t.Fatalf("family of %d tests, want 5", m)
	}
	worse, better := SignificantChanges(vals, cat, 10)
	var order []string
	for _, c := range worse {
		order = append(order, c.DeptCode)
		if c.Unit == "" || c.Q < c.P {
			t.Errorf("%+v: a change carries its unit and a q no smaller than its p", c)
		}
	}
	// q: B 0.0003, then C and A tie at 0.0178 (A's 0.014·5/4), C's |z| 2.5 above A's 2.45
	if len(order) != 3 || order[0] != "B" || order[1] != "C" || order[2] != "A" {
		t.Errorf("worse in the order %v, want [B C A] (evidence, not the NPS's raw −36.7 first)", order)
	}
	if len(better) != 1 || better[0].DeptCode != "E" || !better[0].Improvement {
		t.Errorf("better %+v", better)
	}
}

// A change of zero is neither an improvement nor a deterioration, whatever a test said.
func TestZeroChangeIsNeutral(t *testing.T) {
	cat, _ := DefaultCatalog()
	v := changeValue("SAT_IDX", "A", 70, 0, 1, 500)
	yes := true
	v.YearAgoSignificant = &yes
	worse, better := SignificantChanges([]Value{v}, cat, 5)
	if len(worse)+len(better) != 0 {
		t.Errorf("a zero change listed: worse %+v better %+v", worse, better)
	}
}

// A family is exactly its members; the rest keep what they had, and shared pointers are not
// written through (a cached result's values share them).
func TestAdjustFamilyMembers(t *testing.T) {
	p1, p2, p3 := 0.01, 0.04, 0.03
	no := false
	vals := []Value{{YearAgoP: &p1}, {YearAgoP: &p2}, {YearAgoP: &p3, SmallSample: true, YearAgoSignificant: &no}, {}}
	m := AdjustFamily(vals, YearAgoTest, 0.05, func(v Value) bool { return !v.SmallSample })
	if m != 2 {
		t.Fatalf("family of %d, want 2", m)
	}
	if math.Abs(*vals[0].YearAgoQ-0.02) > 1e-12 || *vals[1].YearAgoQ != 0.04 || !*vals[0].YearAgoSignificant || !*vals[1].YearAgoSignificant {
		t.Errorf("q %v %v", *vals[0].YearAgoQ, *vals[1].YearAgoQ)
	}
	if vals[2].YearAgoQ != nil || vals[2].YearAgoSignificant != &no || no || vals[3].YearAgoSignificant != nil {
		t.Error("a value outside the family was changed")
	}
	// all three: q = 0.01·3, min(0.03·3/2, 0.04), 0.04
	AdjustFamily(vals, YearAgoTest, 0.05, nil)
	near := func(a *float64, b float64) bool { return a != nil && math.Abs(*a-b) < 1e-12 }
	if !near(vals[0].YearAgoQ, 0.03) || !near(vals[1].YearAgoQ, 0.04) || !near(vals[2].YearAgoQ, 0.04) {
		t.Errorf("q %v %v %v", *vals[0].YearAgoQ, *vals[1].YearAgoQ, *vals[2].YearAgoQ)
	}
	qs, sig := AdjustP([]*float64{nil, &p1, &p2}, 0.05)
	if qs[0] != nil || sig[0] != nil || math.Abs(*qs[1]-0.02) > 1e-12 || *qs[2] != 0.04 || !*sig[2] {
		t.Errorf("AdjustP %v %v", qs, sig)
	}
}
