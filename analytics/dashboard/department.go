package dashboard

import (
	"context"
	"sort"
	"strconv"
	"time"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/compare"
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
}

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

// ComputeDepartment computes the department view for the latest year with data.
func ComputeDepartment(ctx context.Context, src Source, req DepartmentRequest) (*Department, *Problem) {
	ctx = src.request(ctx)
	lang := req.Lang
	if lang != "en" {
		lang = "bg"
	}
	w := deptWords[lang]
	if methodology.Pooled(ctx, src.DB) {
		return nil, problem("errors.pooledNoDepartment", ErrPooled, nil)
	}
	db, cat := src.DB, src.Catalog
	depts, err := methodology.Departments(ctx, db)
	if err != nil {
		return nil, queryProblem(err)
	}
	out := &Department{}
	for _, d := range depts {
		out.Departments = append(out.Departments, DepartmentOption{Code: d.Code, Name: d.Name})
	}
	if len(depts) == 0 {
		return out, nil
	}
	// The department asked for; else the one with the most records (a first real export's
	// departments are often mostly empty).
	out.Code, out.Name = depts[0].Code, depts[0].Name
	if req.Code == "" {
		counts, err := methodology.DepartmentRecords(ctx, db)
		if err != nil {
			return nil, queryProblem(err)
		}
		var most int64
		for _, d := range depts {
			if counts[d.Code] > most {
				most, out.Code, out.Name = counts[d.Code], d.Code, d.Name
			}
		}
	}
	for _, d := range depts {
		if d.Code == req.Code {
			out.Code, out.Name = d.Code, d.Name
		}
	}
	only := map[methodology.Dimension][]string{methodology.ByDepartment: {out.Code}}
	compute := func(ids []string, by []methodology.Dimension, grain methodology.Grain, filters map[methodology.Dimension][]string) ([]methodology.Value, error) {
		q, p := req.Filters.Apply(methodology.Query{Indicators: ids, By: by, Grain: grain, Filters: filters})
		if p != nil {
			return nil, p
		}
		return src.compute(ctx, cat, q)
	}
	monthly, err := compute([]string{"SAT_IDX"}, []methodology.Dimension{methodology.ByDepartment}, methodology.Month, nil)
	if err != nil {
		return nil, queryProblem(err)
	}
	var trend []methodology.Value
	for _, v := range monthly {
		if v.IsTotal() || (v.DepartmentCode != nil && *v.DepartmentCode == out.Code) {
			trend = append(trend, v)
		}
	}
	// The yearly panels show the last whole year with any of the department's data (surveys, the
	// signals register, the register of services); a year still running is not shown as a year.
	years, err := compute([]string{"SAT_IDX", "SPC_COUNT", "SVC_COUNT"}, nil, methodology.Year, only)
	if err != nil {
		return nil, queryProblem(err)
	}
	latest := 0
	for _, v := range years {
		if v.Value == nil || (v.Unit == "count" && *v.Value == 0) || len(v.Period) < 4 {
			continue
		}
		y, _ := strconv.Atoi(v.Period[:4])
		latest = max(latest, y)
		if v.Complete && y > out.Year {
			out.Year = y
		}
	}
	if out.Year == 0 {
		out.Year, out.YearPartial = latest, latest != 0
	}
	name := cat.Must("SAT_IDX").Name.BG
	if lang == "en" {
		name = cat.Must("SAT_IDX").Name.EN
	}
	if out.Trend, err = charts.TrendLine(trend, charts.Labels{Title: name + " — " + out.Name, Total: w["total"], ValueAxis: w["axis"], Kind: "survey"}); err != nil {
		return nil, problem("errors.chartFailed", err, nil)
	}
	// The sections' period: the department's year, or — opened from a change — that change's
	// period, so that every section below answers for the one period the header names.
	sec, err := sectionsOf(out.Year, req.Period)
	if err != nil {
		return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Period})
	}
	out.SectionsPeriod = sec.period
	year := sec.period
	if req.Period != "" {
		year = format.Period(sec.period, lang) // in the charts' titles
	}
	inYear := func(vals []methodology.Value) []methodology.Value { return inPeriod(vals, sec.period) }
	// Services of the department.
	bySvc, err := compute([]string{"SAT_IDX"}, []methodology.Dimension{methodology.ByService}, sec.grain, only)
	if err != nil {
		return nil, queryProblem(err)
	}
	var cats []string
	series := charts.BarSeries{Name: out.Name}
	svc := inYear(bySvc)
	// Best first; the records that name no service last, for they are not a service.
	sort.SliceStable(svc, func(i, j int) bool {
		if ui, uj := svc[i].ServiceCode != nil && *svc[i].ServiceCode == methodology.Unknown, svc[j].ServiceCode != nil && *svc[j].ServiceCode == methodology.Unknown; ui != uj {
			return uj
		}
		return valueOf(svc[i]) > valueOf(svc[j])
	})
	for _, v := range svc {
		if v.Service == nil || v.Value == nil {
			continue
		}
		cats = append(cats, unknownShown(*v.Service, lang))
		series.Add(&v, nil)
	}
	if out.Services, err = charts.Bars(w["services"]+" — "+year, cats, []charts.BarSeries{series}, true, "index"); err != nil {
		return nil, problem("errors.chartFailed", err, nil)
	}
	// Drivers: the department against the municipality.
	drivers := []string{"DRIVER_TIMELINESS", "DRIVER_ACCESSIBILITY", "DRIVER_COMPETENCE", "DRIVER_COURTESY", "DRIVER_FAIRNESS", "DRIVER_OUTCOME"}
	dv, err := compute(drivers, []methodology.Dimension{methodology.ByDepartment}, sec.grain, nil)
	if err != nil {
		return nil, queryProblem(err)
	}
	mine, all := charts.BarSeries{Name: out.Name}, charts.BarSeries{Name: w["total"]}
	var driverNames []string
	for _, id := range drivers {
		ind := cat.Must(id)
		n := ind.Name.BG
		if lang == "en" {
			n = ind.Name.EN
		}
		driverNames = append(driverNames, n)
		var m, a *methodology.Value
		for i, v := range dv {
			if v.Indicator != id || v.Period != sec.period {
				continue
			}
			if v.IsTotal() {
				a = &dv[i]
			} else if v.DepartmentCode != nil && *v.DepartmentCode == out.Code {
				m = &dv[i]
			}
		}
		mine.Add(m, nil)
		all.Add(a, nil)
	}
	if out.Drivers, err = charts.Bars(w["drivers"]+" — "+year, driverNames, []charts.BarSeries{mine, all}, true, "index"); err != nil {
		return nil, problem("errors.chartFailed", err, nil)
	}
	// Respondent groups and channels.
	split := func(dim methodology.Dimension, title string, order []string) (*charts.Chart, error) {
		vals, err := compute([]string{"SAT_IDX"}, []methodology.Dimension{dim}, sec.grain, only)
		if err != nil {
			return nil, err
		}
		var cats []string
		s := charts.BarSeries{Name: out.Name}
		for _, code := range order {
			for _, v := range inYear(vals) {
				c := v.Group
				if dim == methodology.ByChannel {
					c = v.Channel
				}
				if c != nil && *c == code && v.Value != nil {
					cats = append(cats, w[code])
					s.Add(&v, &charts.Filter{Dim: string(dim), Value: code})
				}
			}
		}
		return charts.Bars(title+" — "+year, cats, []charts.BarSeries{s}, false, "index")
	}
	if out.Groups, err = split(methodology.ByGroup, w["groups"], []string{"citizen", "ngo", "business"}); err != nil {
		return nil, queryProblem(err)
	}
	if out.Channels, err = split(methodology.ByChannel, w["channels"], []string{"counter", "portal", "ssev", "email", "post", "phone", "other"}); err != nil {
		return nil, queryProblem(err)
	}
	for _, c := range []*charts.Chart{out.Trend, out.Services, out.Groups, out.Channels} {
		c.Of("SAT_IDX")
	}
	out.Drivers.Of(drivers...)
	// A panel with nothing to draw is left out (the view says what there is no data for).
	out.Trend, out.Services, out.Drivers, out.Groups, out.Channels = drawn(out.Trend), drawn(out.Services), drawn(out.Drivers), drawn(out.Groups), drawn(out.Channels)
	// The sections below the charts are independent of each other: they are computed at once (two
	// cores: the drivers' bootstrap beside the queries), each into its own fields of out.
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return departmentSignals(gctx, out, compute, sec, only) })
	// What moves the overall rating: the key drivers of the department's year (fewer resamples
	// than the CLI's 1000, for a view that must answer at once).
	if sec.ok() {
		g.Go(func() (err error) {
			out.KeyDrivers, err = keydrivers.FromDB(gctx, src.DB, out.Code, sec.from.Format(time.DateOnly), sec.to.Format(time.DateOnly), keydrivers.Options{Bootstrap: 200, Seed: 1})
			return err
		})
	}
	// Opened from a change: that period's significant changes first, as the overview counted them.
	if req.Period != "" {
		gr, err := compare.GrainOf(req.Period)
		if err != nil {
			return nil, problem("errors.badGrain", err, map[string]string{"grain": req.Period})
		}
		grain, _ := methodology.ParseGrain(gr)
		g.Go(func() error {
			pc, err := periodChanges(gctx, src, grain, req.Period, req.Filters)
			if err == nil {
				out.PeriodChanges = pc.only(out.Code)
			}
			return err
		})
	}
	// The registers' backlog beside their completed-only figures.
	g.Go(func() (err error) {
		out.Backlog, err = departmentBacklog(gctx, src, out.Code, sec, func(ids []string) ([]methodology.Value, error) {
			return compute(ids, nil, sec.grain, only)
		})
		return err
	})
	// What people say: the themes of the year's comments and texts, the department against all.
	g.Go(func() (err error) {
		out.Voices, err = voicesOf(gctx, src, out.Code, sec)
		return err
	})
	g.Go(func() (err error) {
		out.Changes, out.ChangesPeriod, err = serviceChanges(gctx, src, cat, out.Code, lang, req.Filters, quarterOf(req.Period))
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, queryProblem(err)
	}
	return out, nil
}

