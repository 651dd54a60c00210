package backlog

import (
	"time"

	"otzvuk/analytics/compare"
)

// Cohort is what became of the items filed in a period, as of a date.
//
//	on time      completed by the deadline (on or before the due day)
//	late         completed after the deadline
//	overdue      still open as of the date, deadline passed (due day before it)
//	pending      still open, deadline not passed: left out of the rate until decided
//
// Rate = on time / (on time + late + overdue): an item open past its deadline is already a
// missed deadline, whatever happens later. Shares are of on time + late + overdue + pending.
type Cohort struct {
	Filed      int `json:"filed"`       // every item filed in the period
	Withdrawn  int `json:"withdrawn"`   // cancelled, refused, not examined
	NoDeadline int `json:"no_deadline"` // not withdrawn, no deadline: neither on time nor late
	BadDates   int `json:"bad_dates"`   // completed before it was filed, or with no date: no honest duration

	OnTime  int `json:"on_time"`
	Late    int `json:"late"`
	Overdue int `json:"open_overdue"`
	Pending int `json:"open_pending"`

	// Percent of OnTime + Late + Overdue + Pending; nil when that is 0.
	OnTimeShare  *float64 `json:"on_time_share"`
	LateShare    *float64 `json:"late_share"`
	OverdueShare *float64 `json:"open_overdue_share"`
	PendingShare *float64 `json:"open_pending_share"`

	Rate       *float64 `json:"rate"` // % on time of the decided or overdue
	RateN      int      `json:"rate_n"`
	RateCILow  *float64 `json:"rate_ci_low"` // Wilson, as SVC_ONTIME's interval
	RateCIHigh *float64 `json:"rate_ci_high"`
}

// CohortOf counts the items as of asOf (the data's last date): completion after asOf is not yet
// known, so such an item is open; items filed after asOf are not counted.
func CohortOf(items []Item, asOf time.Time) Cohort {
	asOf = day(asOf)
	var c Cohort
	for _, it := range items {
		if day(it.Filed).After(asOf) {
			continue
		}
		c.Filed++
		done := it.Done != nil && !day(*it.Done).After(asOf)
		switch {
		case it.Withdrawn:
			c.Withdrawn++
		case it.Undated || done && day(*it.Done).Before(day(it.Filed)):
			c.BadDates++
		case it.Due == nil:
			c.NoDeadline++
		case done && !day(*it.Done).After(day(*it.Due)):
			c.OnTime++
		case done:
			c.Late++
		case day(*it.Due).Before(asOf):
			c.Overdue++
		default:
			c.Pending++
		}
	}
	if all := c.OnTime + c.Late + c.Overdue + c.Pending; all > 0 {
		pct := func(k int) *float64 { v := 100 * float64(k) / float64(all); return &v }
		c.OnTimeShare, c.LateShare, c.OverdueShare, c.PendingShare = pct(c.OnTime), pct(c.Late), pct(c.Overdue), pct(c.Pending)
	}
	c.RateN = c.OnTime + c.Late + c.Overdue
	if c.RateN > 0 {
		r := 100 * float64(c.OnTime) / float64(c.RateN)
		c.Rate = &r
		if iv, ok := compare.Wilson(float64(c.OnTime), float64(c.RateN)); ok {
			lo, hi := 100*iv.Low, 100*iv.High
			c.RateCILow, c.RateCIHigh = &lo, &hi
		}
	}
	return c
}
