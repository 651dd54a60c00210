package app

import (
	"sort"

	"otzvuk/analytics/methodology"
)

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
	LowRated   bool    `json:"lowRated"`  // only low-rated records with a comment or text
	Theme      string  `json:"theme"`     // only records whose text mentions this theme
	Indicator  string  `json:"indicator"` // only the records this indicator's value rests on (its n)
	Sort       string  `json:"sort"`
	Desc       bool    `json:"desc"`
	Offset     int     `json:"offset"`
	Limit      int     `json:"limit"`
	Filters    Filters `json:"filters"`
}

// RecordsResult is one page.
type RecordsResult struct {
	Outcome
	Page *methodology.RecordsPage `json:"page,omitempty"`
	// Behind names the indicator whose value the records are behind (the drill narrowed them to its n).
	Behind *methodology.Text `json:"behind,omitempty"`
}

// Records returns one page of records.
func (s *RecordsService) Records(req RecordsRequest) RecordsResult {
	ctx, done := s.st.query()
	defer done()
	if s.st.Store.Pooled(ctx) {
		return RecordsResult{Outcome: failed(problem("errors.pooledNoRecords", errPooled, nil))}
	}
	if req.Theme != "" {
		if _, _, err := s.st.freshThemes(ctx); err != nil {
			return RecordsResult{Outcome: failed(queryProblem(err))}
		}
	}
	q := methodology.RecordsQuery{Kind: req.Kind, Department: req.Department, Period: req.Period, Search: req.Search, LowRated: req.LowRated, Theme: req.Theme,
		Sort: req.Sort, Desc: req.Desc, Offset: req.Offset, Limit: req.Limit,
		Channels: req.Filters.Channel, Groups: req.Filters.Group, Methods: req.Filters.Method}
	if req.Indicator != "" && s.st.Catalog != nil {
		if ind, ok := s.st.Catalog.Get(req.Indicator); ok {
			q.Indicator = ind
		}
	}
	var err error
	if q.From, q.To, err = req.Filters.Dates(); err != nil {
		return RecordsResult{Outcome: failed(problem("errors.badDate", err, nil))}
	}
	page, err := methodology.Records(ctx, s.st.Store.DB, q)
	if err != nil {
		return RecordsResult{Outcome: failed(queryProblem(err))}
	}
	out := RecordsResult{Outcome: succeeded(), Page: page}
	if page.Indicator != "" {
		out.Behind = &q.Indicator.Name
	}
	return out
}

// DepartmentsResult lists the departments for the records' department picker.
type DepartmentsResult struct {
	Outcome
	Departments []DepartmentOption `json:"departments"`
}

// Departments lists every department, by name.
func (s *RecordsService) Departments() DepartmentsResult {
	ctx, done := s.st.query()
	defer done()
	depts, err := methodology.Departments(ctx, s.st.Store.DB)
	if err != nil {
		return DepartmentsResult{Outcome: failed(queryProblem(err))}
	}
	out := DepartmentsResult{Outcome: succeeded(), Departments: []DepartmentOption{}}
	for _, d := range depts {
		out.Departments = append(out.Departments, DepartmentOption{Code: d.Code, Name: d.Name})
	}
	return out
}

// ThemeOption is one theme the records can be filtered by.
type ThemeOption struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Themes lists the themes (shipped and the municipality's own) for the records' theme filter.
func (s *RecordsService) Themes(lang string) []ThemeOption {
	out := []ThemeOption{}
	ts := s.st.Themes()
	if ts == nil {
		return out
	}
	for _, t := range ts.All() {
		name := t.Name.In(lang)
		out = append(out, ThemeOption{ID: t.ID, Name: name})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
