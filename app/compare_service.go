package app

import (
	"strconv"

	"otzvuk/analytics/dashboard"
)

// CompareService feeds the comparison view (dashboard.ComputeCompare, ComputePeriods,
// ComputeMultiples): departments × indicators for one period, a ranking of departments on one
// indicator, the municipality in period A beside period B, and year-over-year small multiples.
type CompareService struct {
	st *State
}

// NewCompareService creates the service.
func NewCompareService(st *State) *CompareService { return &CompareService{st: st} }

// The requests of the comparison view.
type (
	CompareRequest   = dashboard.CompareRequest
	PeriodsRequest   = dashboard.PeriodsRequest
	MultiplesRequest = dashboard.MultiplesRequest
)

// CompareResult is the heatmap and the ranking, or why they could not be computed.
type CompareResult struct {
	Outcome
	dashboard.Compare
	// Wails' bindings generator flattens the embedded view into this type but skips it when it
	// collects the types the view's fields use; this field, never sent, makes it generate them.
	ViewTypes dashboard.Compare `json:"-"`
}

// Compare computes the comparison view.
func (s *CompareService) Compare(req CompareRequest) CompareResult {
	ctx, done := s.st.query()
	defer done()
	c, p := dashboard.ComputeCompare(ctx, s.st.source(), req, s.st.municipalities(ctx))
	if p != nil {
		return CompareResult{Outcome: failed(fromDashboard(p))}
	}
	return CompareResult{Outcome: succeeded(), Compare: *c}
}

// AheadResult says how a computation ahead of the user ended (its answer is never shown).
type AheadResult struct {
	Outcome
	// Preempted: stopped for a request the user made (DepartmentResult.Preempted).
	Preempted bool `json:"preempted"`
}

// CompareAhead computes, before the user opens the comparison view, what its first visit asks
// for what lies in the window's view: the heatmap and the ranking (req, as the view will ask it),
// then the small multiples of their year and indicator. The view's own requests then find every
// query in the result cache. Like DepartmentAhead, any request the user makes meanwhile stops it
// (what it computed so far stays cached).
func (s *CompareService) CompareAhead(req CompareRequest) AheadResult {
	ctx, done := s.st.backgroundQuery()
	defer done()
	many := s.st.municipalities(ctx)
	c, p := dashboard.ComputeCompare(ctx, s.st.source(), req, many)
	if p == nil {
		year, _ := strconv.Atoi(c.Period[:min(4, len(c.Period))])
		_, p = dashboard.ComputeMultiples(ctx, s.st.source(), MultiplesRequest{Lang: req.Lang, Indicator: c.Indicator, Filters: req.Filters, Year: year}, many)
	}
	if p != nil {
		return AheadResult{Outcome: failed(fromDashboard(p)), Preempted: preempted(ctx)}
	}
	return AheadResult{Outcome: succeeded()}
}

// PeriodsResult is the side-by-side table of period A and period B.
type PeriodsResult struct {
	Outcome
	dashboard.PeriodTable
	ViewTypes dashboard.PeriodTable `json:"-"` // see CompareResult
}

// Periods puts every directional indicator's municipal value in period A beside period B.
func (s *CompareService) Periods(req PeriodsRequest) PeriodsResult {
	ctx, done := s.st.query()
	defer done()
	t, p := dashboard.ComputePeriods(ctx, s.st.source(), req)
	if p != nil {
		return PeriodsResult{Outcome: failed(fromDashboard(p))}
	}
	return PeriodsResult{Outcome: succeeded(), PeriodTable: *t}
}

// MultiplesResult: the year shown and one chart per department.
type MultiplesResult struct {
	Outcome
	dashboard.Multiples
	ViewTypes dashboard.Multiples `json:"-"` // see CompareResult
}

// Multiples draws, per department, the indicator month by month this year against last year.
func (s *CompareService) Multiples(req MultiplesRequest) MultiplesResult {
	ctx, done := s.st.query()
	defer done()
	m, p := dashboard.ComputeMultiples(ctx, s.st.source(), req, s.st.municipalities(ctx))
	if p != nil {
		return MultiplesResult{Outcome: failed(fromDashboard(p))}
	}
	return MultiplesResult{Outcome: succeeded(), Multiples: *m}
}
