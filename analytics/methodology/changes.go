package methodology

import (
	"math"
	"sort"
)

// Change is a department's significant move against the same period a year earlier.
type Change struct {
	Indicator  string  `json:"indicator"`
	Name       Text    `json:"name"`
	Department string  `json:"department"`
	DeptCode   string  `json:"departmentCode"`
	Period     string  `json:"period"`
	Value      float64 `json:"value"`
	YearAgo    float64 `json:"yearAgo"`
	Delta      float64 `json:"delta"`
	// DeltaLow and DeltaHigh are the change's 95 % interval (nil where none applies).
	DeltaLow  *float64 `json:"deltaLow"`
	DeltaHigh *float64 `json:"deltaHigh"`
	Unit      string   `json:"unit"`
	N         int64    `json:"n"`
	// P and Q are the test's p-value and its q-value within the family (AdjustFamily); Z is the
	// change in standard errors, the scale on which changes in different units are ranked.
	P           float64 `json:"p"`
	Q           float64 `json:"q"`
	Z           float64 `json:"z"`
	Improvement bool    `json:"improvement"`
	// Neutral: no change at all (neither an improvement nor a deterioration).
	Neutral bool `json:"neutral"`
	// More counts the department's other significant changes the same way (OnePerDepartment).
	More int `json:"more"`
}

// OnePerDepartment keeps each department's first change (they come strongest evidence first) and
// counts its others in More, up to limit departments: a list of five rows about one department
// would hide every other department.
func OnePerDepartment(cs []Change, limit int) []Change {
	var out []Change
	at := map[string]int{}
	for _, c := range cs {
		if i, ok := at[c.DeptCode]; ok {
			out[i].More++
			continue
		}
		at[c.DeptCode] = len(out)
		out = append(out, c)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// SignificantChanges picks department values whose change against a year earlier is significant
// (q ≤ the level of the family they were adjusted in: see AdjustFamily), and splits them into
// deteriorations and improvements by the indicator's direction, strongest evidence first (ByEvidence).
// Small samples are left out, as they are from rankings; a change of zero is neither.
func SignificantChanges(vals []Value, cat *Catalog, limit int) (worse, better []Change) {
	for _, v := range vals {
		if v.DepartmentCode == nil || v.Value == nil || v.YearAgoDelta == nil || v.YearAgoSignificant == nil ||
			!*v.YearAgoSignificant || v.SmallSample {
			continue
		}
		ind, ok := cat.Get(v.Indicator)
		if !ok || ind.Direction == "none" {
			continue
		}
		c := Change{Indicator: v.Indicator, Name: ind.Name, Department: *v.Department, DeptCode: *v.DepartmentCode, Period: v.Period,
			Value: *v.Value, YearAgo: *v.YearAgo, Delta: *v.YearAgoDelta, Unit: ind.Unit, N: v.N, Z: v.YearAgoZ()}
		if v.YearAgoP != nil {
			c.P = *v.YearAgoP
		}
		c.Q = c.P
		if v.YearAgoQ != nil {
			c.Q = *v.YearAgoQ
		}
		if lo, hi, ok := v.YearAgoInterval(); ok {
			c.DeltaLow, c.DeltaHigh = &lo, &hi
		}
		if c.Delta == 0 {
			c.Neutral = true // a test can call no change significant only by an error; it is no news either way
			continue
		}
		c.Improvement = (c.Delta > 0) == (ind.Direction == "higher")
		if c.Improvement {
			better = append(better, c)
		} else {
			worse = append(worse, c)
		}
	}
	ByEvidence(worse)
	ByEvidence(better)
	if len(worse) > limit {
		worse = worse[:limit]
	}
	if len(better) > limit {
		better = better[:limit]
	}
	return worse, better
}

// ByEvidence orders changes by strength of evidence: q ascending, then the standardised change
// |Z| descending. Never by the raw change: points of a −100…100 net promoter score would always
// stand above percentage points, whatever the evidence.
func ByEvidence(cs []Change) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Q != cs[j].Q {
			return cs[i].Q < cs[j].Q
		}
		return math.Abs(cs[i].Z) > math.Abs(cs[j].Z)
	})
}
