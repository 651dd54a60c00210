package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/spc"
)

// spcOutput is `otzvuk spc --format json`: the chart's segments and points, dates as YYYY-MM-DD.
type spcOutput struct {
	Indicator  string       `json:"indicator,omitempty"`
	Name       string       `json:"name,omitempty"`
	Department string       `json:"department_code,omitempty"`
	Source     string       `json:"source,omitempty"` // the --values file
	Unit       string       `json:"unit,omitempty"`
	Direction  string       `json:"direction"`
	Target     *float64     `json:"target"`
	Variation  string       `json:"variation"`
	Assurance  string       `json:"assurance"`
	Label      spcLabels    `json:"label"`
	Segments   []spcSegment `json:"segments"`
	Points     []spcPoint   `json:"points"`
}

type spcLabels struct {
	Variation string `json:"variation"`
	Assurance string `json:"assurance"`
}

type spcSegment struct {
	From         string   `json:"from"`
	To           string   `json:"to"`
	Points       int      `json:"points"`
	Values       int      `json:"values"`
	Mean         *float64 `json:"mean"`
	MeanMR       *float64 `json:"mean_moving_range"`
	Lower        *float64 `json:"lower_limit"`
	Upper        *float64 `json:"upper_limit"`
	Trial        bool     `json:"trial_limits"`
	Improvements int      `json:"special_cause_improvement"`
	Concerns     int      `json:"special_cause_concern"`
	Neutral      int      `json:"special_cause_neutral"`
}

type spcPoint struct {
	Date        string   `json:"date"`
	Value       *float64 `json:"value"`
	Segment     int      `json:"segment"`
	MovingRange *float64 `json:"moving_range"`
	Screened    bool     `json:"moving_range_screened"`
	Rule        string   `json:"rule"`
	PointType   string   `json:"point_type"`
}

