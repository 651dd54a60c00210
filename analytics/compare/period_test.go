package compare

import (
	"fmt"
	"testing"
	"time"
)

func TestPreviousAndYearAgo(t *testing.T) {
	cases := []struct{ label, prev, yearAgo string }{
		{"2025-01", "2024-12", "2024-01"},
		{"2024-03", "2024-02", "2023-03"},
		{"2025-Q1", "2024-Q4", "2024-Q1"},
		{"2025-Q3", "2025-Q2", "2024-Q3"},
		{"2025", "2024", "2024"},
	}
	for _, c := range cases {
		if p, _ := Previous(c.label); p != c.prev {
			t.Errorf("Previous(%s) = %s, want %s", c.label, p, c.prev)
		}
		if y, _ := YearAgo(c.label); y != c.yearAgo {
			t.Errorf("YearAgo(%s) = %s, want %s", c.label, y, c.yearAgo)
		}
	}
	if _, ok := Previous("2025-13"); ok {
		t.Error("month 13 accepted")
	}
}

func TestLeapFebruaryBounds(t *testing.T) {
	start, next, err := PeriodBounds("2024-02")
	if err != nil {
		t.Fatal(err)
	}
	if days := next.Sub(start).Hours() / 24; days != 29 {
		t.Fatalf("February 2024 has %v days", days)
	}
	if Label(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), "quarter") != "2024-Q1" {
		t.Fatal("leap day not in Q1")
	}
}

func TestLabelEveryMonth(t *testing.T) {
	for m := 1; m <= 12; m++ {
		d := time.Date(2025, time.Month(m), 15, 0, 0, 0, 0, time.UTC)
		if got, want := Label(d, "month"), fmt.Sprintf("2025-%02d", m); got != want {
			t.Errorf("month %d: %q, want %q", m, got, want)
		}
		if got, want := Label(d, "quarter"), fmt.Sprintf("2025-Q%d", (m-1)/3+1); got != want {
			t.Errorf("quarter of %d: %q, want %q", m, got, want)
		}
	}
	if got := Label(time.Date(987, 3, 1, 0, 0, 0, 0, time.UTC), "year"); got != "0987" {
		t.Errorf("year 987: %q", got)
	}
}
