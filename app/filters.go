package app

import (
	"fmt"
	"time"

	"otzvuk/analytics/methodology"
)

// Filters are the global filters of the window: date range, channels, respondent groups and
// feedback methods. Only known dimensions pass; values are SQL parameters.
type Filters struct {
	From    string   `json:"from"` // YYYY-MM-DD, empty = open
	To      string   `json:"to"`
	Channel []string `json:"channel"`
	Group   []string `json:"group"`
	Method  []string `json:"method"`
}

// apply puts the filters on a query.
func (f Filters) apply(q methodology.Query) (methodology.Query, *Problem) {
	var err error
	if f.From != "" {
		if q.From, err = time.Parse(time.DateOnly, f.From); err != nil {
			return q, problem("errors.badDate", fmt.Errorf("from: %w", err), map[string]string{"date": f.From})
		}
	}
	if f.To != "" {
		if q.To, err = time.Parse(time.DateOnly, f.To); err != nil {
			return q, problem("errors.badDate", fmt.Errorf("to: %w", err), map[string]string{"date": f.To})
		}
	}
	set := func(d methodology.Dimension, v []string) {
		if len(v) == 0 {
			return
		}
		if q.Filters == nil {
			q.Filters = map[methodology.Dimension][]string{}
		}
		q.Filters[d] = v
	}
	if q.Filters != nil { // copy: callers share their base filters between queries
		c := map[methodology.Dimension][]string{}
		for k, v := range q.Filters {
			c[k] = v
		}
		q.Filters = c
	}
	set(methodology.ByChannel, f.Channel)
	set(methodology.ByGroup, f.Group)
	set(methodology.ByMethod, f.Method)
	return q, nil
}
