package dashboard

import (
	"context"
	"sort"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"

	"golang.org/x/sync/errgroup"
)

// departmentDrivers are the survey's drivers, in the order the department view shows them.
var departmentDrivers = []string{"DRIVER_TIMELINESS", "DRIVER_ACCESSIBILITY", "DRIVER_COMPETENCE", "DRIVER_COURTESY", "DRIVER_FAIRNESS", "DRIVER_OUTCOME"}

// charts draws the department's panels: the monthly index against the municipality at once,
// then — on the sections' period, each in its own goroutine of g — its services, its drivers
// against the municipality, and the split by respondent group and by channel. chartsDrawn, after
// g is done, leaves out a panel with nothing to draw (the view says what there is no data for).
func (r *departmentRun) charts(ctx context.Context, g *errgroup.Group, trend []methodology.Value) *Problem {
	out, w, cat := r.out, r.words, r.src.Catalog
	var err error
	name := format.In(r.lang, cat.Must("SAT_IDX").Name.BG, cat.Must("SAT_IDX").Name.EN)
	if out.Trend, err = charts.TrendLine(trend, charts.Labels{Title: name + " — " + out.Name, Total: w["total"], ValueAxis: w["axis"], Kind: "survey"}); err != nil {
		return problem("errors.chartFailed", err, nil)
	}
	title := r.sec.period
	if r.req.Period != "" {
		title = format.Period(r.sec.period, r.lang) // in the charts' titles
	}
	g.Go(func() (err error) { out.Services, err = r.servicesChart(ctx, title); return err })
	g.Go(func() (err error) { out.Drivers, err = r.driversChart(ctx, title); return err })
	g.Go(func() (err error) {
		out.Groups, err = r.splitChart(ctx, methodology.ByGroup, w["groups"]+" — "+title, []string{"citizen", "ngo", "business"})
		return err
	})
	g.Go(func() (err error) {
		out.Channels, err = r.splitChart(ctx, methodology.ByChannel, w["channels"]+" — "+title, []string{"counter", "portal", "ssev", "email", "post", "phone", "other"})
		return err
	})
	return nil
}

// chartsDrawn marks what each panel shows and drops the panels with no value to draw.
func (r *departmentRun) chartsDrawn() {
	out := r.out
	for _, c := range []*charts.Chart{out.Trend, out.Services, out.Groups, out.Channels} {
		c.Of("SAT_IDX")
	}
	out.Drivers.Of(departmentDrivers...)
	out.Trend, out.Services, out.Drivers, out.Groups, out.Channels = drawn(out.Trend), drawn(out.Services), drawn(out.Drivers), drawn(out.Groups), drawn(out.Channels)
}

// chartError: a chart that could not be built (a query's failure is a queryProblem).
type chartError struct{ err error }

func (e chartError) Error() string { return e.err.Error() }

func asProblem(err error) *Problem {
	if c, ok := err.(chartError); ok {
		return problem("errors.chartFailed", c.err, nil)
	}
	return queryProblem(err)
}

// servicesChart: the index of each of the department's services, best first; the records that
// name no service last, for they are not a service.
func (r *departmentRun) servicesChart(ctx context.Context, title string) (*charts.Chart, error) {
	bySvc, err := r.inSections(ctx, []string{"SAT_IDX"}, []methodology.Dimension{methodology.ByService}, r.only)
	if err != nil {
		return nil, err
	}
	svc := inPeriod(bySvc, r.sec.period)
	sort.SliceStable(svc, func(i, j int) bool {
		if ui, uj := svc[i].ServiceCode != nil && *svc[i].ServiceCode == methodology.Unknown, svc[j].ServiceCode != nil && *svc[j].ServiceCode == methodology.Unknown; ui != uj {
			return uj
		}
		return valueOf(svc[i]) > valueOf(svc[j])
	})
	var cats []string
	series := charts.BarSeries{Name: r.out.Name}
	for _, v := range svc {
		if v.Service == nil || v.Value == nil {
			continue
		}
		cats = append(cats, unknownShown(*v.Service, r.lang))
		series.Add(&v, nil)
	}
	c, err := charts.Bars(r.words["services"]+" — "+title, cats, []charts.BarSeries{series}, true, "index")
	if err != nil {
		return nil, chartError{err}
	}
	return c, nil
}

// driversChart: each driver of the department against the municipality.
func (r *departmentRun) driversChart(ctx context.Context, title string) (*charts.Chart, error) {
	dv, err := r.inSections(ctx, departmentDrivers, []methodology.Dimension{methodology.ByDepartment}, nil)
	if err != nil {
		return nil, err
	}
	mine, all := charts.BarSeries{Name: r.out.Name}, charts.BarSeries{Name: r.words["total"]}
	var names []string
	for _, id := range departmentDrivers {
		ind := r.src.Catalog.Must(id)
		names = append(names, format.In(r.lang, ind.Name.BG, ind.Name.EN))
		var m, a *methodology.Value
		for i, v := range dv {
			if v.Indicator != id || v.Period != r.sec.period {
				continue
			}
			if v.IsTotal() {
				a = &dv[i]
			} else if v.DepartmentCode != nil && *v.DepartmentCode == r.out.Code {
				m = &dv[i]
			}
		}
		mine.Add(m, nil)
		all.Add(a, nil)
	}
	c, err := charts.Bars(r.words["drivers"]+" — "+title, names, []charts.BarSeries{mine, all}, true, "index")
	if err != nil {
		return nil, chartError{err}
	}
	return c, nil
}

// splitChart: the department's index by respondent group or by channel, in the given order.
func (r *departmentRun) splitChart(ctx context.Context, dim methodology.Dimension, title string, order []string) (*charts.Chart, error) {
	vals, err := r.inSections(ctx, []string{"SAT_IDX"}, []methodology.Dimension{dim}, r.only)
	if err != nil {
		return nil, err
	}
	var cats []string
	s := charts.BarSeries{Name: r.out.Name}
	for _, code := range order {
		for _, v := range inPeriod(vals, r.sec.period) {
			c := v.Group
			if dim == methodology.ByChannel {
				c = v.Channel
			}
			if c != nil && *c == code && v.Value != nil {
				cats = append(cats, r.words[code])
				s.Add(&v, &charts.Filter{Dim: string(dim), Value: code})
			}
		}
	}
	c, err := charts.Bars(title, cats, []charts.BarSeries{s}, false, "index")
	if err != nil {
		return nil, chartError{err}
	}
	return c, nil
}
