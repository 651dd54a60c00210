package report

import (
	"sort"

	"otzvuk/analytics/methodology"
)

// A department's section shows its key indicators, not all of them: the full table of every
// department is the annex's (in the document and in the XLSX). The rule, stated in the methods
// section (word "limKey"), picks at most maxKey of the indicators with a value:
//  1. the satisfaction index, the section's chart;
//  2. those whose change against the year before is significant (after the false discovery rate
//     control), in reading order;
//  3. the catalogue's headline indicators (methodology.Importance) in reading order;
//  4. when fewer than minKey were picked, the rest in reading order.
// The picked rows print in reading order.

const minKey, maxKey = 5, 8

// keyIndicators picks a department's key rows out of all of them (rows with a value).
func keyIndicators(rows []IndicatorRow, order map[string]int) []IndicatorRow {
	headline := map[string]bool{}
	for _, id := range methodology.Importance {
		headline[id] = true
	}
	rank := func(x IndicatorRow) int {
		switch {
		case x.ID == "SAT_IDX":
			return 0
		case x.Significant != nil && *x.Significant:
			return 1
		case headline[x.ID]:
			return 2
		}
		return 3
	}
	picked := append([]IndicatorRow(nil), rows...)
	sort.SliceStable(picked, func(i, j int) bool {
		ri, rj := rank(picked[i]), rank(picked[j])
		if ri != rj {
			return ri < rj
		}
		return order[picked[i].ID] < order[picked[j].ID]
	})
	n := 0
	for n < len(picked) && n < maxKey && (rank(picked[n]) < 3 || n < minKey) {
		n++
	}
	picked = picked[:n]
	sort.SliceStable(picked, func(i, j int) bool { return order[picked[i].ID] < order[picked[j].ID] })
	return picked
}
