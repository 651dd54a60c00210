package dashboard

import (
	"context"
	"fmt"
	"strconv"

	"otzvuk/analytics/charts"
	keydrivers "otzvuk/analytics/drivers"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/voice"

	"golang.org/x/sync/errgroup"
)

// DepartmentRequest names the department (code; empty = the first) and the UI language.
type DepartmentRequest struct {
	Code    string  `json:"code"`
	Lang    string  `json:"lang"`
	Filters Filters `json:"filters"`
	// Period (e.g. 2026-Q3), when the view is opened from a change: the department's significant
	// changes of that period against a year earlier lead the view (PeriodChanges).
	Period string `json:"period"`
	// Part: "" the whole view; PartTop what the window shows first; PartRest the rest of it.
	Part string `json:"part"`
}

// The department view in two answers, so that the window shows its top while Go still computes
// what lies below it: PartTop is what leads the view — the header, the period's changes, the
// services' changes and what people say; PartRest is everything after them — the key drivers,
// the signals register, the backlog and the charts. Both carry the header (the department, its
// year, the sections' period), and together they are the whole view.
const (
	PartTop  = "top"
	PartRest = "rest"
)

// DepartmentOption is one department the user can pick.
type DepartmentOption struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// SignalsSummary is the department's register for the year.
type SignalsSummary struct {
	Received    map[string]float64 `json:"received"` // by kind
	OnTime      *float64           `json:"onTime"`
	OnTimeN     int64              `json:"onTimeN"`
	Overdue     *float64           `json:"overdue"` // open and past deadline now
	MedianDays  *float64           `json:"medianDays"`
	UpheldShare *float64           `json:"upheldShare"`
}

// Department is everything the department head's view shows: the department's services, its
// course against the municipality, its signals register, the survey drivers, and the split by
// respondent group and channel.
type Department struct {
	Departments []DepartmentOption `json:"departments"`
	// YearPartial: no whole year has data yet, so the yearly panels show a partial one (said so).
	YearPartial bool `json:"yearPartial"`
	// Voices: what people say in the year — the themes of the comments, against the municipality.
	Voices *voice.Summary `json:"voices,omitempty"`
	// KeyDrivers: how much each driver explains the overall rating (relative weights) and where it sits.
	KeyDrivers *keydrivers.Matrix `json:"keyDrivers,omitempty"`
	Code       string             `json:"code"`
	Name       string             `json:"name"`
	Year       int                `json:"year"`
	Services   *charts.Chart      `json:"services"`
	Trend      *charts.Chart      `json:"trend"`
	Drivers    *charts.Chart      `json:"drivers"`
	Groups     *charts.Chart      `json:"groups"`
	Channels   *charts.Chart      `json:"channels"`
	Signals    SignalsSummary     `json:"signals"`
	// Part: which part of the view this answer carries (DepartmentRequest.Part).
	Part string `json:"part"`
	// PeriodChanges: the department's significant changes in the requested period, of the same
	// family as the overview's (nil when no period was asked for).
	PeriodChanges *PeriodChanges `json:"periodChanges,omitempty"`
	// SectionsPeriod is the one period of the sections below the header (the year, or the period
	// the view was opened on from a change): services, drivers, groups, channels, signals,
	// backlog, key drivers and what people say.
	SectionsPeriod string `json:"sectionsPeriod"`
	// Backlog: each register's year by completion date and by the cohort filed in it.
	Backlog []Backlog `json:"backlog"`
	// The services' latest quarter against the one before, worst first.
	Changes       []ServiceChange `json:"changes"`
	ChangesPeriod string          `json:"changesPeriod"`
}

var deptWords = map[string]map[string]string{
	"bg": {"services": "Индекс на удовлетвореност по услуги", "drivers": "Фактори на удовлетвореността", "groups": "По групи потребители",
		"channels": "По канали", "total": "Общо за общината", "citizen": "Граждани", "ngo": "НПО", "business": "Бизнес",
		"counter": "Гише", "post": "Поща", "email": "Имейл", "ssev": "ССЕВ", "portal": "Портал", "phone": "Телефон", "other": "Друго",
		"axis": "Индекс (0–100)"},
	"en": {"services": "Satisfaction index by service", "drivers": "Satisfaction drivers", "groups": "By respondent group",
		"channels": "By channel", "total": "Municipality total", "citizen": "Citizens", "ngo": "NGOs", "business": "Business",
		"counter": "Counter", "post": "Post", "email": "E-mail", "ssev": "SSEV", "portal": "Portal", "phone": "Phone", "other": "Other",
		"axis": "Index (0–100)"},
}

