package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"otzvuk/internal/benchdata"
	"otzvuk/analytics/store"
)

// writeRequests writes n generated service requests (benchdata.WriteRequests).
func writeRequests(b testing.TB, path string, n int) {
	if err := benchdata.WriteRequests(path, n); err != nil {
		b.Fatal(err)
	}
}

func benchStore(b *testing.B) *store.Store {
	s, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.duckdb"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`)
	return s
}

// BenchmarkImportCSV1M: the full pipeline (decode, map, validate, stage, check, merge, log) on a
// generated 1,000,000-row requests CSV, against DuckDB's own read_csv of the same file into a
// table in the same run. Reports the ratio (goal ≤ 1.3×) and peak memory (goal ≤ 500 MB).
func BenchmarkImportCSV1M(b *testing.B) {
	path := filepath.Join(b.TempDir(), "requests.csv")
	writeRequests(b, path, 1_000_000)
	p, err := ParseProfile("bench.yaml", []byte(benchdata.RequestsProfile))
	if err != nil {
		b.Fatal(err)
	}
	var pipeline, baseline time.Duration
	for i := 0; i < b.N; i++ {
		s := benchStore(b)
		t0 := time.Now()
		_, err := s.DB.Exec(fmt.Sprintf(`CREATE TABLE raw AS SELECT * FROM read_csv('%s', delim=';', header=true, dateformat='%%d.%%m.%%Y', timestampformat='%%d.%%m.%%Y %%H:%%M', decimal_separator=',')`, path))
		if err != nil {
			b.Fatal(err)
		}
		baseline += time.Since(t0)
		s2 := benchStore(b)
		t1 := time.Now()
		sum, err := Import(context.Background(), s2, p, path, Options{Now: testNow})
		if err != nil || sum.New != 1_000_000 {
			b.Fatalf("%v %+v", err, sum)
		}
		pipeline += time.Since(t1)
	}
	b.ReportMetric(pipeline.Seconds()/float64(b.N), "pipeline-s")
	b.ReportMetric(baseline.Seconds()/float64(b.N), "read_csv-s")
	b.ReportMetric(float64(pipeline)/float64(baseline), "x-read_csv")
	b.ReportMetric(1_000_000*float64(b.N)/pipeline.Seconds(), "rows/s")
	b.ReportMetric(benchdata.PeakRSSMB(), "peak-RSS-MB")
}

// BenchmarkImportXLSX100k: 100,000 rows through the XLSX reader and the whole pipeline (goal ≥ 100k rows/s).
func BenchmarkImportXLSX100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "cards.xlsx")
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	sw.SetRow("A1", []any{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар"})
	for i := 0; i < 100_000; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{fmt.Sprintf("K%d", i), fmt.Sprintf("%02d.03.2026", 1+i%28), "GRAO", "box", 1 + i%5, "Коментар"})
	}
	sw.Flush()
	f.SaveAs(path)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	var total time.Duration
	for i := 0; i < b.N; i++ {
		s := benchStore(b)
		t0 := time.Now()
		if sum, err := Import(context.Background(), s, p, path, Options{Now: testNow}); err != nil || sum.New != 100_000 {
			b.Fatalf("%v %+v", err, sum)
		}
		total += time.Since(t0)
	}
	b.ReportMetric(100_000*float64(b.N)/total.Seconds(), "rows/s")
	b.ReportMetric(benchdata.PeakRSSMB(), "peak-RSS-MB")
}
