package dashboard

import (
	"context"
	"time"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/methodology"
)

// PeriodChanges are the significant changes of every department in a period against the same
// period a year earlier: one family of tests (every department × directional indicator, small
// samples aside), corrected by Benjamini–Hochberg. The overview summarises it one row per
// department ("and N more"); the department view lists its own rows of the same family, so a
// change the mayor saw is the change its department head sees.
type PeriodChanges struct {
	Period          string               `json:"period"`
	ComparedTo      string               `json:"comparedTo"`
	ComparedHasData bool                 `json:"comparedHasData"`
	Tests           int                  `json:"tests"`
	Uncorrected     int                  `json:"uncorrected"`
	Worse           []methodology.Change `json:"worse"`
	Better          []methodology.Change `json:"better"`
}

func periodChanges(ctx context.Context, src Source, grain methodology.Grain, period string, f Filters) (*PeriodChanges, error) {
	out := &PeriodChanges{Period: period}
	out.ComparedTo, _ = compare.YearAgo(period)
	var directional []string
	for _, ind := range src.Catalog.All() {
		if ind.Direction != "none" && ind.Measure.Kind != methodology.KindMix {
			directional = append(directional, ind.ID)
		}
	}
	q, p := f.Apply(methodology.Query{Indicators: directional, Grain: grain, By: []methodology.Dimension{methodology.ByDepartment}})
	if p != nil {
		return nil, p
	}
	if q.From.IsZero() && q.To.IsZero() {
		q.From, q.To = changesRange(period, out.ComparedTo)
	}
	vals, err := src.compute(ctx, src.Catalog, q)
	if err != nil {
		return nil, err
	}
	out.family(vals, src.Catalog)
	return out, nil
}

// family tests the period's values against a year earlier, as one family.
func (out *PeriodChanges) family(vals []methodology.Value, cat *methodology.Catalog) {
	var latest []methodology.Value
	for _, v := range vals {
		if v.Period == out.Period {
			latest = append(latest, v)
		}
		out.ComparedHasData = out.ComparedHasData || (v.Period == out.ComparedTo && v.Value != nil && v.N > 0)
	}
	out.Tests, out.Uncorrected = changesFamily(latest, FDRLevel())
	out.Worse, out.Better = methodology.SignificantChanges(latest, cat, len(latest))
}

// changesRange is the span the family needs: from the year-ago period to the period's end. The
// values of the period and their comparisons are the ones of the whole history (Compute reads a
// year before the range for them), but the scan is a few periods long, and a running period
// after the one asked for no longer costs its same-days-a-year-earlier scan (a cold overview on
// the demo spent a third of its time there for rows it then dropped).
func changesRange(period, yearAgo string) (from, to time.Time) {
	return spanOfPeriods(yearAgo, period)
}

// only keeps one department's changes.
func (pc *PeriodChanges) only(code string) *PeriodChanges {
	keep := func(cs []methodology.Change) []methodology.Change {
		out := []methodology.Change{}
		for _, c := range cs {
			if c.DeptCode == code {
				out = append(out, c)
			}
		}
		return out
	}
	c := *pc
	c.Worse, c.Better = keep(pc.Worse), keep(pc.Better)
	return &c
}
