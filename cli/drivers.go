package cli

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"text/tabwriter"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/export"
)

// driverItems are the survey items that drive the overall rating, in output order, with their names.
var driverItems = []struct{ id, bg, en string }{
	{"timeliness", "Срочност", "Timeliness"},
	{"accessibility", "Достъпност", "Accessibility"},
	{"competence", "Компетентност", "Competence"},
	{"courtesy", "Любезност", "Courtesy"},
	{"fairness", "Справедливост", "Fairness"},
	{"outcome", "Резултат", "Outcome"},
}

// driverRow is one driver in the output: its weight and its place in the importance–performance matrix.
type driverRow struct {
	drivers.Weight
	NameBG      string           `json:"name_bg"`
	NameEN      string           `json:"name_en"`
	Performance float64          `json:"performance"` // mean rating rescaled to 0–100
	Quadrant    drivers.Quadrant `json:"quadrant"`
}

type driversOutput struct {
	Department string      `json:"department,omitempty"`
	N          int         `json:"n"`
	R2         float64     `json:"r2"`
	Hidden     bool        `json:"hidden"`
	Warnings   []string    `json:"warnings"`
	Level      float64     `json:"level"`
	Resamples  int         `json:"resamples"`
	CutImp     float64     `json:"importance_cut"`
	CutPerf    float64     `json:"performance_cut"`
	Drivers    []driverRow `json:"drivers"`
}

func runDrivers(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("drivers", stderr)
	db := dbFlag(fs)
	dept := fs.String("department", "", "department code (default: the whole municipality)")
	format := fs.String("format", "table", "output: table, csv or json")
	boot := fs.Int("bootstrap", 1000, "bootstrap resamples for the 95 % intervals (0: none)")
	seed := fs.Uint64("seed", 1, "bootstrap seed (the same seed gives the same intervals)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "csv" && *format != "json" && *format != "table" {
		fmt.Fprintf(stderr, "otzvuk drivers: unknown format %q (table, csv, json)\n", *format)
		return 2
	}
	ctx := context.Background()
	s, ok := openDB(ctx, *db, mustExist, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	x, y, err := driverData(ctx, s.DB, *dept)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk drivers:", err)
		return 1
	}
	b := *boot
	if b == 0 {
		b = -1
	}
	names := make([]string, len(driverItems))
	for i, d := range driverItems {
		names[i] = d.id
	}
	res, err := drivers.Analyze(names, x, y, drivers.Options{Bootstrap: b, Seed: *seed})
	if err != nil && res == nil {
		fmt.Fprintln(stderr, "otzvuk drivers:", err)
		return 1
	}
	out := driversOutput{Department: *dept, N: res.N, R2: res.R2, Hidden: res.Hidden, Warnings: res.Warnings,
		Level: res.Level, Resamples: res.Resample, Drivers: []driverRow{}}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	if err != nil {
		out.Warnings = append(out.Warnings, err.Error())
		out.Hidden = true
	}
	if !out.Hidden {
		cx, _ := drivers.CompleteCases(x, y)
		imp := make([]float64, len(names))
		perf := make([]float64, len(names))
		for j, w := range res.Weights {
			imp[j] = w.Percent
			for _, row := range cx {
				perf[j] += row[j]
			}
			perf[j] /= float64(len(cx))
		}
		pts, ci, cp := drivers.IPA(names, imp, perf, drivers.Cuts{})
		out.CutImp, out.CutPerf = ci, cp
		for j, w := range res.Weights {
			out.Drivers = append(out.Drivers, driverRow{Weight: w, NameBG: driverItems[j].bg, NameEN: driverItems[j].en,
				Performance: perf[j], Quadrant: pts[j].Quadrant})
		}
	}
	for _, w := range out.Warnings {
		fmt.Fprintln(stderr, "otzvuk drivers:", w)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(out)
	case "csv":
		err = writeDriversCSV(stdout, out)
	default:
		err = writeDriversTable(stdout, out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk drivers:", err)
		return 1
	}
	return 0
}

// driverData reads one row per survey response: the driver items and the overall rating, each
// rescaled to 0–100 from its own scale; a missing item is NaN (CompleteCases drops the row).
func driverData(ctx context.Context, db *sql.DB, dept string) ([][]float64, []float64, error) {
	q := "SELECT r.id, max(CASE WHEN sr.item = 'overall' THEN (sr.rating - sr.scale_min) / nullif(sr.scale_max - sr.scale_min, 0) * 100 END)"
	for _, d := range driverItems {
		q += fmt.Sprintf(", max(CASE WHEN sr.item = '%s' THEN (sr.rating - sr.scale_min) / nullif(sr.scale_max - sr.scale_min, 0) * 100 END)", d.id)
	}
	q += " FROM survey_responses r JOIN survey_ratings sr ON sr.response_id = r.id WHERE (? = '' OR r.department_code = ?) GROUP BY r.id ORDER BY r.id"
	rows, err := db.QueryContext(ctx, q, dept, dept)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var x [][]float64
	var y []float64
	for rows.Next() {
		var id string
		vals := make([]sql.NullFloat64, len(driverItems)+1)
		dest := []any{&id}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, err
		}
		f := func(v sql.NullFloat64) float64 {
			if !v.Valid {
				return math.NaN()
			}
			return v.Float64
		}
		row := make([]float64, len(driverItems))
		for i := range row {
			row[i] = f(vals[i+1])
		}
		x = append(x, row)
		y = append(y, f(vals[0]))
	}
	return x, y, rows.Err()
}

