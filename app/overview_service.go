package app

import "otzvuk/analytics/dashboard"

// OverviewService feeds the mayor's office view (dashboard.ComputeOverview).
type OverviewService struct {
	st *State
}

// NewOverviewService creates the service.
func NewOverviewService(st *State) *OverviewService { return &OverviewService{st: st} }

// OverviewRequest: the UI language, the tiles' grain, the indicator of the yearly comparison and the filters.
type OverviewRequest = dashboard.OverviewRequest

// OverviewResult is the overview, or why it could not be computed.
type OverviewResult struct {
	Outcome
	dashboard.Overview
	// Wails' bindings generator flattens the embedded view into this type but skips it when it
	// collects the types the view's fields use; this field, never sent, makes it generate them.
	ViewTypes dashboard.Overview `json:"-"`
}

// Overview computes the mayor's office view.
func (s *OverviewService) Overview(req OverviewRequest) OverviewResult {
	Step("overview asked (Go)")
	defer Step("overview computed (Go)")
	if r, ok := s.st.takeFirstOverview(req); ok {
		return r
	}
	ctx, done := s.st.query()
	defer done()
	o, p := dashboard.ComputeOverview(ctx, s.st.source(), req)
	if p != nil {
		return OverviewResult{Outcome: failed(fromDashboard(p))}
	}
	return OverviewResult{Outcome: succeeded(), Overview: *o}
}
