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
	DeltaLow    *float64 `json:"deltaLow"`
	DeltaHigh   *float64 `json:"deltaHigh"`
	Unit        string   `json:"unit"`
	N           int64    `json:"n"`
	Improvement bool     `json:"improvement"`
	// More counts the department's other significant changes the same way (OnePerDepartment).
	More int `json:"more"`
}

// OnePerDepartment keeps each department's largest change (they come largest first) and counts
// its others in More, up to limit departments: a list of five rows about one department would
// hide every other department.
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

// SignificantChanges picks department values whose change against a year earlier is significant,
// and splits them into deteriorations and improvements by the indicator's direction, largest first.
// Small samples are left out, as they are from rankings.
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
			Value: *v.Value, YearAgo: *v.YearAgo, Delta: *v.YearAgoDelta, Unit: ind.Unit, N: v.N}
		if lo, hi, ok := v.YearAgoInterval(); ok {
			c.DeltaLow, c.DeltaHigh = &lo, &hi
		}
		c.Improvement = (c.Delta > 0) == (ind.Direction == "higher")
		if c.Improvement {
			better = append(better, c)
		} else {
			worse = append(worse, c)
		}
	}
	bySize := func(cs []Change) {
		sort.SliceStable(cs, func(i, j int) bool { return math.Abs(cs[i].Delta) > math.Abs(cs[j].Delta) })
	}
	bySize(worse)
	bySize(better)
	if len(worse) > limit {
		worse = worse[:limit]
	}
	if len(better) > limit {
		better = better[:limit]
	}
	return worse, better
}
