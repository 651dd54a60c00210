package methodology

import (
	"fmt"
	"time"
)

// MaxPeriods bounds the periods one request computes: every period is a row per indicator and
// dimension value, and their comparisons. 600 months is 50 years; a request for 0001–9999 by month
// (≈ 120,000 periods) grew past 17 GB before this bound.
const MaxPeriods = 600

// earliestData is the first day an import accepts (older dates are refused), so an open start of
// a range is counted from it.
var earliestData = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// PeriodsError is a request over more periods than MaxPeriods, in both languages.
type PeriodsError struct {
	N     int
	Grain Grain
}

func (e *PeriodsError) Error() string {
	bg, en := e.Messages()
	return bg + " / " + en
}

// Messages are the refusal in Bulgarian and English.
func (e *PeriodsError) Messages() (bg, en string) {
	return fmt.Sprintf("заявката обхваща %d периода (%s), а най-много са %d; изберете по-кратък период или по-едра стъпка (quarter, year)", e.N, grainBG[e.Grain], MaxPeriods),
		fmt.Sprintf("the request spans %d periods (%s), at most %d are computed; choose a shorter range or a coarser grain (quarter, year)", e.N, e.Grain, MaxPeriods)
}

var grainBG = map[Grain]string{Month: "месеци", Quarter: "тримесечия", Year: "години"}

// CountPeriods is how many periods of the grain from..to touches (both inclusive); an open start
// counts from the first day an import accepts, an open end to today.
func CountPeriods(from, to time.Time, g Grain, today time.Time) int {
	if from.IsZero() {
		from = earliestData
	}
	if to.IsZero() {
		to = today
	}
	if to.Before(from) {
		return 0
	}
	months := (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
	switch g {
	case Year:
		return to.Year() - from.Year() + 1
	case Quarter:
		return (to.Year()*12+int(to.Month())-1)/3 - (from.Year()*12+int(from.Month())-1)/3 + 1
	}
	return months + 1
}

// checkPeriods refuses a query over more than MaxPeriods periods before any work.
func checkPeriods(q Query) error {
	if n := CountPeriods(q.From, q.To, q.Grain, q.Today); n > MaxPeriods {
		return &PeriodsError{N: n, Grain: q.Grain}
	}
	return nil
}
