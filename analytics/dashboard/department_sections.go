package dashboard

import (
	"context"
	"time"

	"otzvuk/analytics/compare"
	keydrivers "otzvuk/analytics/drivers"
	"otzvuk/analytics/methodology"

	"golang.org/x/sync/errgroup"
)

// sections computes what the view lists beside its charts, on the sections' period. They are
// independent of each other and of the charts, so each is a goroutine of g (two cores: the
// drivers' bootstrap beside the queries), each into its own fields of out: the view's top
// (PartTop) or the rest of it (PartRest), as the request asks.
func (r *departmentRun) sections(gctx context.Context, g *errgroup.Group) *Problem {
	if r.has(PartTop) {
		if p := r.topSections(gctx, g); p != nil {
			return p
		}
	}
	if r.has(PartRest) {
		r.restSections(gctx, g)
	}
	return nil
}

// topSections: what leads the view — the period's changes (opened from one), the services'
// changes, what people say.
func (r *departmentRun) topSections(gctx context.Context, g *errgroup.Group) *Problem {
	out, sec, req := r.out, r.sec, r.req
	// Opened from a change: that period's significant changes first, as the overview counted them.
	if req.Period != "" {
		gr, err := compare.GrainOf(req.Period)
		if err != nil {
			return problem("errors.badGrain", err, map[string]string{"grain": req.Period})
		}
		grain, _ := methodology.ParseGrain(gr)
		g.Go(func() error {
			pc, err := periodChanges(gctx, r.src, grain, req.Period, req.Filters)
			if err == nil {
				out.PeriodChanges = pc.only(out.Code)
			}
			return err
		})
	}
	// What people say: the themes of the year's comments and texts, the department against all.
	g.Go(func() (err error) {
		out.Voices, err = voicesOf(gctx, r.src, out.Code, sec)
		return err
	})
	g.Go(func() (err error) {
		out.Changes, out.ChangesPeriod, err = serviceChanges(gctx, r.src, r.src.Catalog, out.Code, r.lang, req.Filters, quarterOf(req.Period))
		return err
	})
	return nil
}

// restSections: the sections after the view's top — the signals register, the key drivers, the
// backlog.
func (r *departmentRun) restSections(gctx context.Context, g *errgroup.Group) {
	out, sec := r.out, r.sec
	g.Go(func() error { return r.signals(gctx) })
	// What moves the overall rating: the key drivers of the department's year (fewer resamples
	// than the CLI's 1000, for a view that must answer at once).
	if sec.ok() {
		g.Go(func() (err error) {
			out.KeyDrivers, err = keydrivers.FromDB(gctx, r.src.DB, out.Code, sec.from.Format(time.DateOnly), sec.to.Format(time.DateOnly), keydrivers.Options{Bootstrap: 200, Seed: 1})
			return err
		})
	}
	// The registers' backlog beside their completed-only figures.
	g.Go(func() (err error) {
		out.Backlog, err = departmentBacklog(gctx, r.src, out.Code, sec, func(ids []string) ([]methodology.Value, error) {
			return r.computeIn(gctx, ids, nil, sec.grain, r.only)
		})
		return err
	})
}

// signals fills the signals register's panel: what was received by kind, on time,
// median days, upheld, and what is open past its deadline now.
func (r *departmentRun) signals(ctx context.Context) error {
	out, sec, only := r.out, r.sec, r.only
	inYear := func(vals []methodology.Value) []methodology.Value { return inPeriod(vals, sec.period) }
	sig, err := r.inSections(ctx, []string{"SPC_COUNT_SIGNAL", "SPC_COUNT_PROPOSAL", "SPC_COUNT_COMPLAINT", "SPC_COUNT_PRAISE", "SPC_ONTIME", "SPC_TTR", "SPC_UPHELD"},
		nil, only)
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
	overdue, err := r.computeIn(ctx, []string{"SPC_OPEN_OVERDUE"}, nil, methodology.Month, only)
	if err != nil {
		return err
	}
	if len(overdue) > 0 {
		out.Signals.Overdue = overdue[len(overdue)-1].Value
	}
	return nil
}
