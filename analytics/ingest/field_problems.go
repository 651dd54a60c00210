package ingest

import (
	"time"

	"otzvuk/analytics/ingest/read"
)

// A bad value of an optional field costs that field, not the record: a request whose projected
// completion date is the placeholder 1900-01-01, or whose closing date precedes its filing, was
// still received and counts. The record is kept with the field empty and the cell goes to the
// quarantine with the kind "field". A required field that fails still rejects its row, and so does
// every cell of a row that is rejected anyway. A profile may keep the old rule
// (on_invalid_optional: reject_row).

// KindField marks a quarantined cell whose field was emptied while its record was kept.
const KindField = "field"

// emptiable: a bad value of this field empties it instead of rejecting the row.
func (m *mapper) emptiable(f Field) bool {
	return !f.Required && m.p.emptiesBadOptional()
}

// rowRejected: a problem other than an emptied optional field rejects the row.
func rowRejected(probs []*read.Problem) bool {
	for _, pr := range probs {
		if pr.Kind != KindField {
			return true
		}
	}
	return false
}

// settleFieldProblems decides what a row's problems are: when the row is rejected, every cell of
// it is a reason for that (kind rejected); when only optional fields failed, each says the record
// was kept without it.
func settleFieldProblems(probs []*read.Problem) []*read.Problem {
	if len(probs) == 0 {
		return probs
	}
	if rowRejected(probs) {
		for _, pr := range probs {
			if pr.Kind == KindField {
				pr.Kind = ""
			}
		}
		return probs
	}
	for _, pr := range probs {
		pr.BG += keptBG
		pr.EN += keptEN
	}
	return probs
}

// keptBG, keptEN end the reason of an emptied field's cell.
const (
	keptBG = " — записът е запазен без това поле"
	keptEN = " — the record was kept without this field"
)

// placeholderDates are the days systems write where they have no date: the zero dates of .NET and
// SQL (0001-01-01, 1753-01-01), Excel's serial 0 and 1 (1899-12-30, 1900-01-01) and Lotus'
// 1899-12-31, the Unix epoch, and the "never" of 9999-12-31 and 2999-12-31. None is a real date of
// a municipality's record.
var placeholderDates = map[[3]int]bool{
	{1, 1, 1}: true, {1753, 1, 1}: true, {1899, 12, 30}: true, {1899, 12, 31}: true, {1900, 1, 1}: true,
	{1970, 1, 1}: true, {2999, 12, 31}: true, {9999, 12, 31}: true,
}

// isPlaceholderDate: the day (whatever the time) is one a system writes for "no date".
func isPlaceholderDate(t time.Time) bool {
	y, mo, d := t.Date()
	return placeholderDates[[3]int{y, int(mo), d}]
}
