package report

import (
	"context"
	"io"
	"testing"
	"time"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
)

// The annual report on the demo municipality (36 months, 8 departments): building it and writing
// the HTML and the annex, against a baseline of its one largest query (every indicator by
// department for the year). Read the ratio of the two ns/op, measured in the same run.
func benchSetup(b *testing.B) (build func() *Report, baseline func()) {
	b.Helper()
	s := open(b)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		b.Fatal(err)
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	build = func() *Report {
		r, err := Build(ctx, s.DB, cat, Options{Year: 2025, Municipality: "Община Перущица", Version: "bench", Now: fixedNow})
		if err != nil {
			b.Fatal(err)
		}
		return r
	}
	baseline = func() {
		if _, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: cat.IDs(), By: []methodology.Dimension{methodology.ByDepartment},
			Grain: methodology.Year, From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}); err != nil {
			b.Fatal(err)
		}
	}
	return build, baseline
}

func BenchmarkAnnualReport(b *testing.B) {
	build, baseline := benchSetup(b)
	b.Run("baseline_one_query", func(b *testing.B) {
		for b.Loop() {
			baseline()
		}
	})
	b.Run("report_html_and_annex", func(b *testing.B) {
		for b.Loop() {
			r := build()
			if err := WriteHTML(io.Discard, r, true); err != nil {
				b.Fatal(err)
			}
			if err := WriteAnnex(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
}
