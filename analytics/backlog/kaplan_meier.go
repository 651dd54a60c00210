package backlog

import (
	"math"
	"sort"
	"time"

	"otzvuk/analytics/compare"
)

// ConfType is how the pointwise 95 % band of the survival curve is drawn, from Greenwood's
// variance. Otzvuk uses the log-log band (Kalbfleisch & Prentice; SAS LIFETEST's default): it stays
// inside (0, 1) and is reliable in the small departments' samples. The log band is R survival's
// default, kept so the numbers can be checked against R's published output.
type ConfType int

const (
	LogLog ConfType = iota
	Log
)

// Step is one drop of the Kaplan–Meier curve: at Day, Events of AtRisk items were completed.
type Step struct {
	Day      int      `json:"day"`
	AtRisk   int      `json:"at_risk"`
	Events   int      `json:"events"`
	Survival float64  `json:"survival"` // share still open after Day
	Lower    *float64 `json:"lower"`    // the band; nil where it is undefined (S = 0)
	Upper    *float64 `json:"upper"`
}

// Median is the Kaplan–Meier median time to completion with its Brookmeyer–Crowley 95 % interval:
// the times at which the band's lower and upper curves fall to one half. A nil value is "not
// reached" — the curve (or its band) never fell to one half before the data end — never NaN.
type Median struct {
	N        int      `json:"n"`        // items in the curve
	Events   int      `json:"events"`   // completed
	Censored int      `json:"censored"` // still open as of the data's last date
	Days     *float64 `json:"days"`
	Low      *float64 `json:"ci_low"`
	High     *float64 `json:"ci_high"`
	Steps    []Step   `json:"-"`
}

// spell is one item's time: completed after Days, or still open (censored) after Days.
type spell struct {
	days int
	done bool
}

// KaplanMeier estimates the days from filing to completion of the items (withdrawn ones and those
// with impossible dates left out), an item still open as of asOf being censored there.
func KaplanMeier(items []Item, asOf time.Time, ct ConfType) Median {
	asOf = day(asOf)
	var sp []spell
	for _, it := range items {
		if it.Withdrawn || it.Undated || day(it.Filed).After(asOf) {
			continue
		}
		if it.Done != nil && !day(*it.Done).After(asOf) {
			if d := days(it.Filed, *it.Done); d >= 0 {
				sp = append(sp, spell{d, true})
			}
			continue
		}
		sp = append(sp, spell{days(it.Filed, asOf), false})
	}
	return kmOf(sp, ct)
}

func kmOf(sp []spell, ct ConfType) Median {
	m := Median{N: len(sp)}
	sort.Slice(sp, func(i, j int) bool { return sp[i].days < sp[j].days })
	s, greenwood := 1.0, 0.0
	for i := 0; i < len(sp); {
		t, events, j := sp[i].days, 0, i
		for ; j < len(sp) && sp[j].days == t; j++ {
			if sp[j].done {
				events++
			}
		}
		atRisk := len(sp) - i // an item censored at t is still at risk at t: completions come first
		m.Events += events
		m.Censored += j - i - events
		if events > 0 {
			s *= 1 - float64(events)/float64(atRisk)
			if atRisk > events {
				greenwood += float64(events) / float64(atRisk*(atRisk-events))
			} else {
				greenwood = math.Inf(1)
			}
			st := Step{Day: t, AtRisk: atRisk, Events: events, Survival: s}
			st.Lower, st.Upper = band(s, greenwood, ct)
			m.Steps = append(m.Steps, st)
		}
		i = j
	}
	pick := func(f func(Step) *float64) *float64 {
		xs := make([]int, len(m.Steps))
		ys := make([]*float64, len(m.Steps))
		for i, st := range m.Steps {
			xs[i], ys[i] = st.Day, f(st)
		}
		return firstAtHalf(xs, ys)
	}
	m.Days = pick(func(st Step) *float64 { v := st.Survival; return &v })
	m.Low = pick(func(st Step) *float64 { return st.Lower })
	m.High = pick(func(st Step) *float64 { return st.Upper })
	return m
}

// band is the pointwise 95 % interval of S from Greenwood's sum. Where S = 0 it is undefined
// (R gives NA there), so an interval whose end the curve reaches only at S = 0 is "not reached".
func band(s, greenwood float64, ct ConfType) (*float64, *float64) {
	if s <= 0 || math.IsInf(greenwood, 0) {
		return nil, nil
	}
	var lo, hi float64
	switch ct {
	case Log:
		se := math.Sqrt(greenwood)
		lo, hi = s*math.Exp(-compare.Z95*se), math.Min(1, s*math.Exp(compare.Z95*se))
	default:
		if s >= 1 {
			lo, hi = 1, 1
			break
		}
		// θ = log(−log S) has standard error √greenwood / |log S|; S = exp(−exp θ) falls as θ rises.
		se := math.Sqrt(greenwood) / math.Abs(math.Log(s))
		lo, hi = math.Pow(s, math.Exp(compare.Z95*se)), math.Pow(s, math.Exp(-compare.Z95*se))
	}
	return &lo, &hi
}

// firstAtHalf is the first day at which a curve is at or below one half — R survival's rule
// (median.survfit's minmin): where the curve is exactly one half (within √ε) over a flat stretch,
// the midpoint between that day and the day it next drops. nil: never reached.
func firstAtHalf(xs []int, ys []*float64) *float64 {
	const tol = 1.4901161193847656e-08 // sqrt(.Machine$double.eps)
	first := -1
	for i, y := range ys {
		if y != nil && *y < 0.5+tol {
			first = i
			break
		}
	}
	if first < 0 {
		return nil
	}
	v := float64(xs[first])
	if math.Abs(*ys[first]-0.5) < tol {
		for k := first + 1; k < len(ys); k++ {
			if ys[k] != nil && *ys[k] < *ys[first] {
				v = (v + float64(xs[k])) / 2
				break
			}
		}
	}
	return &v
}
