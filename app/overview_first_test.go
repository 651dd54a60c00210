package app

import (
	"encoding/json"
	"testing"
	"time"

	"otzvuk/analytics/dashboard"
)

func TestSavedOverviewRequestFollowsTheSavedState(t *testing.T) {
	raw := func(m map[string]string) map[string]json.RawMessage {
		out := map[string]json.RawMessage{}
		for k, v := range m {
			out[k] = json.RawMessage(v)
		}
		return out
	}
	// nothing saved: the window opens on the overview in Bulgarian, unfiltered
	r := savedOverviewRequest(raw(nil))
	if r == nil || r.Lang != "bg" || r.Grain != "quarter" || r.Indicator != "SAT_IDX" || r.Filters.From != "" {
		t.Fatalf("default: %+v", r)
	}
	r = savedOverviewRequest(raw(map[string]string{"ui": `{"lang":"en","tab":"overview"}`, "filters": `{"from":"2025-01-01","to":"","channel":["portal"],"group":[],"method":[]}`}))
	page := OverviewRequest{Lang: "en", Grain: "quarter", Indicator: "SAT_IDX", Filters: dashboard.Filters{From: "2025-01-01", Channel: []string{"portal"}, Group: []string{}, Method: []string{}}}
	if r == nil || !sameOverviewRequest(*r, page) {
		t.Fatalf("saved state: %+v", r)
	}
	page.Filters.Channel = []string{"email"}
	if sameOverviewRequest(*r, page) {
		t.Fatal("another channel is another request")
	}
	if r := savedOverviewRequest(raw(map[string]string{"ui": `{"lang":"bg","tab":"records"}`})); r != nil {
		t.Fatalf("the window opens on the records: nothing to compute first, got %+v", r)
	}
	if r := savedOverviewRequest(raw(map[string]string{"ui": `{broken`})); r != nil {
		t.Fatalf("unreadable state: nothing guessed, got %+v", r)
	}
}

func TestFirstOverviewIsTakenOnceByAMatchingRequest(t *testing.T) {
	st := &State{}
	req := OverviewRequest{Lang: "bg", Grain: "quarter", Indicator: "SAT_IDX"}
	st.first.req, st.first.made, st.first.done = &req, time.Now(), make(chan struct{})
	st.first.res = OverviewResult{Outcome: succeeded()}
	close(st.first.done)
	other := req
	other.Lang = "en"
	if _, ok := st.takeFirstOverview(other); ok {
		t.Fatal("an English request took the Bulgarian answer")
	}
	if _, ok := st.takeFirstOverview(req); !ok {
		t.Fatal("the matching request did not take the answer")
	}
	if _, ok := st.takeFirstOverview(req); ok {
		t.Fatal("the answer was taken twice")
	}
	st.first.req, st.first.made = &req, time.Now()
	st.dropFirstOverview()
	if _, ok := st.takeFirstOverview(req); ok {
		t.Fatal("an answer dropped after a change of the data was taken")
	}
	st.first.req, st.first.made = &req, time.Now().Add(-2*firstOverviewFresh)
	if _, ok := st.takeFirstOverview(req); ok {
		t.Fatal("a stale answer was taken")
	}
}
