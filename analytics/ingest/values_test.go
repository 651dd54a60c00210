package ingest

import (
	"testing"
	"time"
)

func TestParseNumber(t *testing.T) {
	cases := map[string]float64{"1234,5": 1234.5, "1 234,5": 1234.5, "1\u00a0234,56": 1234.56, "1234.5": 1234.5,
		"1,234.5": 1234.5, "1.234,5": 1234.5, "-3": -3, "−3,5": -3.5, "0": 0, " 42 ": 42}
	for in, want := range cases {
		got, err := ParseNumber(in, false)
		if err != nil || got != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "1,2,3", "12a", "NaN", "Inf", "1e999"} {
		if _, err := ParseNumber(bad, false); err == nil {
			t.Errorf("ParseNumber(%q) accepted", bad)
		}
	}
	if x, _ := ParseNumber("1,234", true); x != 1234 {
		t.Errorf("with a decimal point, 1,234 is %v", x)
	}
}

func TestParseDate(t *testing.T) {
	d := func(y, m, dd, h, mi, s, ns int) time.Time {
		return time.Date(y, time.Month(m), dd, h, mi, s, ns, time.UTC)
	}
	cases := map[string]time.Time{
		"05.03.2026":              d(2026, 3, 5, 0, 0, 0, 0),
		"5.3.2026":                d(2026, 3, 5, 0, 0, 0, 0),
		"05.03.2026 г.":           d(2026, 3, 5, 0, 0, 0, 0),
		"5.03.2026г.":             d(2026, 3, 5, 0, 0, 0, 0),
		"05.03.2026 14:30":        d(2026, 3, 5, 14, 30, 0, 0),
		"2026-03-05":              d(2026, 3, 5, 0, 0, 0, 0),
		"2026-03-05T14:30:15":     d(2026, 3, 5, 14, 30, 15, 0),
		"2009-01-02 08:26:34.0":   d(2009, 1, 2, 8, 26, 34, 0),
		"2014-12-03 11:16:34.96":  d(2014, 12, 3, 11, 16, 34, 960000000),
		"2022-02-24 15:08:31.203": d(2022, 2, 24, 15, 8, 31, 203000000),
		"2024-02-29":              d(2024, 2, 29, 0, 0, 0, 0),
	}
	for in, want := range cases {
		got, err := ParseDate(in, DateOptions{})
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "31.02.2026", "2025-02-29", "13.13.2026", "03/05/2026", "вчера", "2026-3-5x"} {
		if _, err := ParseDate(bad, DateOptions{}); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	got, err := ParseDate("03/05/2026 2:15 PM", DateOptions{Slashes: true, MonthFirst: true})
	if err != nil || !got.Equal(d(2026, 3, 5, 14, 15, 0, 0)) {
		t.Errorf("US date: %v %v", got, err)
	}
}