func runSPC(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	indicator := fs.String("indicator", "", "indicator id (its monthly series from the catalogue)")
	values := fs.String("values", "", "a series of your own: a CSV with the header date;value")
	dept := fs.String("department", "", "department code (default: the whole municipality)")
	fromFlag := fs.String("from", "", "first day, YYYY-MM-DD")
	toFlag := fs.String("to", "", "last day, YYYY-MM-DD")
	rebase := fs.String("rebase", "", "comma-separated dates YYYY-MM-DD that start a new baseline (an action taken)")
	direction := fs.String("direction", "", "which way is better: higher, lower or none (default: the indicator's; none for --values)")
	targetFlag := fs.String("target", "", "the target (default: the indicator's; none for --values)")
	screen := fs.Bool("screen", true, "leave moving ranges above 3.267 × their mean out of the limits (plot the dots' default)")
	format := fs.String("format", "table", "output: table or json")
	wide := wideFlag(fs)
	lang := fs.String("lang", "bg", "language of the table's words: bg or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := c.fail
	var o spc.Options
	o.NoScreening = !*screen
	var err error
	switch {
	case (*indicator == "") == (*values == ""):
		err = errors.New(say("indicatorOrValues"))
	case *values != "" && (*dept != "" || *fromFlag != "" || *toFlag != ""):
		err = errors.New(say("indicatorFlags"))
	default:
		if err = checkFormat(*format, "table", "json"); err == nil {
			err = checkLang(*lang)
		}
	}
	var from, to time.Time
	if err == nil {
		from, err = parseDay("--from", *fromFlag)
	}
	if err == nil {
		to, err = parseDay("--to", *toFlag)
	}
	if err == nil {
		o.Rebase, err = parseDays(*rebase)
	}
	var dirSet bool
	if err == nil && *direction != "" {
		switch *direction {
		case "higher", "lower", "none":
			o.Direction, dirSet = spc.ParseDirection(*direction), true
		default:
			err = errors.New(say("badDirection", *direction))
		}
	}
	if err == nil && *targetFlag != "" {
		var t float64
		if _, e := fmt.Sscan(strings.Replace(*targetFlag, ",", ".", 1), &t); e != nil || t != t || t > 1e300 || t < -1e300 {
			err = errors.New(say("badTarget", *targetFlag))
		} else {
			o.Target = &t
		}
	}
	if err != nil {
		return c.badArgs(err)
	}

	out := spcOutput{Direction: "none"}
	var obs []spc.Observation
	unit := ""
	if *values != "" {
		f, err := os.Open(*values)
		if err != nil {
			return fail(1, fmt.Errorf("%s: %s: %v", *values, say("cannotOpenFile"), err))
		}
		obs, err = spc.ReadValues(f, *values)
		f.Close()
		if err != nil {
			return fail(1, err)
		}
		out.Source = *values
	} else {
		ctx := c.ctx
		s, ok := c.open(*db, mustExist)
		if !ok {
			return 1
		}
		defer s.Close()
		cat, ok := LoadCatalog(s.Path, c.stderr)
		if !ok {
			return 1
		}
		ind, ok := cat.Get(*indicator)
		if !ok {
			return fail(2, errors.New(unknownIndicators(cat, []string{*indicator})))
		}
		// a range past the data is cut to it, in whole months, and said so
		mq := methodology.Query{Grain: methodology.Month, From: from, To: to}
		if _, err := clipRange(ctx, s.DB, &mq, "spc", c.stderr); err != nil {
			return fail(1, err)
		}
		q := spc.SeriesQuery{Indicator: ind.ID, From: mq.From, To: mq.To}
		if *dept != "" {
			d, err := resolveDepartment(ctx, s.DB, *dept)
			if err != nil {
				return fail(2, err)
			}
			q.Department, out.Department = d.Code, d.Code
		}
		if obs, err = spc.IndicatorSeries(ctx, s.DB, cat, q); err != nil {
			return fail(1, err)
		}
		if !dirSet {
			o.Direction = spc.ParseDirection(ind.Direction)
		}
		if *targetFlag == "" {
			o.Target = ind.Target
		}
		out.Indicator, out.Unit, unit = ind.ID, ind.Unit, ind.Unit
		out.Name = ind.Name.In(*lang)
	}
	res, err := spc.Compute(obs, o)
	if err != nil {
		return fail(1, err)
	}
	switch o.Direction {
	case spc.Higher:
		out.Direction = "higher"
	case spc.Lower:
		out.Direction = "lower"
	}
	out.Target, out.Variation, out.Assurance = res.Target, string(res.Variation), string(res.Assurance)
	out.Label = spcLabels{spc.VariationWord(res.Variation, *lang), spc.AssuranceWord(res.Assurance, *lang)}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	out.Segments, out.Points = []spcSegment{}, []spcPoint{}
	for _, s := range res.Segments {
		out.Segments = append(out.Segments, spcSegment{day(s.From), day(s.To), s.Points, s.Values, s.Mean, s.MeanMR, s.LowerLimit, s.UpperLimit,
			s.Trial, s.Improvements, s.Concerns, s.Neutral})
	}
	for _, p := range res.Points {
		out.Points = append(out.Points, spcPoint{day(p.Date), p.Value, p.Segment, p.MovingRange, p.Screened, string(p.Rule), string(p.Type)})
	}
	return c.emit(*format, output{json: out, table: func(w io.Writer) error { return writeSPCTable(w, out, unit, *lang, *wide) }})
}

func parseDays(s string) ([]time.Time, error) {
	var out []time.Time
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		t, err := parseDay("--rebase", part)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// writeSPCTable prints the chart as text: a heading, one line per segment, the icons, then one row
// per point; every word in lang, numbers as the window writes them.
func writeSPCTable(w io.Writer, o spcOutput, unit, lang string, wide bool) error {
	t := func(bg, en string) string { return format.In(lang, bg, en) }
	valueDigits := format.Decimals(unit)
	if unit == "" {
		valueDigits = 2 // an analyst's own series: its unit is unknown, so two decimals rather than one
	}
	digits := valueDigits + 1 // limits need one more decimal than the values
	num := func(p *float64) string { return format.Number(p, lang, digits) }
	switch {
	case o.Indicator != "":
		where := t("общината", "the municipality")
		if o.Department != "" {
			where = t("отдел ", "department ") + o.Department
		}
		fmt.Fprintf(w, "%s — %s (%s), %s\n", o.Indicator, o.Name, where, t("по месеци", "monthly"))
	default:
		fmt.Fprintf(w, "%s %s\n", t("Редица от", "Series from"), o.Source)
	}
	dir := map[string][2]string{"higher": {"по-високо е по-добре", "higher is better"}, "lower": {"по-ниско е по-добре", "lower is better"},
		"none": {"без посока", "no direction"}}[o.Direction]
	target := t("няма", "none")
	if o.Target != nil {
		target = format.Number(o.Target, lang, valueDigits)
	}
	fmt.Fprintf(w, "%s: %s; %s: %s\n", t("Посока", "Direction"), t(dir[0], dir[1]), t("цел", "target"), target)
	if len(o.Points) == 0 {
		fmt.Fprintln(w, t("Няма месеци със стойност за този избор.", "No month has a value for this choice."))
		return nil
	}
	for i, s := range o.Segments {
		trial := ""
		if s.Trial {
			trial = t(fmt.Sprintf(" — пробни граници: под %d точки", spc.ShortSegment), fmt.Sprintf(" — trial limits: fewer than %d points", spc.ShortSegment))
		}
		fmt.Fprintln(w, wrapLine(fmt.Sprintf("%s %d: %s … %s, %d %s (%d %s); %s %s; %s %s; %s %s … %s%s",
			t("Базов период", "Segment"), i+1, s.From, s.To, s.Points, t("точки", "points"), s.Values, t("със стойност", "with a value"),
			t("средна", "mean"), num(s.Mean), t("среден подвижен размах", "mean moving range"), num(s.MeanMR),
			t("граници на процеса", "process limits"), num(s.Lower), num(s.Upper), trial)))
	}
	fmt.Fprintf(w, "%s: %s\n%s: %s\n\n", t("Вариация", "Variation"), o.Label.Variation, t("Увереност за целта", "Assurance"), o.Label.Assurance)
	tb := Table{Head: []string{t("дата", "date"), t("стойност", "value"), t("подв. размах", "moving range"), t("правило", "rule"), t("тип", "type")},
		Right: []bool{false, true, true, false, false}}
	for _, p := range o.Points {
		mr := num(p.MovingRange)
		if p.Screened {
			mr = t("изключен", "screened")
		}
		rule, typ := spc.Word(p.Rule, lang), spc.Word(p.PointType, lang)
		if p.Value == nil {
			typ = t("няма стойност", "no value")
		}
		tb.Rows = append(tb.Rows, []string{p.Date, format.Number(p.Value, lang, valueDigits), mr, rule, typ})
	}
	return tb.Write(w, wide)
}