// ComputeDepartment computes the department view for the latest year with data: which
// department, its year, its charts, then its sections (each step below names what it adds).
func ComputeDepartment(ctx context.Context, src Source, req DepartmentRequest) (*Department, *Problem) {
	if req.Part != "" && req.Part != PartTop && req.Part != PartRest {
		return nil, problem("errors.unexpected", fmt.Errorf("%w: no part %q of the department view", ErrInvalid, req.Part), map[string]string{"message": "part"})
	}
	ctx = src.requestWithThemes(ctx)
	if methodology.Pooled(ctx, src.DB) {
		return nil, problem("errors.pooledNoDepartment", ErrPooled, nil)
	}
	r := &departmentRun{ctx: ctx, src: src, req: req, lang: format.Lang(req.Lang), out: &Department{Part: req.Part}}
	r.words = deptWords[r.lang]
	if p := r.choose(); p != nil || r.out.Code == "" {
		return r.out, p
	}
	r.only = map[methodology.Dimension][]string{methodology.ByDepartment: {r.out.Code}}
	trend, p := r.yearAndTrend()
	if p != nil {
		return nil, p
	}
	// The sections' period: the department's year, or — opened from a change — that change's
	// period, so that every section below answers for the one period the header names.
	if r.sec, r.err = sectionsOf(r.out.Year, req.Period); r.err != nil {
		return nil, problem("errors.badGrain", r.err, map[string]string{"grain": req.Period})
	}
	r.out.SectionsPeriod = r.sec.period
	// The charts and the sections read the same period and nothing of each other: computed at
	// once, a first visit waits for the slowest of them, not for their sum.
	g, gctx := errgroup.WithContext(r.ctx)
	if r.has(PartRest) {
		if p := r.charts(gctx, g, trend); p != nil {
			g.Wait() // releases the group's context (nothing started)
			return nil, p
		}
	}
	if p := r.sections(gctx, g); p != nil {
		// what already started (charts, sections) is not left writing into a result nobody reads
		g.Wait()
		return nil, p
	}
	if err := g.Wait(); err != nil {
		return nil, asProblem(err)
	}
	if r.has(PartRest) {
		r.chartsDrawn()
	}
	return r.out, nil
}

// has: the request asks for this part of the view (the whole view has both).
func (r *departmentRun) has(part string) bool {
	return r.req.Part == "" || r.req.Part == part
}

// departmentRun is one department view being computed: what every step shares.
type departmentRun struct {
	ctx   context.Context
	src   Source
	req   DepartmentRequest
	lang  string
	words map[string]string
	out   *Department
	only  map[methodology.Dimension][]string // the department, as a filter
	sec   sections
	err   error
}

// computeIn runs a query of the view with the global filters applied, through the result cache.
func (r *departmentRun) computeIn(ctx context.Context, ids []string, by []methodology.Dimension, grain methodology.Grain, filters map[methodology.Dimension][]string) ([]methodology.Value, error) {
	return r.run(ctx, methodology.Query{Indicators: ids, By: by, Grain: grain, Filters: filters})
}

// inSections runs a query of the sections' grain over the sections' period alone: a panel that
// shows that one period needs no other. Compute still reads the year before it for the
// comparisons it attaches, so the period's values are those a query over every period gives, at
// a fraction of the work — no other year read, and no second scan of a running year's first
// days a year earlier for a year the panel does not show. Dates in the global filters still
// apply as they are (Apply sets them over these).
func (r *departmentRun) inSections(ctx context.Context, ids []string, by []methodology.Dimension, filters map[methodology.Dimension][]string) ([]methodology.Value, error) {
	q := methodology.Query{Indicators: ids, By: by, Grain: r.sec.grain, Filters: filters}
	if !sectionsOverEveryPeriod {
		q.From, q.To = r.sec.from, r.sec.to
	}
	return r.run(ctx, q)
}

