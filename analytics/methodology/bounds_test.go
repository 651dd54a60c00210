package methodology

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

func ymd(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

func TestCountPeriods(t *testing.T) {
	today := ymd("2026-12-06")
	for _, c := range []struct {
		from, to string
		g        Grain
		want     int
	}{
		{"2025-01-01", "2025-12-31", Month, 12},
		{"2025-01-31", "2025-02-01", Month, 2},
		{"2025-02-15", "2026-01-01", Quarter, 5},
		{"2020-06-01", "2026-01-01", Year, 7},
		{"", "", Month, 36*12 + 12}, // 1990-01 … 2026-12
		{"0001-01-02", "9999-12-31", Month, 119988},
		{"2026-01-01", "2025-01-01", Month, 0},
	} {
		var from, to time.Time
		if c.from != "" {
			from = ymd(c.from)
		}
		if c.to != "" {
			to = ymd(c.to)
		}
		if got := CountPeriods(from, to, c.g, today); got != c.want {
			t.Errorf("%s … %s by %s: %d, want %d", c.from, c.to, c.g, got, c.want)
		}
	}
}

// A request over more than MaxPeriods periods is refused before any query, in both languages.
func TestComputeRefusesTooManyPeriods(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cat, err := DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compute(ctx, s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, Grain: Month, From: ymd("0001-01-02"), To: ymd("9999-12-31")})
	var pe *PeriodsError
	if !errors.As(err, &pe) || pe.N != 119988 {
		t.Fatalf("%v", err)
	}
	bg, en := pe.Messages()
	if !strings.Contains(en, "at most 600") || !strings.Contains(bg, "най-много са 600") {
		t.Fatalf("%s / %s", bg, en)
	}
	if _, err := Compute(ctx, s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, Grain: Year, From: ymd("0001-01-02"), To: ymd("9999-12-31")}); !errors.As(err, &pe) {
		t.Fatalf("9,999 years: %v", err)
	}
	if _, err := Compute(ctx, s.DB, cat, Query{Indicators: []string{"SAT_IDX"}, Grain: Month, From: ymd("2000-01-01"), To: ymd("2040-12-31")}); err != nil {
		t.Fatalf("41 years by month: %v", err)
	}
}
