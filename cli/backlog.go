package cli

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"

	"otzvuk/analytics/backlog"
	"otzvuk/analytics/compare"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
)

// backlogRow is one period × department (or the whole municipality, department empty): the
// cohort filed in the period beside the catalogue's completion-date figures for the same period.
type backlogRow struct {
	Register       string         `json:"register"`
	Period         string         `json:"period"`
	DepartmentCode string         `json:"department_code"` // "" for the whole municipality
	Department     string         `json:"department"`
	AsOf           string         `json:"as_of"`
	Cohort         backlog.Cohort `json:"cohort"`
	KM             kmFigures      `json:"kaplan_meier"`
	Completion     completionFigs `json:"by_completion_date"`
}

type kmFigures struct {
	N        int      `json:"n"`
	Events   int      `json:"completed"`
	Censored int      `json:"censored"`
	Median   *float64 `json:"median_days"` // null: not reached
	Reached  bool     `json:"median_reached"`
	Low      *float64 `json:"ci_low"`  // null: not reached
	High     *float64 `json:"ci_high"` // null: not reached
	Band     string   `json:"interval"`
}

// completionFigs are the catalogue's values by completion (decision) date: SVC_ONTIME and SVC_TTR
// for requests, SPC_ONTIME and SPC_TTR for signals.
type completionFigs struct {
	OnTimeID  string   `json:"ontime_indicator"`
	OnTime    *float64 `json:"ontime"`
	OnTimeN   int64    `json:"ontime_n"`
	OnTimeLow *float64 `json:"ontime_ci_low"`
	OnTimeHi  *float64 `json:"ontime_ci_high"`
	TTRID     string   `json:"ttr_indicator"`
	TTR       *float64 `json:"ttr_median_days"`
	TTRN      int64    `json:"ttr_n"`
}