// departmentSignals fills the signals register's panel: what was received by kind, on time,
// median days, upheld, and what is open past its deadline now.
func departmentSignals(ctx context.Context, out *Department, compute func(ids []string, by []methodology.Dimension, grain methodology.Grain, f map[methodology.Dimension][]string) ([]methodology.Value, error),
	sec sections, only map[methodology.Dimension][]string) error {
	inYear := func(vals []methodology.Value) []methodology.Value { return inPeriod(vals, sec.period) }
	sig, err := compute([]string{"SPC_COUNT_SIGNAL", "SPC_COUNT_PROPOSAL", "SPC_COUNT_COMPLAINT", "SPC_COUNT_PRAISE", "SPC_ONTIME", "SPC_TTR", "SPC_UPHELD"},
		nil, sec.grain, only)
	if err != nil {
		return err
	}
	out.Signals.Received = map[string]float64{}
	for _, v := range inYear(sig) {
		switch v.Indicator {
		case "SPC_ONTIME":
			out.Signals.OnTime, out.Signals.OnTimeN = v.Value, v.N
		case "SPC_TTR":
			out.Signals.MedianDays = v.Value
		case "SPC_UPHELD":
			out.Signals.UpheldShare = v.Value
		default:
			if v.Value != nil {
				out.Signals.Received[v.Indicator[len("SPC_COUNT_"):]] = *v.Value
			}
		}
	}
	overdue, err := compute([]string{"SPC_OPEN_OVERDUE"}, nil, methodology.Month, only)
	if err != nil {
		return err
	}
	if len(overdue) > 0 {
		out.Signals.Overdue = overdue[len(overdue)-1].Value
	}
	return nil
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
	if name == methodology.Unknown && lang == "en" {
		return "(not stated)"
	}
	return name
}
