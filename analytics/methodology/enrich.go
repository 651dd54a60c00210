package methodology

import (
	"math"
	"sort"
	"time"

	"otzvuk/analytics/compare"
)

// enrich adds the previous period and the same period a year earlier, their deltas and tests' p,
// the rank among departments and the status against target.
func enrich(vals []Value, ind *Indicator) {
	type cell struct{ dims, period string }
	keys := make([]string, len(vals)) // each value's dimensions, made once
	index := make(map[cell]*Value, len(vals))
	for i := range vals {
		keys[i] = dimKey(vals[i])
		index[cell{keys[i], vals[i].Period}] = &vals[i]
	}
	// The periods before each label, worked out once per label (a few dozen), not per value.
	type before struct {
		prev, yearAgo     string
		prevOK, yearAgoOK bool
	}
	periods := map[string]before{}
	for i := range vals {
		v := &vals[i]
		pb, seen := periods[v.Period]
		if !seen {
			pb.prev, pb.prevOK = compare.Previous(v.Period)
			pb.yearAgo, pb.yearAgoOK = compare.YearAgo(v.Period)
			periods[v.Period] = pb
		}
		// A partial period is never compared with another period as if both were whole: such a
		// comparison is withheld (and a year earlier replaced by the same months, in sameMonths).
		if prev, ok := pb.prev, pb.prevOK; ok {
			if p := index[cell{keys[i], prev}]; p != nil && p.Value != nil {
				if v.Complete && p.Complete {
					v.Previous, v.PreviousDelta, v.PreviousP, v.previousSE = againstSE(v, p)
				} else {
					v.PreviousWithheld = true
				}
			}
		}
		if ya, ok := pb.yearAgo, pb.yearAgoOK; ok {
			if p := index[cell{keys[i], ya}]; p != nil && p.Value != nil {
				if v.Complete && p.Complete {
					v.YearAgo, v.YearAgoDelta, v.YearAgoP, v.yearAgoSE = againstSE(v, p)
				} else {
					v.YearAgoWithheld = true
				}
			}
		}
		v.Status = status(v.Value, ind)
	}
	rank(vals, ind)
}

// againstSE compares cur with old: old's value, the difference, the test's two-sided p (nil where
// no test applies) and the standard error of the difference (0: none), for its 95 % interval and
// for ranking changes in different units on one scale. Whether the change is significant is decided
// over the family it is shown in (fdr.go), not here.
func againstSE(cur, old *Value) (value, delta, p *float64, se float64) {
	if old.Value == nil {
		return nil, nil, nil, 0
	}
	value = old.Value
	if cur.Value == nil {
		return value, nil, nil, 0
	}
	d := *cur.Value - *old.Value
	if !finite(d) {
		return value, nil, nil, 0
	}
	delta = &d
	var pv float64
	var ok bool
	switch {
	case cur.testable == "share" && old.testable == "share":
		_, pv, ok = compare.TwoProportionZ(cur.successes, float64(cur.N), old.successes, float64(old.N))
		if ok {
			p1, p2 := cur.successes/float64(cur.N), old.successes/float64(old.N)
			se = 100 * math.Sqrt(p1*(1-p1)/float64(cur.N)+p2*(1-p2)/float64(old.N))
		}
	case cur.testable == "mean" && old.testable == "mean":
		_, _, pv, ok = compare.Welch(*cur.Value, cur.sd, cur.N, *old.Value, old.sd, old.N)
		if ok {
			se = math.Sqrt(cur.sd*cur.sd/float64(cur.N) + old.sd*old.sd/float64(old.N))
		}
	}
	if ok && finite(pv) {
		p = &pv
	}
	if !finite(se) {
		se = 0
	}
	return value, delta, p, se
}

func status(value *float64, ind *Indicator) string {
	if value == nil || ind.Target == nil || ind.Direction == "none" {
		return ""
	}
	t := *ind.Target
	w := t
	if ind.Warning != nil {
		w = *ind.Warning
	}
	// A value exactly on a threshold (a mean of 12/10 and 12/10) comes out a rounding error either
	// side of it depending on the order the sums were added in: compared at 9 decimals, it is on it.
	x := math.Round(*value*1e9) / 1e9
	if ind.Direction == "lower" {
		x, t, w = -x, -t, -w
	}
	switch {
	case x >= t:
		return "on_target"
	case x >= w:
		return "warning"
	}
	return "off_target"
}

// rank orders departments (or, in a pooled database, municipalities) within each period and combination of the other dimensions;
// small samples and missing values get no rank. Ties share a rank (1, 2, 2, 4).
func rank(vals []Value, ind *Indicator) {
	if ind.Direction == "none" {
		return
	}
	groups := map[string][]*Value{}
	for i := range vals {
		v := &vals[i]
		if v.Value == nil || v.SmallSample {
			continue
		}
		// Departments are ranked within their municipality; without departments, municipalities
		// are ranked among themselves (a pooled database).
		var key string
		switch {
		case v.DepartmentCode != nil:
			key = v.Period + "|" + dimKey(Value{Service: v.Service, ServiceCode: v.ServiceCode, Channel: v.Channel, Group: v.Group, Method: v.Method, Municipality: v.Municipality})
		case v.Municipality != nil:
			key = "municipality|" + v.Period + "|" + dimKey(Value{Service: v.Service, ServiceCode: v.ServiceCode, Channel: v.Channel, Group: v.Group, Method: v.Method})
		default:
			continue
		}
		groups[key] = append(groups[key], v)
	}
	for _, g := range groups {
		sort.SliceStable(g, func(i, j int) bool {
			if ind.Direction == "lower" {
				return *g[i].Value < *g[j].Value
			}
			return *g[i].Value > *g[j].Value
		})
		for i, v := range g {
			r := i + 1
			if i > 0 && *g[i-1].Value == *v.Value {
				r = *g[i-1].Rank
			}
			v.Rank = &r
		}
	}
}

// periodEnd is a period's last day, or today for the running period.
func periodEnd(label string, today time.Time) string {
	_, next, err := compare.PeriodBounds(label)
	if err != nil {
		return today.Format("2006-01-02")
	}
	end := next.AddDate(0, 0, -1)
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if end.After(t) {
		end = t
	}
	return end.Format("2006-01-02")
}

// Contrast compares any two values of the same indicator (period A against period B): the delta
// A − B and the p of the same tests as the previous-period comparison; whether it is significant is
// decided over the family of contrasts shown together (AdjustP).
func Contrast(a, b Value) (delta, p *float64) {
	_, delta, p, _ = againstSE(&a, &b)
	return delta, p
}
