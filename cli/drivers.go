package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/export"
)

func runDrivers(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("drivers", stderr)
	db := dbFlag(fs)
	dept := fs.String("department", "", "department code (default: the whole municipality)")
	format := fs.String("format", "table", "output: table, csv or json")
	wide := wideFlag(fs)
	boot := fs.Int("bootstrap", 1000, fmt.Sprintf("bootstrap resamples for the 95 %% intervals, %d–%d (0: none)", drivers.MinBootstrap, drivers.MaxBootstrap))
	seed := fs.Uint64("seed", 1, "bootstrap seed (the same seed gives the same intervals)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		printArgError(stderr, "drivers", argErr("излишен аргумент %q", "unexpected argument %q", fs.Arg(0)))
		return 2
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		printArgError(stderr, "drivers", err)
		return 2
	}
	if b := *boot; b != 0 && (b < drivers.MinBootstrap || b > drivers.MaxBootstrap) {
		printArgError(stderr, "drivers", argErr("--bootstrap %d: посочете от %d до %d повторения (0 = без интервали)",
			"--bootstrap %d: give %d to %d resamples (0 = no intervals)", b, drivers.MinBootstrap, drivers.MaxBootstrap))
		return 2
	}
	cmd := newRun("drivers", stdout, stderr)
	defer cmd.done()
	ctx := cmd.ctx
	s, ok := openDB(ctx, *db, mustExist, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "drivers", stderr) {
		return 1
	}
	if err := checkDepartment(ctx, s.DB, *dept); err != nil {
		printArgError(stderr, "drivers", err)
		return 2
	}
	b := *boot
	if b == 0 {
		b = -1
	}
	out, err := drivers.FromDB(ctx, s.DB, *dept, "", "", drivers.Options{Bootstrap: b, Seed: *seed})
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk drivers:", err)
		return 1
	}
	for _, w := range out.Warnings {
		fmt.Fprintln(stderr, "otzvuk drivers:", w)
	}
	switch *format {
	case "json":
		err = cmd.json(out)
	case "csv":
		err = writeDriversCSV(stdout, out)
	default:
		err = writeDriversTable(stdout, out, *wide)
	}
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk drivers:", err)
		return 1
	}
	return 0
}

var driverColumns = []string{"driver", "name_bg", "name_en", "percent_of_r2", "percent_lo", "percent_hi", "raw_weight",
	"r", "r_lo", "r_hi", "performance", "quadrant", "quadrant_bg", "quadrant_en"}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func writeDriversCSV(w io.Writer, out *drivers.Matrix) error {
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

func writeDriversTable(w io.Writer, out *drivers.Matrix, wide bool) error {
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
	t := Table{Head: []string{"driver", "% of R²", "95 % interval", "r", "95 % interval", "performance 0–100", "quadrant"},
		Right: []bool{false, true, true, true, true, true, false}, Optional: []bool{false, false, true, true, true, false, false}}
	for _, d := range out.Drivers {
		ci, rci := "—", "—"
		if out.Resamples > 0 {
			ci = fmt.Sprintf("[%.1f; %.1f]", d.PctLo, d.PctHi)
			rci = fmt.Sprintf("[%.2f; %.2f]", d.RLo, d.RHi)
		}
		t.Rows = append(t.Rows, []string{d.NameBG + " / " + d.NameEN, fmt.Sprintf("%.1f", d.Percent), ci, fmt.Sprintf("%.2f", d.R), rci,
			fmt.Sprintf("%.1f", d.Performance), d.Quadrant.BG + " / " + d.Quadrant.EN})
	}
	return t.Write(w, wide)
}
