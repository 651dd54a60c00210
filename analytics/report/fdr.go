package report

import (
	"fmt"
	"strconv"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// Multiple comparisons in the report (docs/statistics.md). Two families, each tested by
// Benjamini–Hochberg at compare.FDRLevel() (the municipality's setting, 5 % by default):
//   - the departments: every department × indicator comparison of the year with the year before
//     (small samples aside). The summary's deteriorations and improvements and the department
//     sections read the same tests, so a change is significant in both places or in neither;
//   - the municipality: the indicators table's comparisons of the municipal totals.

// FDR is what the summary says about its family.
type FDR struct {
	Tests            int     // department × indicator comparisons with the year before
	Uncorrected      int     // of them with p ≤ the level (an uncorrected list's length)
	ExpectedByChance float64 // Tests × the level: significant by chance alone without a correction
	Level            float64
	PrevHasData      bool // the year before has any data (else there is nothing to compare)
}

// reportFamilies adjusts the year's values in place and returns what the summary says.
func reportFamilies(vals []methodology.Value, year string) FDR {
	f := FDR{Level: compare.FDRLevel()}
	prev := ""
	if y, err := strconv.Atoi(year); err == nil {
		prev = strconv.Itoa(y - 1)
	}
	for _, v := range vals {
		f.PrevHasData = f.PrevHasData || (v.Period == prev && v.Value != nil && v.N > 0) || (v.Period == year && (v.YearAgo != nil || v.YearAgoWithheld))
	}
	dept := func(v methodology.Value) bool {
		return v.Period == year && v.DepartmentCode != nil && v.Value != nil && !v.SmallSample
	}
	f.Tests = methodology.AdjustFamily(vals, methodology.YearAgoTest, f.Level, dept)
	methodology.AdjustFamily(vals, methodology.YearAgoTest, f.Level, func(v methodology.Value) bool {
		return v.Period == year && v.IsTotal() && v.Value != nil && !v.SmallSample
	})
	for _, v := range vals {
		if dept(v) && v.YearAgoP != nil && *v.YearAgoP <= f.Level {
			f.Uncorrected++
		}
	}
	f.ExpectedByChance = float64(f.Tests) * f.Level
	return f
}

// FDRNote is the summary's sentence on its comparisons ("" when none was made).
func (r *Report) FDRNote() string {
	if r.FDR.Tests == 0 {
		return ""
	}
	pct := format.F(100*r.FDR.Level, r.Lang, 0)
	return fmt.Sprintf(word(r.Lang, "fdrNote"), r.FDR.Tests, r.Year-1, format.F(r.FDR.ExpectedByChance, r.Lang, 1), pct, r.FDR.Uncorrected, pct)
}

// NoChange is what a list of changes says when it is empty: that nothing changed significantly,
// or that the year before has no data to compare with.
func (r *Report) NoChange() string {
	if !r.FDR.PrevHasData {
		return fmt.Sprintf(word(r.Lang, "noPrevData"), r.Year-1)
	}
	return word(r.Lang, "none")
}
