package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"otzvuk/analytics/methodology"
)

func runIndicators(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("indicators", stderr)
	db := fs.String("db", "", "database file (default: the desktop app's)")
	ids := fs.String("indicator", "SAT_IDX", "comma-separated indicator ids")
	grainFlag := fs.String("grain", "month", "period length: month, quarter or year")
	format := fs.String("format", "csv", "output: csv or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	grain, err := methodology.ParseGrain(*grainFlag)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk indicators:", err)
		return 2
	}
	if *format != "csv" && *format != "json" {
		fmt.Fprintf(stderr, "otzvuk indicators: unknown format %q (csv, json)\n", *format)
		return 2
	}
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk indicators:", err)
		return 1
	}
	ctx := context.Background()
	s, ok := openDB(ctx, *db, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	vals, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: strings.Split(*ids, ","), Grain: grain})
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk indicators:", err)
		return 1
	}
	if vals == nil {
		vals = []methodology.Value{}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(vals); err != nil {
			fmt.Fprintln(stderr, "otzvuk indicators:", err)
			return 1
		}
		return 0
	}
	w := csv.NewWriter(stdout)
	w.Write([]string{"indicator", "period", "department", "value", "n"})
	for _, v := range vals {
		dept, value := "", ""
		if v.Department != nil {
			dept = *v.Department
		}
		if v.Value != nil {
			value = strconv.FormatFloat(*v.Value, 'f', -1, 64)
		}
		w.Write([]string{v.Indicator, v.Period, dept, value, strconv.FormatInt(v.N, 10)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintln(stderr, "otzvuk indicators:", err)
		return 1
	}
	return 0
}
