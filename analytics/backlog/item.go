// Package backlog answers "of what citizens filed in a period, how much was done on time — and
// how much is still waiting?" for the register of service requests and the register of signals:
// the cohort by filing date (cohort.go) and the Kaplan–Meier time to completion with open items
// censored at the data's last date (kaplan_meier.go). The catalogue's SVC_ONTIME and SVC_TTR count
// by completion date and answer "how did we do in what we finished"; an item still open past its
// deadline counts in neither, which is why both views are shown side by side.
package backlog

import "time"

// Item is one request or signal as the cohort sees it. Dates are calendar days.
type Item struct {
	ID         string
	Department string
	Filed      time.Time
	Due        *time.Time // nil: no deadline (counted apart, never on time or late)
	Done       *time.Time // completed (a request) or decided (a signal); nil while open
	// Withdrawn: cancelled or refused requests, signals left unexamined. They were never going to
	// be completed, so they are neither on time nor late and are left out of the time to completion.
	Withdrawn bool
	// Undated: completed, but the register gives no completion date; not open, yet with no
	// duration or deadline to judge (counted with the impossible dates).
	Undated bool
}

// day is a date's calendar day, so that times of day never make a deadline one day later.
func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

// days is the number of calendar days from a to b.
func days(a, b time.Time) int { return int(day(b).Sub(day(a)).Hours()/24 + 0.5) }
