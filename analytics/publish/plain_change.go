package publish

import (
	"math"
	"strings"

	"otzvuk/analytics/format"
)

// plainChange says a change as a citizen reads it: better or worse (by the indicator's direction)
// by how much in its unit, and whether it is more than chance after the correction for the many
// comparisons a page shows — "по-добре с 3,0 п.п., значима промяна".
func plainChange(delta float64, unit, direction string, significant *bool, lang string) string {
	bg := lang != "en"
	size := strings.TrimPrefix(format.Change(ptr(math.Abs(delta)), unit, lang), "+") // the words carry the sign
	var s string
	switch {
	case format.Change(ptr(delta), unit, lang) == format.Change(ptr(0), unit, lang):
		if bg {
			return "без промяна"
		}
		return "no change"
	case direction == "none" && delta > 0, direction == "none" && delta < 0:
		s = pick(bg, delta > 0, "по-високо с ", "по-ниско с ", "higher by ", "lower by ") + size
	default:
		better := (delta > 0) == (direction == "higher")
		s = pick(bg, better, "по-добре с ", "по-зле с ", "better by ", "worse by ") + size
	}
	if significant != nil {
		s += pick(bg, *significant, ", значима промяна", ", в рамките на случайността", ", a significant change", ", within chance")
	}
	return s
}

func pick(bg, cond bool, bgYes, bgNo, enYes, enNo string) string {
	switch {
	case bg && cond:
		return bgYes
	case bg:
		return bgNo
	case cond:
		return enYes
	}
	return enNo
}

func ptr(f float64) *float64 { return &f }
