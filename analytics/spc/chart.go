package spc

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// ShortSegment is the number of points below which a segment's limits are trial limits
// (ptd_add_short_group_warnings: warning_threshold = 12). The R package draws them all the same
// and only warns; so does this one.
const ShortSegment = 12

// Observation is one point of a series as it comes in: Value nil is a missing period.
type Observation struct {
	Date  time.Time
	Value *float64
}

// Options are ptd_spc's arguments.
type Options struct {
	Direction Direction
	Target    *float64
	// Rebase dates start a new baseline: a segment begins at the first point on or after each
	// date (R needs the exact date of a point; a date between two points here moves the baseline
	// to the next one, which is the same where the dates agree).
	Rebase []time.Time
	// NoScreening keeps every moving range (R's screen_outliers = FALSE; screening is the default).
	NoScreening bool
	// FixAfter > 0 computes each segment's limits from its first FixAfter points only.
	FixAfter int
}

// Point is one point of the chart.
type Point struct {
	Date        time.Time `json:"date"`
	Value       *float64  `json:"value"`
	Segment     int       `json:"segment"`
	MovingRange *float64  `json:"moving_range"`
	Screened    bool      `json:"moving_range_screened"`
	Rule        Rule      `json:"rule"`
	Type        PointType `json:"point_type"`
}

// Segment is one baseline: its points, centre line and process limits.
type Segment struct {
	From         time.Time `json:"from"`
	To           time.Time `json:"to"`
	Points       int       `json:"points"` // rows, missing ones included (as R counts them)
	Values       int       `json:"values"` // rows with a value
	Mean         *float64  `json:"mean"`
	MeanMR       *float64  `json:"mean_moving_range"`
	LowerLimit   *float64  `json:"lower_limit"`
	UpperLimit   *float64  `json:"upper_limit"`
	Trial        bool      `json:"trial_limits"` // fewer than ShortSegment points
	Improvements int       `json:"special_cause_improvement"`
	Concerns     int       `json:"special_cause_concern"`
	Neutral      int       `json:"special_cause_neutral"`
}

// Result is the whole chart with its icons.
type Result struct {
	Points    []Point   `json:"points"`
	Segments  []Segment `json:"segments"`
	Variation Variation `json:"variation"`
	Assurance Assurance `json:"assurance"`
	Target    *float64  `json:"target"`
}

// DuplicateDateError names a date that occurs twice (R: "duplicate rows found").
type DuplicateDateError struct{ Date time.Time }

func (e *DuplicateDateError) Error() string {
	d := e.Date.Format("2006-01-02")
	return fmt.Sprintf("датата %s се среща два пъти / the date %s occurs twice", d, d)
}

// Compute draws the XmR chart of a series. Points are put in date order; a value that is not a
// finite number is treated as missing, so NaN never reaches a limit.
func Compute(obs []Observation, o Options) (Result, error) {
	obs = append([]Observation(nil), obs...)
	sort.SliceStable(obs, func(i, j int) bool { return obs[i].Date.Before(obs[j].Date) })
	for i := 1; i < len(obs); i++ {
		if obs[i].Date.Equal(obs[i-1].Date) {
			return Result{}, &DuplicateDateError{obs[i].Date}
		}
	}
	res := Result{Points: []Point{}, Segments: []Segment{}, Target: o.Target}
	starts := segmentStarts(obs, o.Rebase)
	for s := 0; s < len(starts); s++ {
		end := len(obs)
		if s+1 < len(starts) {
			end = starts[s+1]
		}
		res.Points = append(res.Points, segment(obs[starts[s]:end], s, o, &res.Segments)...)
	}
	res.Variation = variationOf(res.Points)
	if len(res.Segments) > 0 {
		res.Assurance = assuranceOf(o.Target, o.Direction, res.Segments[len(res.Segments)-1])
	}
	return res, nil
}

// segmentStarts is the index of each segment's first point: 0, then the first point on or after
// each rebase date (a date before the first point, after the last, or on a segment's first point
// starts nothing new).
func segmentStarts(obs []Observation, rebase []time.Time) []int {
	if len(obs) == 0 {
		return nil
	}
	at := map[int]bool{}
	for _, d := range rebase {
		i := sort.Search(len(obs), func(i int) bool { return !obs[i].Date.Before(d) })
		if i > 0 && i < len(obs) {
			at[i] = true
		}
	}
	starts := []int{0}
	for i := 1; i < len(obs); i++ {
		if at[i] {
			starts = append(starts, i)
		}
	}
	return starts
}

func segment(obs []Observation, index int, o Options, segs *[]Segment) []Point {
	ys := make([]*float64, len(obs))
	values := 0
	for i, ob := range obs {
		if ob.Value != nil && !math.IsNaN(*ob.Value) && !math.IsInf(*ob.Value, 0) {
			v := *ob.Value
			ys[i] = &v
			values++
		}
	}
	l, mr, screened := segmentLimits(ys, !o.NoScreening, o.FixAfter)
	rs := rules(facts(ys, l))
	seg := Segment{From: obs[0].Date, To: obs[len(obs)-1].Date, Points: len(obs), Values: values, Trial: len(obs) < ShortSegment}
	if l.hasMean {
		seg.Mean = num(l.mean)
	}
	if l.ok {
		seg.MeanMR, seg.LowerLimit, seg.UpperLimit = num(l.meanMR), num(l.lower), num(l.upper)
	}
	pts := make([]Point, len(obs))
	for i, ob := range obs {
		t := pointType(rs[i], o.Direction)
		pts[i] = Point{Date: ob.Date, Value: ys[i], Segment: index, MovingRange: mr[i], Screened: screened[i], Rule: rs[i], Type: t}
		switch t {
		case SpecialImprovement:
			seg.Improvements++
		case SpecialConcern:
			seg.Concerns++
		case SpecialNeutralHigh, SpecialNeutralLow:
			seg.Neutral++
		}
	}
	*segs = append(*segs, seg)
	return pts
}

func num(x float64) *float64 { return &x }
