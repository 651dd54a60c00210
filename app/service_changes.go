package app

import (
	"context"
	"fmt"
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
	Worse       bool     `json:"worse"` // the change goes against the indicator's direction
}

// serviceChangeIndicators are what a department head watches per service: satisfaction and deadlines.
var serviceChangeIndicators = []string{"SAT_IDX", "SVC_ONTIME"}

// serviceChanges computes the department's services quarter on quarter, worst first: significant
// deteriorations, then other deteriorations by size, then the rest.
func serviceChanges(ctx context.Context, st *State, cat *methodology.Catalog, dept, lang string, f Filters) ([]ServiceChange, string, error) {
	q, p := f.apply(methodology.Query{Indicators: serviceChangeIndicators, By: []methodology.Dimension{methodology.ByService},
		Grain: methodology.Quarter, Filters: map[methodology.Dimension][]string{methodology.ByDepartment: {dept}}})
	if p != nil {
		return nil, "", fmt.Errorf("%s", p.Message)
	}
	vals, err := st.compute(ctx, cat, q)
	if err != nil {
		return nil, "", err
	}
	// The last whole quarter (a quarter that has only begun is not compared with a whole one).
	latest := ""
	for _, v := range vals {
		if v.Value != nil && v.Complete && v.Period > latest {
			latest = v.Period
		}
	}
	var out []ServiceChange
	for _, v := range vals {
		if v.Period != latest || v.Service == nil || v.Value == nil {
			continue
		}
		ind := cat.Must(v.Indicator)
		name := ind.Name.BG
		if lang == "en" {
			name = ind.Name.EN
		}
		c := ServiceChange{Service: unknownShown(*v.Service, lang), Indicator: v.Indicator, Name: name, Unit: v.Unit, Period: v.Period,
			Value: v.Value, N: v.N, CILow: v.CILow, CIHigh: v.CIHigh, SmallSample: v.SmallSample,
			Previous: v.Previous, Delta: v.PreviousDelta, Significant: v.Shown(v.PreviousSignificant)}
		if v.ServiceCode != nil {
			c.ServiceCode = *v.ServiceCode
		}
		if v.PreviousDelta != nil {
			c.Worse = ind.Worse(*v.PreviousDelta)
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if sa, sb := a.Worse && isTrue(a.Significant), b.Worse && isTrue(b.Significant); sa != sb {
			return sa
		}
		if a.Worse != b.Worse {
			return a.Worse
		}
		return absDelta(a) > absDelta(b)
	})
	return out, latest, nil
}

func isTrue(b *bool) bool { return b != nil && *b }

func absDelta(c ServiceChange) float64 {
	if c.Delta == nil {
		return -1
	}
	if *c.Delta < 0 {
		return -*c.Delta
	}
	return *c.Delta
}
