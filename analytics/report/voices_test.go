package report

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// The report's themes are the stored matches counted: MDT's waiting in 2025 is the number of its
// comments with the theme, read straight from the tables; every department has its driver matrix.
func TestReportThemesAndDrivers(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	ts, _ := text.DefaultThemes()
	if _, err := voice.Refresh(ctx, s, ts); err != nil {
		t.Fatal(err)
	}
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2025, Themes: ts, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Themes) == 0 {
		t.Fatal("no municipal themes")
	}
	var want, n int64
	if err := s.DB.QueryRow(`SELECT count(*) FILTER (WHERE list_contains(themes, 'waiting')), count(*) FROM v_comments
		WHERE department_code = 'MDT' AND year(date) = 2025`).Scan(&want, &n); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range r.Departments {
		if d.Drivers == nil {
			t.Fatalf("%s has no driver matrix", d.Code)
		}
		if d.Code != "MDT" {
			continue
		}
		for _, th := range d.Themes {
			if th.ID == "waiting" {
				found = true
				if th.Mentions != want || th.N != n {
					t.Fatalf("MDT waiting %d / %d, the tables say %d / %d", th.Mentions, th.N, want, n)
				}
			}
		}
	}
	if !found {
		t.Fatalf("MDT's waiting is not among its themes: %+v", r.Departments)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, r, false); err != nil {
		t.Fatal(err)
	}
	if strings.Count(b.String(), "data-drivers") != len(r.Departments)-hidden(r) || !strings.Contains(b.String(), "data-themes") {
		t.Fatal("the themes or the driver tables are missing from the HTML")
	}
}

func hidden(r *Report) int {
	n := 0
	for _, d := range r.Departments {
		if d.Drivers.Hidden {
			n++
		}
	}
	return n
}
