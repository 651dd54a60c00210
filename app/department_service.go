package app

import (
	"context"

	"otzvuk/analytics/dashboard"
)

// DepartmentService feeds the department head's view (dashboard.ComputeDepartment).
type DepartmentService struct {
	st *State
}

// NewDepartmentService creates the service.
func NewDepartmentService(st *State) *DepartmentService { return &DepartmentService{st: st} }

// DepartmentRequest names the department (code; empty = the first), the UI language and the filters.
type DepartmentRequest = dashboard.DepartmentRequest

// DepartmentResult is the department view, or why it could not be computed.
type DepartmentResult struct {
	Outcome
	// Preempted: computed ahead (DepartmentAhead) and stopped for a request the user made — the
	// window asks again rather than show it (a Cancel pressed by the user is not this).
	Preempted bool `json:"preempted"`
	dashboard.Department
	// Wails' bindings generator flattens the embedded view into this type but skips it when it
	// collects the types the view's fields use; this field, never sent, makes it generate them.
	ViewTypes dashboard.Department `json:"-"`
}

// Department computes the department view.
func (s *DepartmentService) Department(req DepartmentRequest) DepartmentResult {
	ctx, done := s.st.query()
	defer done()
	return s.department(ctx, req)
}

// DepartmentAhead computes the department view before the user asks for it (the window, once its
// first view is drawn): any request the user makes meanwhile stops it (errors.queryCancelled), and
// what it computed stays in the result cache.
func (s *DepartmentService) DepartmentAhead(req DepartmentRequest) DepartmentResult {
	ctx, done := s.st.backgroundQuery()
	defer done()
	res := s.department(ctx, req)
	res.Preempted = !res.OK && preempted(ctx)
	return res
}

func (s *DepartmentService) department(ctx context.Context, req DepartmentRequest) DepartmentResult {
	d, p := dashboard.ComputeDepartment(ctx, s.st.source(), req)
	if p != nil {
		return DepartmentResult{Outcome: failed(fromDashboard(p))}
	}
	return DepartmentResult{Outcome: succeeded(), Department: *d}
}