var driverColumns = []string{"driver", "name_bg", "name_en", "percent_of_r2", "percent_lo", "percent_hi", "raw_weight",
	"r", "r_lo", "r_hi", "performance", "quadrant", "quadrant_bg", "quadrant_en"}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func writeDriversCSV(w io.Writer, out driversOutput) error {
	cw := csv.NewWriter(w)
	cw.Write(driverColumns)
	for _, d := range out.Drivers {
		lo, hi, rlo, rhi := "", "", "", ""
		if out.Resamples > 0 {
			lo, hi, rlo, rhi = num(d.PctLo), num(d.PctHi), num(d.RLo), num(d.RHi)
		}
		cw.Write([]string{export.SafeCell(d.Name), export.SafeCell(d.NameBG), export.SafeCell(d.NameEN),
			num(d.Percent), lo, hi, num(d.Raw), num(d.R), rlo, rhi, num(d.Performance),
			export.SafeCell(d.Quadrant.ID), export.SafeCell(d.Quadrant.BG), export.SafeCell(d.Quadrant.EN)})
	}
	cw.Flush()
	return cw.Error()
}

func writeDriversTable(w io.Writer, out driversOutput) error {
	scope := "община / municipality"
	if out.Department != "" {
		scope = out.Department
	}
	fmt.Fprintf(w, "Ключови фактори / key drivers of the overall rating — %s: n = %d", scope, out.N)
	if out.Hidden {
		fmt.Fprintf(w, "; скрито / hidden (fewer than %d complete responses)\n", drivers.MinResponses)
		return nil
	}
	fmt.Fprintf(w, ", R² = %.3f\n", out.R2)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "driver\t% of R²\t95 % interval\tr\t95 % interval\tperformance 0–100\tquadrant")
	for _, d := range out.Drivers {
		ci, rci := "—", "—"
		if out.Resamples > 0 {
			ci = fmt.Sprintf("[%.1f; %.1f]", d.PctLo, d.PctHi)
			rci = fmt.Sprintf("[%.2f; %.2f]", d.RLo, d.RHi)
		}
		fmt.Fprintf(tw, "%s / %s\t%.1f\t%s\t%.2f\t%s\t%.1f\t%s / %s\n", d.NameBG, d.NameEN, d.Percent, ci, d.R, rci,
			d.Performance, d.Quadrant.BG, d.Quadrant.EN)
	}
	return tw.Flush()
}
