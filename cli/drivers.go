package cli

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/export"
)

func runDrivers(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	dept := fs.String("department", "", "department code (default: the whole municipality)")
	year := fs.Int("year", 0, "the year whose survey responses are analysed (default: every year)")
	format := fs.String("format", "table", "output: table, csv or json")
	wide := wideFlag(fs)
	boot := fs.Int("bootstrap", 1000, fmt.Sprintf("bootstrap resamples for the 95 %% intervals, %d–%d (0: none)", drivers.MinBootstrap, drivers.MaxBootstrap))
	seed := fs.Uint64("seed", 1, "bootstrap seed (the same seed gives the same intervals)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		return c.badArgs(argErr("extraArgument", fs.Arg(0)))
	}
	if !c.checkFormat(*format, "table", "csv", "json") {
		return 2
	}
	if b := *boot; b != 0 && (b < drivers.MinBootstrap || b > drivers.MaxBootstrap) {
		return c.badArgs(argErr("bootstrapRange", b, drivers.MinBootstrap, drivers.MaxBootstrap))
	}
	period := driversPeriod{}
	if *year != 0 {
		if err := checkYear(*year, c.stderr, c.name); err != nil {
			return 2
		}
		period = driversPeriod{Label: strconv.Itoa(*year), From: fmt.Sprintf("%d-01-01", *year), To: fmt.Sprintf("%d-12-31", *year)}
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "drivers", c.stderr) {
		return 1
	}
	if err := checkDepartment(ctx, s.DB, *dept); err != nil {
		return c.badArgs(err)
	}
	if period.Label == "" {
		// every year: named by the first and last day of the responses read
		var from, to sql.NullString
		if err := s.DB.QueryRowContext(ctx, `SELECT strftime(min(response_date), '%Y-%m-%d'), strftime(max(response_date), '%Y-%m-%d')
			FROM survey_responses WHERE ? = '' OR department_code = ?`, *dept, *dept).Scan(&from, &to); err != nil {
			return c.fail(1, err)
		}
		period.From, period.To = from.String, to.String
	}
	b := *boot
	if b == 0 {
		b = -1
	}
	m, err := drivers.FromDB(ctx, s.DB, *dept, period.From, period.To, drivers.Options{Bootstrap: b, Seed: *seed})
	if err != nil {
		return c.fail(1, err)
	}
	for _, w := range m.Warnings {
		fmt.Fprintln(c.stderr, "otzvuk drivers:", w)
	}
	out := driversOutput{Period: period, Matrix: m}
	return c.emit(*format, output{json: out,
		csv:   func(w io.Writer) error { return writeDriversCSV(w, out) },
		table: func(w io.Writer) error { return writeDriversTable(w, out, *wide) }})
}

// driversPeriod names the responses' period: a --year, or every year the database holds (the
// label "", the dates of its first and last response). An n means little without it.
type driversPeriod struct {
	Label string `json:"period"` // "2025", or "" for every year
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
}

// driversOutput is what drivers prints: the period, then the analysis (drivers.Matrix's fields).
type driversOutput struct {
	Period driversPeriod `json:"-"`
	*drivers.Matrix
}

// MarshalJSON puts the period's fields beside the matrix's (an embedded pointer and a named struct
// would nest it).
func (o driversOutput) MarshalJSON() ([]byte, error) {
	type matrix drivers.Matrix // without this method
	return json.Marshal(struct {
		driversPeriod
		*matrix
	}{o.Period, (*matrix)(o.Matrix)})
}

var driverColumns = []string{"period", "period_from", "period_to", "driver", "name_bg", "name_en", "percent_of_r2", "percent_lo", "percent_hi", "raw_weight",
	"r", "r_lo", "r_hi", "performance", "quadrant", "quadrant_bg", "quadrant_en"}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// writeDriversCSV: one row per driver, each naming the period (a year, or "" for every year) and its days.
func writeDriversCSV(w io.Writer, out driversOutput) error {
	cw := csv.NewWriter(w)
	cw.Write(driverColumns)
	for _, d := range out.Drivers {
		lo, hi, rlo, rhi := "", "", "", ""
		if out.Resamples > 0 {
			lo, hi, rlo, rhi = num(d.PctLo), num(d.PctHi), num(d.RLo), num(d.RHi)
		}
		cw.Write([]string{out.Period.Label, out.Period.From, out.Period.To, export.SafeCell(d.Name), export.SafeCell(d.NameBG), export.SafeCell(d.NameEN),
			num(d.Percent), lo, hi, num(d.Raw), num(d.R), rlo, rhi, num(d.Performance),
			export.SafeCell(d.Quadrant.ID), export.SafeCell(d.Quadrant.BG), export.SafeCell(d.Quadrant.EN)})
	}
	cw.Flush()
	return cw.Error()
}

func writeDriversTable(w io.Writer, out driversOutput, wide bool) error {
	heading := func(lang string) string {
		scope := in(lang, "municipality")
		if out.Department != "" {
			scope = out.Department
		}
		period := in(lang, "inYear", out.Period.Label)
		switch {
		case out.Period.Label != "":
		case out.Period.From == "":
			period = in(lang, "noResponses")
		default:
			period = in(lang, "everyYear", out.Period.From, out.Period.To)
		}
		return in(lang, "driversHeading", scope, period)
	}
	fmt.Fprintf(w, "%s / %s: n = %d", heading("bg"), heading("en"), out.N)
	if out.Hidden {
		fmt.Fprintf(w, "; %s\n", say("driversHidden", drivers.MinResponses))
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
