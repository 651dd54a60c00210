package app

import (
	"encoding/json"
	"slices"
	"sync"
	"time"

	"otzvuk/analytics/dashboard"
)

// The window's first overview is computed by Go while the webview is still starting (a second or
// more on this machine: GTK, WebKit's processes, the page's script), not after the page has asked
// for it: the request the page will make is known from the saved UI state (the open tab, the
// language, the filters). The page's first matching request takes that answer, waiting for it if
// it is still being computed; any other request, or one after the answer has been taken or has
// grown stale, is computed as always.
type firstOverview struct {
	once sync.Once
	mu   sync.Mutex
	// it starts once the data are ready and the page has loaded, whichever comes last: started
	// earlier it competes with WebKit's own start for the 2 cores (measured: the page's
	// navigation ~1 s later under load), after the page has loaded it runs beside the page's
	// single-threaded script
	dataReady, pageLoaded bool
	req                   *OverviewRequest
	made                  time.Time
	done                  chan struct{}
	res                   OverviewResult
}

// firstOverviewFresh: an answer nobody asked for within this time is dropped (the data may have
// changed since; in practice the page asks within a few seconds of the start).
const firstOverviewFresh = 60 * time.Second

// savedOverviewRequest is the overview request the page will make first, from ui-state.json, or
// nil when the window will open on another view.
func savedOverviewRequest(saved map[string]json.RawMessage) *OverviewRequest {
	ui := struct {
		Lang string `json:"lang"`
		Tab  string `json:"tab"`
	}{Lang: "bg", Tab: "overview"}
	if raw, ok := saved["ui"]; ok && json.Unmarshal(raw, &ui) != nil {
		return nil
	}
	if ui.Tab != "overview" {
		return nil
	}
	if ui.Lang != "en" {
		ui.Lang = "bg"
	}
	req := &OverviewRequest{Lang: ui.Lang, Grain: "quarter", Indicator: "SAT_IDX"}
	if raw, ok := saved["filters"]; ok && json.Unmarshal(raw, &req.Filters) != nil {
		return nil
	}
	return req
}

func sameOverviewRequest(a, b OverviewRequest) bool {
	return a.Lang == b.Lang && a.Grain == b.Grain && a.Indicator == b.Indicator &&
		a.Filters.From == b.Filters.From && a.Filters.To == b.Filters.To &&
		slices.Equal(a.Filters.Channel, b.Filters.Channel) && slices.Equal(a.Filters.Group, b.Filters.Group) &&
		slices.Equal(a.Filters.Method, b.Filters.Method)
}

// FirstOverviewDataReady and FirstOverviewPageLoaded each say one of the two conditions; the
// second starts the computation.
func (st *State) FirstOverviewDataReady() {
	st.firstOverviewWhen(func(f *firstOverview) { f.dataReady = true })
}

// FirstOverviewPageLoaded: see FirstOverviewDataReady (called by the window's OnDomReady).
func (st *State) FirstOverviewPageLoaded() {
	st.firstOverviewWhen(func(f *firstOverview) { f.pageLoaded = true })
}

func (st *State) firstOverviewWhen(set func(*firstOverview)) {
	f := &st.first
	f.mu.Lock()
	set(f)
	both := f.dataReady && f.pageLoaded
	f.mu.Unlock()
	if both {
		st.startFirstOverview()
	}
}

// startFirstOverview computes the saved state's overview in the background (once per start).
func (st *State) startFirstOverview() {
	if st.Store == nil {
		return
	}
	f := &st.first
	f.once.Do(func() {
		req := savedOverviewRequest((&PrefsService{st: st}).read())
		if req == nil {
			return
		}
		f.mu.Lock()
		f.req, f.made, f.done = req, time.Now(), make(chan struct{})
		f.mu.Unlock()
		go func() {
			defer close(f.done)
			ctx, done := st.query()
			defer done()
			o, p := dashboard.ComputeOverview(ctx, st.source(), *req)
			if p != nil {
				f.res = OverviewResult{Outcome: failed(fromDashboard(p))}
				return
			}
			f.res = OverviewResult{Outcome: succeeded(), Overview: *o}
			Step("first overview ready (Go)")
		}()
	})
}

// takeFirstOverview hands the precomputed overview to the first request that matches it.
func (st *State) takeFirstOverview(req OverviewRequest) (OverviewResult, bool) {
	f := &st.first
	f.mu.Lock()
	want, made, done := f.req, f.made, f.done
	if want != nil && sameOverviewRequest(*want, req) {
		f.req = nil // once
	} else {
		want = nil
	}
	f.mu.Unlock()
	if want == nil || time.Since(made) > firstOverviewFresh {
		return OverviewResult{}, false
	}
	<-done
	if !f.res.OK { // cancelled or failed: the request computes it itself (and says why)
		return OverviewResult{}, false
	}
	return f.res, true
}

// dropFirstOverview forgets an answer not yet taken (the data changed).
func (st *State) dropFirstOverview() {
	st.first.mu.Lock()
	st.first.req = nil
	st.first.mu.Unlock()
}
