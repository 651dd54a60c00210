package ingest

import (
	"strings"

	"otzvuk/analytics/ingest/read"
)

// emptied counts a cell whose optional field was left out while its record was kept.
func (sum *Summary) emptied(pr *read.Problem) {
	sum.FieldsEmptied++
	if sum.emptiedRows == nil {
		sum.emptiedRows = map[int]int{}
	}
	sum.emptiedRows[pr.Row]++
}

// rowsRejectedLater: a row that lost a field and was then rejected by a check across rows (an
// unknown department, a key repeated with on_conflict: reject) kept no record either.
func rowsRejectedLater(sum *Summary, rejected map[int]bool) {
	for row, n := range sum.emptiedRows {
		if rejected[row] {
			sum.FieldsEmptied -= n
			delete(sum.emptiedRows, row)
		}
	}
	for _, pr := range sum.Problems {
		if pr.Kind == KindField && rejected[pr.Row] {
			unkeep(pr)
		}
	}
}

// rowsWithBadCells: the rows rejected and the rows that kept their record without a field. The
// reject-rate threshold counts both: a column failing on many rows is a profile that does not fit
// the file (dates in another order, a wrong column), not a few bad cells; such a file is refused
// exactly as before the rule rather than imported with that column empty.
func rowsWithBadCells(sum *Summary) int { return sum.Rejected + len(sum.emptiedRows) }

func unkeep(pr *read.Problem) {
	pr.Kind = ""
	pr.BG = strings.TrimSuffix(pr.BG, keptBG)
	pr.EN = strings.TrimSuffix(pr.EN, keptEN)
}

// notKept: the file was refused, so no record was kept without its field; its cells are what they
// were before the rule, reasons of rows that were not imported, and those rows count as rejected.
func notKept(sum *Summary) {
	for _, pr := range sum.Problems {
		if pr.Kind == KindField {
			unkeep(pr)
		}
	}
	sum.Rejected += len(sum.emptiedRows)
	sum.FieldsEmptied, sum.emptiedRows = 0, nil
	sum.NewDepts = 0 // none was created either (the staging table's way counted them before the refusal)
}
