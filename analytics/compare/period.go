package compare

import (
	"fmt"
	"strconv"
	"time"
)

// Period labels are 2025-03 (month), 2025-Q1 (quarter) or 2025 (year).

// PeriodStart returns the first day of a labelled period and the first day after it.
func PeriodBounds(label string) (start, next time.Time, err error) {
	var y, m, q int
	switch {
	case len(label) == 7 && label[4] == '-' && label[5] == 'Q':
		if y, err = strconv.Atoi(label[:4]); err == nil {
			q, err = strconv.Atoi(label[6:])
		}
		if err != nil || q < 1 || q > 4 {
			return start, next, fmt.Errorf("bad quarter %q", label)
		}
		start = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 3, 0), nil
	case len(label) == 7 && label[4] == '-':
		if y, err = strconv.Atoi(label[:4]); err == nil {
			m, err = strconv.Atoi(label[5:])
		}
		if err != nil || m < 1 || m > 12 {
			return start, next, fmt.Errorf("bad month %q", label)
		}
		start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, 0), nil
	case len(label) == 4:
		if y, err = strconv.Atoi(label); err != nil {
			return start, next, fmt.Errorf("bad year %q", label)
		}
		start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, 0), nil
	}
	return start, next, fmt.Errorf("bad period %q", label)
}

// Label names the period of the given grain (month, quarter, year) that contains d.
func Label(d time.Time, grain string) string {
	// Written digit by digit: a dashboard labels tens of thousands of values.
	y := d.Year()
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y) // never from real data; kept readable
	}
	b := []byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	switch grain {
	case "quarter":
		return string(append(b, '-', 'Q', byte('0'+(int(d.Month())-1)/3+1)))
	case "year":
		return string(b)
	}
	m := int(d.Month())
	return string(append(b, '-', byte('0'+m/10), byte('0'+m%10)))
}

// GrainOf is a period label's grain: year, quarter or month (a label PeriodBounds does not read is
// refused).
func GrainOf(label string) (string, error) {
	if _, _, err := PeriodBounds(label); err != nil {
		return "", err
	}
	return grainOf(label), nil
}

func grainOf(label string) string {
	switch {
	case len(label) == 4:
		return "year"
	case len(label) == 7 && label[5] == 'Q':
		return "quarter"
	}
	return "month"
}

// Previous is the period just before: 2025-01 → 2024-12, 2025-Q1 → 2024-Q4, 2025 → 2024.
func Previous(label string) (string, bool) {
	start, _, err := PeriodBounds(label)
	if err != nil {
		return "", false
	}
	return Label(start.AddDate(0, 0, -1), grainOf(label)), true
}

// YearAgo is the same period a year earlier: 2025-03 → 2024-03, 2025-Q1 → 2024-Q1, 2025 → 2024.
func YearAgo(label string) (string, bool) {
	start, _, err := PeriodBounds(label)
	if err != nil {
		return "", false
	}
	return Label(start.AddDate(-1, 0, 0), grainOf(label)), true
}
