package ingest

import (
	"regexp"
	"strings"
	"time"
)

// Period labels: a date field may hold a quarter or a month instead of a day (2026-Q1, Q1 2026,
// I трим. 2026, 1-во тримесечие 2026, март 2026, 03.2026, and survey-tool labels like 3QMAR2022 —
// quarter number, Q, the month the quarter ends in, year). The field's period option picks the day:
// end (default), start or middle (the 15th of the period's middle month).

var (
	reQuarterYearFirst = regexp.MustCompile(`^(\d{4})\s*[-/ ]?\s*q([1-4])$`)
	reQuarterFirst     = regexp.MustCompile(`^q([1-4])\s*[-/ ]?\s*(\d{4})$`)
	reQuarterBG        = regexp.MustCompile(`^(i{1,3}|iv|[1-4])\s*(?:-?\s*(?:во|ро|то|ти)|\.)?\s*(?:трим\.?|тримесечие)\s*(\d{4})$`)
	reQuarterMonth     = regexp.MustCompile(`^([1-4])\s*q\s*([a-zа-я]{3,})\.?\s*(\d{4})$`)
	reMonthName        = regexp.MustCompile(`^([a-zа-я]+)\.?\s*,?\s*(\d{4})$`)
	reMonthNum         = regexp.MustCompile(`^(\d{1,2})\s*[./]\s*(\d{4})$`)
	reYearMonth        = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
)

var romanQuarter = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// monthNames: Bulgarian and English month names and their usual abbreviations.
var monthNames = map[string]int{}

func init() {
	names := [][]string{
		{"януари", "яну", "ян", "january", "jan"},
		{"февруари", "фев", "february", "feb"},
		{"март", "мар", "march", "mar"},
		{"април", "апр", "april", "apr"},
		{"май", "may"},
		{"юни", "june", "jun"},
		{"юли", "july", "jul"},
		{"август", "авг", "august", "aug"},
		{"септември", "сеп", "септ", "september", "sep", "sept"},
		{"октомври", "окт", "october", "oct"},
		{"ноември", "ное", "november", "nov"},
		{"декември", "дек", "december", "dec"},
	}
	for i, ns := range names {
		for _, n := range ns {
			monthNames[n] = i + 1
		}
	}
}

// ParsePeriod reads a period label: the first and last day of the quarter or month it names.
func ParsePeriod(s string) (from, to time.Time, ok bool) {
	t := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " "))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "г."), "г"))
	quarter := func(y, q int) (time.Time, time.Time, bool) {
		f := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(0, 3, -1), true
	}
	month := func(y, m int) (time.Time, time.Time, bool) {
		if m < 1 || m > 12 {
			return time.Time{}, time.Time{}, false
		}
		f := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return f, f.AddDate(0, 1, -1), true
	}
	if m := reQuarterYearFirst.FindStringSubmatch(t); m != nil {
		return quarter(atoi(m[1]), atoi(m[2]))
	}
	if m := reQuarterFirst.FindStringSubmatch(t); m != nil {
		return quarter(atoi(m[2]), atoi(m[1]))
	}
	if m := reQuarterBG.FindStringSubmatch(t); m != nil {
		return quarter(atoi(m[2]), romanQuarter[m[1]])
	}
	if m := reQuarterMonth.FindStringSubmatch(t); m != nil {
		// 3QMAR2022: the (fiscal) quarter that ends in March 2022 — January to March.
		mo, known := monthNames[m[2]]
		if !known {
			return time.Time{}, time.Time{}, false
		}
		end := time.Date(atoi(m[3]), time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
		return time.Date(end.Year(), end.Month()-2, 1, 0, 0, 0, 0, time.UTC), end, true
	}
	if m := reMonthName.FindStringSubmatch(t); m != nil {
		if mo, known := monthNames[m[1]]; known {
			return month(atoi(m[2]), mo)
		}
		return time.Time{}, time.Time{}, false
	}
	if m := reMonthNum.FindStringSubmatch(t); m != nil {
		return month(atoi(m[2]), atoi(m[1]))
	}
	if m := reYearMonth.FindStringSubmatch(t); m != nil {
		return month(atoi(m[1]), atoi(m[2]))
	}
	return time.Time{}, time.Time{}, false
}

// periodDay is the day of a period a field takes: end (default), start or middle.
func periodDay(from, to time.Time, point string) time.Time {
	switch point {
	case "start":
		return from
	case "middle":
		months := (int(to.Year())-int(from.Year()))*12 + int(to.Month()) - int(from.Month())
		return time.Date(from.Year(), from.Month()+time.Month(months/2), 15, 0, 0, 0, 0, time.UTC)
	}
	return to
}
