package methodology

import (
	"context"
	"testing"
)

func TestSignificantChangesFollowTheDirection(t *testing.T) {
	cat, _ := DefaultCatalog()
	mk := func(id, dept string, value, yearAgo float64, sig bool) Value {
		d, c := dept, dept
		delta := value - yearAgo
		s := sig
		return Value{Indicator: id, Period: "2025", Department: &d, DepartmentCode: &c, Value: &value, YearAgo: &yearAgo, YearAgoDelta: &delta, YearAgoSignificant: &s}
	}
	vals := []Value{
		mk("SAT_IDX", "A", 80, 60, true),   // higher is better: +20 improves
		mk("SAT_IDX", "B", 50, 70, true),   // −20 worsens
		mk("CARD_NEG", "C", 30, 10, true),  // lower is better: +20 worsens
		mk("CARD_NEG", "D", 12, 10, false), // not significant
		mk("SPC_COUNT", "E", 50, 10, true), // no direction
	}
	worse, better := SignificantChanges(vals, cat, 5)
	if len(better) != 1 || better[0].DeptCode != "A" {
		t.Errorf("better %+v", better)
	}
	if len(worse) != 2 || worse[0].Indicator == "" || worse[0].DeptCode == worse[1].DeptCode {
		t.Errorf("worse %+v", worse)
	}
	s := openFixture(t, "mystery_consultations.sql")
	m, err := MethodsWithData(context.Background(), s.DB, 2025)
	if err != nil || m["survey"] != 1 || m["media"] != 1 || m["staff_consultation"] != 1 || m["signals"] != 0 {
		t.Errorf("methods %v %v", m, err)
	}
}

func TestWorseAndShownSignificance(t *testing.T) {
	cat, _ := DefaultCatalog()
	for _, c := range []struct {
		id    string
		delta float64
		want  bool
	}{{"SAT_IDX", -1, true}, {"SAT_IDX", 1, false}, {"SAT_IDX", 0, false}, {"CARD_NEG", 1, true}, {"CARD_NEG", -1, false}, {"CHANNEL_MIX", -5, false}} {
		if got := cat.Must(c.id).Worse(c.delta); got != c.want {
			t.Errorf("%s Worse(%v) = %v", c.id, c.delta, got)
		}
	}
	yes := true
	if (Value{}).Shown(&yes) != &yes || (Value{SmallSample: true}).Shown(&yes) != nil {
		t.Error("a small sample's significance must not be shown, a sufficient one's must")
	}
}

func TestOnePerDepartmentCountsTheOthers(t *testing.T) {
	cs := []Change{{DeptCode: "A", Delta: -9}, {DeptCode: "A", Delta: -7}, {DeptCode: "B", Delta: -5}, {DeptCode: "A", Delta: -3}, {DeptCode: "C", Delta: -2}}
	got := OnePerDepartment(cs, 2)
	if len(got) != 2 || got[0].DeptCode != "A" || got[0].More != 2 || got[0].Delta != -9 || got[1].DeptCode != "B" || got[1].More != 0 {
		t.Fatalf("%+v", got)
	}
}