func runBacklog(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	regFlag := fs.String("register", "requests", "requests (service requests) or signals (signals, proposals, complaints)")
	dept := fs.String("department", "", "department code (default: every department and the municipality)")
	fromFlag := fs.String("from", "", "first filing day, YYYY-MM-DD")
	toFlag := fs.String("to", "", "last filing day, YYYY-MM-DD")
	grainFlag := fs.String("grain", "year", "period length: month, quarter or year")
	asOfFlag := fs.String("as-of", "", "the day open items are counted and censored at, YYYY-MM-DD (default: the register's last date)")
	format := fs.String("format", "table", "output: table or json")
	wide := wideFlag(fs)
	lang := fs.String("lang", "bg", "language of the table's words: bg or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := c.fail
	reg, err := backlog.ParseRegister(*regFlag)
	var from, to, asOf time.Time
	var grain methodology.Grain
	if err == nil {
		from, err = parseDay("--from", *fromFlag)
	}
	if err == nil {
		to, err = parseDay("--to", *toFlag)
	}
	if err == nil {
		asOf, err = parseDay("--as-of", *asOfFlag)
	}
	if err == nil {
		grain, err = parseGrain(*grainFlag)
	}
	if err == nil && !from.IsZero() && !to.IsZero() && to.Before(from) {
		err = errors.New(say("toBeforeFrom", *toFlag, *fromFlag))
	}
	if err == nil {
		err = checkFormat(*format, "table", "json")
	}
	if err == nil {
		err = checkLang(*lang)
	}
	if err != nil {
		return c.badArgs(err)
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if refusePooled(ctx, s, "backlog", c.stderr) {
		return 1
	}
	cat, ok := LoadCatalog(s.Path, c.stderr)
	if !ok {
		return 1
	}
	deps, err := methodology.Departments(ctx, s.DB)
	if err != nil {
		return fail(1, err)
	}
	names := map[string]string{}
	for _, d := range deps {
		names[d.Code] = d.Name
	}
	// a range past the data is cut to it, in whole periods, and said so
	mq := methodology.Query{Grain: grain, From: from, To: to}
	if _, err := clipRange(ctx, s.DB, &mq, "backlog", c.stderr); err != nil {
		return fail(1, err)
	}
	from, to = mq.From, mq.To
	q := backlog.Query{Register: reg, From: from, To: to}
	if *dept != "" {
		d, err := resolveDepartment(ctx, s.DB, *dept)
		if err != nil {
			return fail(2, err)
		}
		q.Department = d.Code
	}
	if asOf.IsZero() {
		last, ok, err := backlog.LastDate(ctx, s.DB, reg)
		if err != nil {
			return fail(1, err)
		}
		if !ok {
			return fail(1, errors.New(say("registerEmpty", reg)))
		}
		asOf = last
	}
	items, err := backlog.Load(ctx, s.DB, q)
	if err != nil {
		return fail(1, err)
	}
	rows, err := backlogRows(ctx, s.DB, cat, reg, q, grain, asOf, items, names)
	if err != nil {
		return fail(1, err)
	}
	return c.emit(*format, output{json: rows, table: func(w io.Writer) error { return writeBacklogTable(w, rows, reg, *lang, *wide) }})
}

// backlogRows groups the items by filing period and department (plus the municipality unless one
// department was asked for) and puts the catalogue's completion-date values of the same period
// beside them.
func backlogRows(ctx context.Context, db *sql.DB, cat *methodology.Catalog, reg backlog.Register, q backlog.Query,
	grain methodology.Grain, asOf time.Time, items []backlog.Item, names map[string]string) ([]backlogRow, error) {
	type key struct{ period, dept string }
	groups := map[key][]backlog.Item{}
	for _, it := range items {
		p := compare.Label(it.Filed, string(grain))
		groups[key{p, it.Department}] = append(groups[key{p, it.Department}], it)
		if q.Department == "" {
			groups[key{p, ""}] = append(groups[key{p, ""}], it)
		}
	}
	onID, ttrID := "SVC_ONTIME", "SVC_TTR"
	if reg == backlog.Signals {
		onID, ttrID = "SPC_ONTIME", "SPC_TTR"
	}
	var ids []string
	for _, id := range []string{onID, ttrID} {
		if _, ok := cat.Get(id); ok {
			ids = append(ids, id)
		}
	}
	comp := map[key]*completionFigs{}
	if len(ids) > 0 {
		mq := methodology.Query{Indicators: ids, Grain: grain, From: q.From, To: q.To}
		if q.Department == "" {
			mq.By = []methodology.Dimension{methodology.ByDepartment}
		} else {
			mq.Filters = map[methodology.Dimension][]string{methodology.ByDepartment: {q.Department}}
		}
		vals, err := methodology.Compute(ctx, db, cat, mq)
		if err != nil {
			return nil, err
		}
		for _, v := range vals {
			k := key{v.Period, q.Department}
			if v.DepartmentCode != nil {
				k.dept = *v.DepartmentCode
			}
			c := comp[k]
			if c == nil {
				c = &completionFigs{OnTimeID: onID, TTRID: ttrID}
				comp[k] = c
			}
			if v.Indicator == onID {
				c.OnTime, c.OnTimeN, c.OnTimeLow, c.OnTimeHi = v.Value, v.N, v.CILow, v.CIHigh
			} else {
				c.TTR, c.TTRN = v.Value, v.N
			}
		}
	}
	keys := map[key]bool{}
	for k := range groups {
		keys[k] = true
	}
	for k, c := range comp {
		if c.OnTimeN > 0 || c.TTRN > 0 {
			keys[k] = true
		}
	}
	var order []key
	for k := range keys {
		order = append(order, k)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.period != b.period {
			return a.period < b.period
		}
		if (a.dept == "") != (b.dept == "") {
			return b.dept == "" // the municipality after its departments
		}
		return a.dept < b.dept
	})
	rows := []backlogRow{}
	for _, k := range order {
		r := backlogRow{Register: string(reg), Period: k.period, DepartmentCode: k.dept, Department: names[k.dept], AsOf: asOf.Format("2006-01-02")}
		r.Cohort = backlog.CohortOf(groups[k], asOf)
		m := backlog.KaplanMeier(groups[k], asOf, backlog.LogLog)
		r.KM = kmFigures{N: m.N, Events: m.Events, Censored: m.Censored, Median: m.Days, Reached: m.Days != nil, Low: m.Low, High: m.High,
			Band: "95% Brookmeyer–Crowley, log-log Greenwood band"}
		if c := comp[k]; c != nil {
			r.Completion = *c
		} else {
			r.Completion = completionFigs{OnTimeID: onID, TTRID: ttrID}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// writeBacklogTable prints one row per period and department: the cohort by filing date, then the
// completion-date figures, so the two answers stand side by side.
func writeBacklogTable(w io.Writer, rows []backlogRow, reg backlog.Register, lang string, wide bool) error {
	t := func(bg, en string) string { return format.In(lang, bg, en) }
	if len(rows) == 0 {
		fmt.Fprintln(w, t("Няма подадени записи за този избор.", "Nothing was filed for this choice."))
		return nil
	}
	what := t("заявления за услуги", "service requests")
	if reg == backlog.Signals {
		what = t("сигнали, предложения и жалби (без похвали)", "signals, proposals and complaints (praise left out)")
	}
	fmt.Fprintf(w, "%s — %s %s\n", what, t("към", "as of"), rows[0].AsOf)
	fmt.Fprintln(w, wrapLine(t(
		"Кохорта: подадените в периода — в срок / със закъснение / отворени след срока / отворени в срок; дял в срок = в срок ÷ (решени + отворени след срока).",
		"Cohort: what was filed in the period — on time / late / open past due / open within due; on-time rate = on time ÷ (decided + open past due).")))
	fmt.Fprintln(w, wrapLine(t(
		"КМ медиана: дни до изпълнение по Каплан–Майер, отворените цензурирани към датата по-горе (95 % интервал по Брукмайер–Кроули, log-log).",
		"KM median: Kaplan–Meier days to completion, open items censored at the date above (95 % Brookmeyer–Crowley interval, log-log).")))
	fmt.Fprintln(w, wrapLine(t(
		"По дата на изпълнение: стойностите от каталога (изпълнените в периода) — „как се справихме с това, което завършихме“.",
		"By completion date: the catalogue's values (what was completed in the period) — \"how did we do in what we finished\".")))
	fmt.Fprintln(w)
	tb := Table{Head: []string{
		t("период", "period"), t("отдел", "dept"), t("подад.", "filed"), t("в срок", "on time"), t("закъсн.", "late"),
		t("просроч.", "overdue"), t("чакащи", "pending"), t("оттеглени", "withdrawn"), t("без срок/дата", "no deadline/date"),
		t("дял в срок (кохорта)", "on-time rate (cohort)"), t("КМ мед., дни", "KM median, d"),
		"|", t("изпълн. в срок", "done on time"), t("мед. изпълн., дни", "median done, days"),
	}, Right: []bool{false, false, true, true, true, true, true, true, true, true, true, false, true, true},
		Optional: []bool{false, false, false, false, false, false, false, true, true, false, false, false, false, true}}
	pct := func(p *float64) string { return format.Number(p, lang, 1) + "\u00a0%" }
	reach := func(p *float64) string {
		if p == nil {
			return t("не е достигната", "not reached")
		}
		return format.Number(p, lang, 0)
	}
	for _, r := range rows {
		dept := r.DepartmentCode
		if dept == "" {
			dept = t("(общо)", "(all)")
		}
		c := r.Cohort
		rate := "—"
		if c.Rate != nil {
			rate = fmt.Sprintf("%s [%s–%s] n=%d", pct(c.Rate), format.Number(c.RateCILow, lang, 1), format.Number(c.RateCIHigh, lang, 1), c.RateN)
		}
		km := "—"
		if r.KM.N > 0 {
			km = fmt.Sprintf("%s [%s–%s] n=%d", reach(r.KM.Median), reach(r.KM.Low), reach(r.KM.High), r.KM.N)
		}
		on := "—"
		if r.Completion.OnTime != nil {
			on = fmt.Sprintf("%s n=%d", pct(r.Completion.OnTime), r.Completion.OnTimeN)
		}
		ttr := "—"
		if r.Completion.TTR != nil {
			ttr = fmt.Sprintf("%s n=%d", format.Number(r.Completion.TTR, lang, 1), r.Completion.TTRN)
		}
		i := strconv.Itoa
		tb.Rows = append(tb.Rows, []string{r.Period, dept, i(c.Filed), i(c.OnTime), i(c.Late), i(c.Overdue), i(c.Pending),
			i(c.Withdrawn), i(c.NoDeadline + c.BadDates), rate, km, "|", on, ttr})
	}
	return tb.Write(w, wide)
}
