package app

import (
	"strconv"
	"testing"
)

// The comparison asked ahead leaves its first visit nothing to compute: the view's heatmap and
// ranking, then its small multiples (of the year and indicator the answer names, as the window
// asks them), are answered from the result cache alone. A user's request stops it, and says so.
func TestTheComparisonAskedAheadLeavesItsFirstVisitNothingToCompute(t *testing.T) {
	st, _ := startedState(t)
	svc := NewCompareService(st)
	req := CompareRequest{Lang: "bg", Grain: "quarter", Indicator: "SAT_IDX"}
	if r := svc.CompareAhead(req); !r.OK || r.Preempted {
		t.Fatalf("asked ahead: %+v", r)
	}
	_, missesBefore := st.resultCache().Stats()
	c := svc.Compare(req)
	if !c.OK {
		t.Fatalf("the view's comparison %+v", c.Problem)
	}
	if m := svc.Multiples(MultiplesRequest{Lang: "bg", Indicator: c.Indicator, Year: yearOf(c.Period)}); !m.OK || len(m.Charts) == 0 {
		t.Fatalf("the view's small multiples: ok %v, %d charts, %+v", m.OK, len(m.Charts), m.Problem)
	}
	hits, misses := st.resultCache().Stats()
	if misses != missesBefore || hits == 0 {
		t.Fatalf("the first visit computed %d queries again (%d hits)", misses-missesBefore, hits)
	}

	// asked ahead while the user waits for something: not now
	_, busy := st.query()
	if r := svc.CompareAhead(CompareRequest{Lang: "en", Grain: "year", Indicator: "SAT_IDX"}); r.OK || !r.Preempted {
		t.Fatalf("computed ahead while the user waited: %+v", r)
	}
	busy()
	// stopped by the user's next request
	res := make(chan AheadResult, 1)
	go func() { res <- svc.CompareAhead(CompareRequest{Lang: "en", Grain: "month", Indicator: "SVC_ONTIME"}) }()
	waitForBackground(t, st, 1)
	if r := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"}); !r.OK {
		t.Fatalf("the user's overview %+v", r.Problem)
	}
	if r := <-res; r.OK || !r.Preempted {
		t.Fatalf("the comparison asked ahead, after the user's request: %+v", r)
	}
}

func yearOf(period string) int {
	y, _ := strconv.Atoi(period[:min(4, len(period))])
	return y
}
