package ingest

import (
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"05.03.2026", "5.3.2026 г.", "2026-03-05T10:00:00.123", "03/05/2026 2:15 PM", "", "31.02.2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseDate(s, DateOptions{})
		ParseDate(s, DateOptions{Slashes: true, MonthFirst: true})
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1 234,5", "1,234.5", "-3", "1e9", "", "..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseNumber(s, false)
		ParseNumber(s, true)
	})
}
