package app

import "otzvuk/analytics/methodology"

// RecordsService lists the records behind any chart point: paged, sorted, searched.
type RecordsService struct {
	st *State
}

// NewRecordsService creates the service.
func NewRecordsService(st *State) *RecordsService { return &RecordsService{st: st} }

// RecordsRequest is a drill-down: record kind, department, period, search, sort and page.
type RecordsRequest struct {
	Kind       string  `json:"kind"`
	Department string  `json:"department"`
	Period     string  `json:"period"`
	Search     string  `json:"search"`
	LowRated   bool    `json:"lowRated"` // only low-rated records with a comment or text
	Sort       string  `json:"sort"`
	Desc       bool    `json:"desc"`
	Offset     int     `json:"offset"`
	Limit      int     `json:"limit"`
	Filters    Filters `json:"filters"`
}

// RecordsResult is one page.
type RecordsResult struct {
	OK      bool                     `json:"ok"`
	Problem *Problem                 `json:"problem,omitempty"`
	Page    *methodology.RecordsPage `json:"page,omitempty"`
}

// Records returns one page of records.
func (s *RecordsService) Records(req RecordsRequest) RecordsResult {
	ctx, done := s.st.query()
	defer done()
	if s.st.Store.Pooled(ctx) {
		return RecordsResult{Problem: problem("errors.pooledNoRecords", errPooled, nil)}
	}
	q := methodology.RecordsQuery{Kind: req.Kind, Department: req.Department, Period: req.Period, Search: req.Search, LowRated: req.LowRated,
		Sort: req.Sort, Desc: req.Desc, Offset: req.Offset, Limit: req.Limit,
		Channels: req.Filters.Channel, Groups: req.Filters.Group, Methods: req.Filters.Method}
	var err error
	if q.From, q.To, err = req.Filters.dates(); err != nil {
		return RecordsResult{Problem: problem("errors.badDate", err, nil)}
	}
	page, err := methodology.Records(ctx, s.st.Store.DB, q)
	if err != nil {
		return RecordsResult{Problem: queryProblem(err)}
	}
	return RecordsResult{OK: true, Page: page}
}

// DepartmentsResult lists the departments for the records' department picker.
type DepartmentsResult struct {
	OK          bool               `json:"ok"`
	Problem     *Problem           `json:"problem,omitempty"`
	Departments []DepartmentOption `json:"departments"`
}

// Departments lists every department, by name.
func (s *RecordsService) Departments() DepartmentsResult {
	ctx, done := s.st.query()
	defer done()
	depts, err := methodology.Departments(ctx, s.st.Store.DB)
	if err != nil {
		return DepartmentsResult{Problem: queryProblem(err)}
	}
	out := DepartmentsResult{OK: true, Departments: []DepartmentOption{}}
	for _, d := range depts {
		out.Departments = append(out.Departments, DepartmentOption{Code: d.Code, Name: d.Name})
	}
	return out
}
