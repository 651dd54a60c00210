package dashboard

import (
	"context"
	"math"
	"sort"

	"otzvuk/analytics/methodology"
)

// ServiceChange is one service's indicator in the latest quarter against the quarter before,
// so a department head sees what got worse and whether that is more than chance.
type ServiceChange struct {
	Service     string   `json:"service"`
	ServiceCode string   `json:"serviceCode"`
	Indicator   string   `json:"indicator"`
	Name        string   `json:"name"` // the indicator's name in the UI language
	Unit        string   `json:"unit"`
	Period      string   `json:"period"`
	Value       *float64 `json:"value"`
	N           int64    `json:"n"`
	CILow       *float64 `json:"ciLow"`
	CIHigh      *float64 `json:"ciHigh"`
	SmallSample bool     `json:"smallSample"`
	Previous    *float64 `json:"previous"`
	Delta       *float64 `json:"delta"`
	Significant *bool    `json:"significant"`
	P           *float64 `json:"p"` // the test's p, and its q within the table
	Q           *float64 `json:"q"`
	Worse       bool     `json:"worse"`   // the change goes against the indicator's direction
	Neutral     bool     `json:"neutral"` // no change at all: neither worse nor better
	z           float64  // the change in standard errors: one scale for indices and shares
}

// serviceChangeIndicators are what a department head watches per service: satisfaction and deadlines.
var serviceChangeIndicators = []string{"SAT_IDX", "SVC_ONTIME"}

// serviceChanges computes the department's services quarter on quarter, worst first: significant
// deteriorations, then other deteriorations, then the rest, each by strength of evidence (q, then
// the change in standard errors: the table mixes index points and percentage points); small
// samples, whose changes are not tested, always after the solid rows.
func serviceChanges(ctx context.Context, src Source, cat *methodology.Catalog, dept, lang string, f Filters, want string) ([]ServiceChange, string, error) {
	q, p := f.Apply(methodology.Query{Indicators: serviceChangeIndicators, By: []methodology.Dimension{methodology.ByService},
		Grain: methodology.Quarter, Filters: map[methodology.Dimension][]string{methodology.ByDepartment: {dept}}})
	if p != nil {
		return nil, "", p
	}
	vals, err := src.compute(ctx, cat, q)
	if err != nil {
		return nil, "", err
	}
	// The last whole quarter (a quarter that has only begun is not compared with a whole one).
	latest := want // the quarter asked for (opened from a change), else the last whole one
	for _, v := range vals {
		if want == "" && v.Value != nil && v.Complete && v.Period > latest {
			latest = v.Period
		}
	}
	// The table's tests are one family: its rows, small samples aside.
	methodology.AdjustFamily(vals, methodology.PreviousTest, FDRLevel(), func(v methodology.Value) bool {
		return v.Period == latest && v.Service != nil && v.Value != nil && !v.SmallSample
	})
	var out []ServiceChange
	for _, v := range vals {
		if v.Period != latest || v.Service == nil || v.Value == nil {
			continue
		}
		ind := cat.Must(v.Indicator)
		name := ind.Name.In(lang)
		c := ServiceChange{Service: unknownShown(*v.Service, lang), Indicator: v.Indicator, Name: name, Unit: v.Unit, Period: v.Period,
			Value: v.Value, N: v.N, CILow: v.CILow, CIHigh: v.CIHigh, SmallSample: v.SmallSample,
			Previous: v.Previous, Delta: v.PreviousDelta, Significant: v.Shown(v.PreviousSignificant), z: v.PreviousZ()}
		if !v.SmallSample {
			c.P, c.Q = v.PreviousP, v.PreviousQ
		}
		if v.ServiceCode != nil {
			c.ServiceCode = *v.ServiceCode
		}
		if v.PreviousDelta != nil {
			c.Worse = ind.Worse(*v.PreviousDelta)
			c.Neutral = *v.PreviousDelta == 0
		}
		out = append(out, c)
	}
	sortServiceChanges(out)
	return out, latest, nil
}

func sortServiceChanges(out []ServiceChange) {
	sort.SliceStable(out, func(i, j int) bool { return serviceBefore(out[i], out[j]) })
}

// serviceBefore: rows with a compared change before those without; solid rows before small
// samples; significant deteriorations, then other deteriorations, then the rest; within each, the
// stronger evidence (smaller q, then larger |z|) first.
func serviceBefore(a, b ServiceChange) bool {
	if (a.Delta == nil) != (b.Delta == nil) {
		return a.Delta != nil
	}
	if a.SmallSample != b.SmallSample {
		return !a.SmallSample
	}
	if sa, sb := a.Worse && isTrue(a.Significant), b.Worse && isTrue(b.Significant); sa != sb {
		return sa
	}
	if a.Worse != b.Worse {
		return a.Worse
	}
	if qa, qb := qOf(a), qOf(b); qa != qb {
		return qa < qb
	}
	return math.Abs(a.z) > math.Abs(b.z)
}

func isTrue(b *bool) bool { return b != nil && *b }

// qOf: a row without a test comes after every tested one.
func qOf(c ServiceChange) float64 {
	if c.Q == nil {
		return 2
	}
	return *c.Q
}
