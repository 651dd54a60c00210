package app

import (
	"fmt"
	"sort"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/methodology"
)

// IndicatorService computes indicators and their charts for the window.
type IndicatorService struct {
	st *State
}

// NewIndicatorService creates the service.
func NewIndicatorService(st *State) *IndicatorService {
	return &IndicatorService{st: st}
}

// TrendRequest asks for one indicator's trend per department.
type TrendRequest struct {
	Indicator string  `json:"indicator"`
	Grain     string  `json:"grain"`
	Lang      string  `json:"lang"`
	Filters   Filters `json:"filters"`
	// Highlight is the department code drawn in colour against the others in grey; "" picks the
	// department that fares worst in the last whole period.
	Highlight string `json:"highlight"`
}

// TrendResult is the trend chart, the department it highlights and the departments to pick from.
type TrendResult struct {
	Outcome
	Chart       *charts.Chart      `json:"chart,omitempty"`
	Highlight   string             `json:"highlight"`
	Departments []DepartmentOption `json:"departments"`
}

// ChartResult is a chart ready for echarts, or the problem that prevented it.
type ChartResult struct {
	Outcome
	Chart *charts.Chart `json:"chart,omitempty"`
}

// ValuesResult carries computed indicator values.
type ValuesResult struct {
	Outcome
	Values []methodology.Value `json:"values"`
}

var chartWords = map[string]struct{ total, axis string }{
	"bg": {"Общо за общината", "Индекс (0–100)"},
	"en": {"Municipality total", "Index (0–100)"},
}

func (s *IndicatorService) compute(req TrendRequest) (*methodology.Indicator, []methodology.Value, *Problem) {
	ind, ok := s.st.Catalog.Get(req.Indicator)
	if !ok {
		return nil, nil, problem("errors.unknownIndicator", fmt.Errorf("%w: unknown indicator %q", errInvalid, req.Indicator), map[string]string{"id": req.Indicator})
	}
	grain, err := methodology.ParseGrain(req.Grain)
	if err != nil {
		return nil, nil, problem("errors.badGrain", err, map[string]string{"grain": req.Grain})
	}
	q, p := req.Filters.Apply(methodology.Query{Indicators: []string{ind.ID}, By: []methodology.Dimension{methodology.ByDepartment}, Grain: grain})
	if p != nil {
		return nil, nil, fromDashboard(p)
	}
	ctx, done := s.st.query()
	defer done()
	vals, err := s.st.compute(ctx, s.st.Catalog, q)
	if err != nil {
		return nil, nil, queryProblem(err)
	}
	return ind, vals, nil
}

// Values returns the indicator's values per department and period, with the municipal total.
func (s *IndicatorService) Values(req TrendRequest) ValuesResult {
	_, vals, p := s.compute(req)
	if p != nil {
		return ValuesResult{Outcome: failed(p)}
	}
	return ValuesResult{Outcome: succeeded(), Values: vals}
}

// Trend returns a line chart of the indicator per department, one highlighted, with the municipal total dashed.
func (s *IndicatorService) Trend(req TrendRequest) TrendResult {
	ind, vals, p := s.compute(req)
	if p != nil {
		return TrendResult{Outcome: failed(p)}
	}
	words, ok := chartWords[req.Lang]
	title := ind.Name.BG
	if !ok {
		words = chartWords["bg"]
	}
	title = ind.Name.In(req.Lang)
	out := TrendResult{Outcome: succeeded(), Highlight: req.Highlight}
	names := map[string]string{}
	for _, v := range vals {
		if v.DepartmentCode != nil && names[*v.DepartmentCode] == "" {
			names[*v.DepartmentCode] = *v.Department
			out.Departments = append(out.Departments, DepartmentOption{Code: *v.DepartmentCode, Name: *v.Department})
		}
	}
	sort.Slice(out.Departments, func(i, j int) bool { return out.Departments[i].Name < out.Departments[j].Name })
	if names[out.Highlight] == "" {
		out.Highlight = worstDepartment(vals, ind)
	}
	chart, err := charts.TrendLine(vals, charts.Labels{Title: title, Total: words.total, ValueAxis: words.axis, Kind: charts.RecordKindOf(ind.Source),
		Highlight: names[out.Highlight]})
	if err != nil {
		return TrendResult{Outcome: failed(problem("errors.chartFailed", err, nil))}
	}
	out.Chart = chart.Of(ind.ID).By(ind.DateBasis)
	return out
}

// worstDepartment is the department that fares worst, by the indicator's direction, in the last
// whole period where departments have values without small samples (else any values).
func worstDepartment(vals []methodology.Value, ind *methodology.Indicator) string {
	last := ""
	for _, v := range vals {
		if v.DepartmentCode != nil && v.Value != nil && v.Complete && v.Period > last {
			last = v.Period
		}
	}
	best, code := 0.0, ""
	for _, strict := range []bool{true, false} {
		for _, v := range vals {
			if v.DepartmentCode == nil || v.Value == nil || v.Period != last || (strict && v.SmallSample) {
				continue
			}
			x := *v.Value
			if ind.Direction == "lower" {
				x = -x
			}
			if code == "" || x < best || (x == best && *v.DepartmentCode < code) {
				best, code = x, *v.DepartmentCode
			}
		}
		if code != "" {
			return code
		}
	}
	return code
}

// CatalogResult is the indicator catalogue as loaded (shipped and the municipality's own).
type CatalogResult struct {
	OK         bool                     `json:"ok"`
	Indicators []*methodology.Indicator `json:"indicators"`
}

// Catalog lists every indicator with its definition, method, target and source file.
func (s *IndicatorService) Catalog() CatalogResult {
	return CatalogResult{OK: true, Indicators: s.st.Catalog.All()}
}
