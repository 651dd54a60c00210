package dashboard

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

// Dates reads the date range (zero times where open).
func (f Filters) Dates() (from, to time.Time, err error) {
	if f.From != "" {
		if from, err = time.Parse(time.DateOnly, f.From); err != nil {
			return from, to, fmt.Errorf("from %q: %w", f.From, err)
		}
	}
	if f.To != "" {
		if to, err = time.Parse(time.DateOnly, f.To); err != nil {
			return from, to, fmt.Errorf("to %q: %w", f.To, err)
		}
	}
	return from, to, nil
}

// Apply puts the filters on a query; a bad filter is a Problem with its own key.
func (f Filters) Apply(q methodology.Query) (methodology.Query, *Problem) {
	from, to, err := f.Dates()
	if err != nil {
		return q, problem("errors.badDate", err, map[string]string{"date": f.From + " " + f.To})
	}
	for d, v := range map[methodology.Dimension][]string{methodology.ByChannel: f.Channel, methodology.ByGroup: f.Group, methodology.ByMethod: f.Method} {
		if err := methodology.CheckFilter(d, v); err != nil {
			return q, problem("errors.filterTooLarge", err, map[string]string{"dimension": string(d),
				"count": fmt.Sprint(len(v)), "limit": fmt.Sprint(methodology.MaxFilterValues), "bg": err.Error()})
		}
	}
	if !from.IsZero() {
		q.From = from
	}
	if !to.IsZero() {
		q.To = to
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