// sectionsOverEveryPeriod makes inSections read every period, as before it narrowed them: for
// the test that both give the same view.
var sectionsOverEveryPeriod = false

func (r *departmentRun) run(ctx context.Context, q methodology.Query) ([]methodology.Value, error) {
	q, p := r.req.Filters.Apply(q)
	if p != nil {
		return nil, p
	}
	return r.src.compute(ctx, r.src.Catalog, q)
}

// choose lists the departments and picks the one asked for; else the one with the most records
// (a first real export's departments are often mostly empty). No department: Code stays "".
func (r *departmentRun) choose() *Problem {
	depts, err := methodology.Departments(r.ctx, r.src.DB)
	if err != nil {
		return queryProblem(err)
	}
	out := r.out
	for _, d := range depts {
		out.Departments = append(out.Departments, DepartmentOption{Code: d.Code, Name: d.Name})
	}
	if len(depts) == 0 {
		return nil
	}
	out.Code, out.Name = depts[0].Code, depts[0].Name
	if r.req.Code == "" {
		counts, err := methodology.DepartmentRecords(r.ctx, r.src.DB)
		if err != nil {
			return queryProblem(err)
		}
		var most int64
		for _, d := range depts {
			if counts[d.Code] > most {
				most, out.Code, out.Name = counts[d.Code], d.Code, d.Name
			}
		}
	}
	for _, d := range depts {
		if d.Code == r.req.Code {
			out.Code, out.Name = d.Code, d.Name
		}
	}
	return nil
}

// yearAndTrend finds the department's year — the last whole year with any of its data (surveys,
// the signals register, the register of services); a year still running is not shown as a year —
// and returns its monthly index beside the municipality's.
func (r *departmentRun) yearAndTrend() ([]methodology.Value, *Problem) {
	// the two queries at once: neither needs the other
	var monthly, years []methodology.Value
	g, gctx := errgroup.WithContext(r.ctx)
	if r.has(PartRest) { // the trend chart is the rest's
		g.Go(func() (err error) {
			monthly, err = r.computeIn(gctx, []string{"SAT_IDX"}, []methodology.Dimension{methodology.ByDepartment}, methodology.Month, nil)
			return err
		})
	}
	g.Go(func() (err error) {
		years, err = r.computeIn(gctx, []string{"SAT_IDX", "SPC_COUNT", "SVC_COUNT"}, nil, methodology.Year, r.only)
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, queryProblem(err)
	}
	var trend []methodology.Value
	for _, v := range monthly {
		if v.IsTotal() || (v.DepartmentCode != nil && *v.DepartmentCode == r.out.Code) {
			trend = append(trend, v)
		}
	}
	latest := 0
	for _, v := range years {
		if v.Value == nil || (v.Unit == "count" && *v.Value == 0) || len(v.Period) < 4 {
			continue
		}
		y, _ := strconv.Atoi(v.Period[:4])
		latest = max(latest, y)
		if v.Complete && y > r.out.Year {
			r.out.Year = y
		}
	}
	if r.out.Year == 0 {
		r.out.Year, r.out.YearPartial = latest, latest != 0
	}
	return trend, nil
}

// inPeriod keeps the values of one period.
func inPeriod(vals []methodology.Value, period string) []methodology.Value {
	var out []methodology.Value
	for _, v := range vals {
		if v.Period == period {
			out = append(out, v)
		}
	}
	return out
}

func valueOf(v methodology.Value) float64 {
	if v.Value == nil {
		return -1
	}
	return *v.Value
}

// drawn is the chart, or nil when none of its points has a value.
func drawn(c *charts.Chart) *charts.Chart {
	if c == nil {
		return nil
	}
	for _, p := range c.Points {
		if p.Value != nil {
			return c
		}
	}
	return nil
}

// unknownShown names the records that do not state a dimension in the UI's language.
func unknownShown(name, lang string) string {
	if name == methodology.Unknown {
		return format.In(lang, name, "(not stated)")
	}
	return name
}
