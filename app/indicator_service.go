package app

import (
	"fmt"

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
}

// ChartResult is a chart ready for echarts, or the problem that prevented it.
type ChartResult struct {
	OK      bool          `json:"ok"`
	Problem *Problem      `json:"problem,omitempty"`
	Chart   *charts.Chart `json:"chart,omitempty"`
}

// ValuesResult carries computed indicator values.
type ValuesResult struct {
	OK      bool                `json:"ok"`
	Problem *Problem            `json:"problem,omitempty"`
	Values  []methodology.Value `json:"values"`
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
	q, p := req.Filters.apply(methodology.Query{Indicators: []string{ind.ID}, By: []methodology.Dimension{methodology.ByDepartment}, Grain: grain})
	if p != nil {
		return nil, nil, p
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
		return ValuesResult{Problem: p}
	}
	return ValuesResult{OK: true, Values: vals}
}

// Trend returns a line chart of the indicator per department, with the municipal total dashed.
func (s *IndicatorService) Trend(req TrendRequest) ChartResult {
	ind, vals, p := s.compute(req)
	if p != nil {
		return ChartResult{Problem: p}
	}
	words, ok := chartWords[req.Lang]
	title := ind.Name.BG
	if !ok {
		words = chartWords["bg"]
	}
	if req.Lang == "en" {
		title = ind.Name.EN
	}
	chart, err := charts.TrendLine(vals, charts.Labels{Title: title, Total: words.total, ValueAxis: words.axis, Kind: charts.RecordKindOf(ind.Source)})
	if err != nil {
		return ChartResult{Problem: problem("errors.chartFailed", err, nil)}
	}
	return ChartResult{OK: true, Chart: chart.Of(ind.ID)}
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
