package report

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/drivers"
	"otzvuk/analytics/format"
	"otzvuk/analytics/ingest"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
)

// Options choose the report: the year, the language and the names on its title page.
type Options struct {
	Year         int
	Lang         string // bg (default) or en
	Municipality string
	Version      string
	Now          time.Time                          // the generation time printed in the report
	Themes       *text.Themes                       // the comments' themes (stored before: voice.Refresh); nil leaves them out
	Progress     func(done, total int, step string) // optional
	// Ready to sign (sign.go): Final lifts the draft marker; the signatories and the registry's
	// number print in the signature block and on the cover (blank lines where empty).
	Final                  bool
	PreparedBy, ApprovedBy Person
	RegNo                  string
	// CoatOfArms prints on the title page; nil reads it from the settings (coat_of_arms.go).
	CoatOfArms *store.CoatOfArms
}

// IndicatorRow is one indicator's value for the year against the year before.
type IndicatorRow struct {
	ID, Name, Description, Unit, Direction, Method string
	Value, Low, High                               *float64
	N                                              int64
	Small                                          bool
	Previous, Delta                                *float64
	Significant                                    *bool
	P, Q                                           *float64 // the year-ago test's p and its q within its family (fdr.go)
	Status                                         string
	Target                                         *float64
	Worse                                          bool // the change goes against the indicator's direction
	SPC                                            *SPC // the monthly series' process-control icons (spc.go); nil: none computed
}

// MethodRow says whether a feedback method has data in the year.
type MethodRow struct {
	Method, Name string
	Mandatory    bool
	Records      int64
}

// SignalRow is the register of signals, proposals, complaints and praise for one department (or the total).
type SignalRow struct {
	Department                             string
	Signals, Proposals, Complaints, Praise *float64
	OnTime, Notified, MedianDays, Upheld   *float64
	OpenOverdue                            *float64
}

// DepartmentSection is one department's part of the report.
type DepartmentSection struct {
	Code, Name string
	Rows       []IndicatorRow // every indicator with a value: the annex's table
	Key        []IndicatorRow // the 5–8 the section shows (key.go)
	Chart      *charts.Chart  // SAT_IDX by month, the department against the municipality
	Action     string
	Signals    SignalRow
	Themes     []ThemeRow      // what its comments are about, most mentioned first
	Drivers    *drivers.Matrix // what moves its overall rating (hidden below 30 complete responses)
}

// Report is everything the document and the annex show.
type Report struct {
	Options
	Methods     []MethodRow
	Indicators  []IndicatorRow
	Overview    *charts.Chart // the municipal SAT_IDX month by month, the year before dashed
	Worse       []methodology.Change
	Better      []methodology.Change
	FDR         FDR         // the summary's family of comparisons (fdr.go)
	Signals     []SignalRow // departments, then the total
	Departments []DepartmentSection
	Actions     map[string]Action
	Sources     []ingest.ImportedFile
	Demo        bool
	Catalog     *methodology.Catalog
	Skipped     []methodology.SkippedIndicator // indicators that could not be computed, named in the report
	// Coverage is how many of the year's months the survey data cover ("10/12"); Partial when not all:
	// the cover says so and every comparison is then with the same months a year earlier.
	Coverage string
	Partial  bool
	Themes   []ThemeRow // the municipality's themes of the year
	// Backlog is the service requests filed in the year, per department and for the municipality
	// (last), as of BacklogAsOf, the register's last date (backlog.go); empty without requests.
	Backlog     []BacklogRow
	BacklogAsOf time.Time
}

// reportedIndicator leaves out what a table of one value per indicator cannot show.
func reportedIndicator(ind *methodology.Indicator) bool {
	return ind.Measure.Kind != methodology.KindMix
}

const steps = 5

// Build computes the report for a year. It stops when ctx is cancelled.
func Build(ctx context.Context, db *sql.DB, cat *methodology.Catalog, o Options) (*Report, error) {
	if o.Lang != "en" {
		o.Lang = "bg"
	}
	if o.Year < 2000 || o.Year > 2100 {
		return nil, fmt.Errorf("година %d извън обхвата 2000–2100 / year %d out of range 2000–2100", o.Year, o.Year)
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	progress := func(done int, step string) {
		if o.Progress != nil {
			o.Progress(done, steps, word(o.Lang, step))
		}
	}
	o.RegNo = cleanRegNo(o.RegNo) // from the CLI and the window alike: one line, bounded
	if o.CoatOfArms == nil {
		o.CoatOfArms = coatOfArms(ctx, db)
	}
	r := &Report{Options: o, Catalog: cat}
	from := time.Date(o.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(o.Year, 12, 31, 0, 0, 0, 0, time.UTC)

	progress(0, "progMethods")
	used, err := methodology.MethodsWithData(ctx, db, o.Year)
	if err != nil {
		return nil, err
	}
	for _, m := range methodology.MandatoryMethods {
		r.Methods = append(r.Methods, MethodRow{Method: m, Name: methodName(o.Lang, m), Mandatory: true, Records: used[m]})
	}
	for _, m := range methodology.OptionalMethods {
		r.Methods = append(r.Methods, MethodRow{Method: m, Name: methodName(o.Lang, m), Records: used[m]})
	}

	progress(1, "progInd")
	var ids []string
	for _, ind := range cat.All() {
		if reportedIndicator(ind) {
			ids = append(ids, ind.ID)
		}
	}
	// Today = the year's last day, so "open and overdue" is counted on 31 December.
	yearly, err := methodology.Compute(ctx, db, cat, methodology.Query{Indicators: ids, By: []methodology.Dimension{methodology.ByDepartment},
		Grain: methodology.Year, From: from, To: to, Today: to})
	if r.Skipped, err = methodology.SplitSkipped(err); err != nil {
		return nil, err
	}
	year := strconv.Itoa(o.Year)
	depts, err := methodology.Departments(ctx, db)
	if err != nil {
		return nil, err
	}
	byDept := map[string][]methodology.Value{}
	var current []methodology.Value
	r.FDR = reportFamilies(yearly, year)
	for _, v := range yearly {
		if v.Period != year {
			continue
		}
		current = append(current, v)
		if v.IsTotal() {
			if v.Indicator == "SAT_IDX" || (r.Coverage == "" && v.Coverage != "") {
				r.Coverage, r.Partial = v.Coverage, !v.Complete
			}
			r.Indicators = append(r.Indicators, r.row(v))
		} else if v.DepartmentCode != nil {
			byDept[*v.DepartmentCode] = append(byDept[*v.DepartmentCode], v)
		}
	}
	imp := cat.ImportanceOrder()
	sort.SliceStable(r.Indicators, func(i, j int) bool { return imp[r.Indicators[i].ID] < imp[r.Indicators[j].ID] })
	r.Worse, r.Better = methodology.SignificantChanges(current, cat, 8)
	r.Signals = append(r.Signals, signalRow(word(o.Lang, "total"), totals(current)))

	progress(2, "progMonthly")
	monthly, err := methodology.Compute(ctx, db, cat, methodology.Query{Indicators: []string{"SAT_IDX"}, By: []methodology.Dimension{methodology.ByDepartment},
		Grain: methodology.Month, From: from.AddDate(-1, 0, 0), To: to})
	if err != nil {
		return nil, err
	}
	// Report charts carry no title of their own: the figure caption names them, and a title
	// as long as these would be cut at the printed width.
	if r.Overview, err = charts.YearOverlay(monthly, o.Year, charts.YearLabels{Months: charts.ShortMonths(o.Lang), Unit: "index"}); err != nil {
		return nil, err
	}
	monthlyOf := func(code string) []methodology.Value {
		var out []methodology.Value
		for _, v := range monthly {
			if len(v.Period) < 4 || v.Period[:4] != year {
				continue
			}
			if v.IsTotal() || (v.DepartmentCode != nil && *v.DepartmentCode == code) {
				out = append(out, v)
			}
		}
		return out
	}

	progress(3, "progSources")
	if r.Actions, err = LoadActions(ctx, db, o.Year); err != nil {
		return nil, err
	}
	if r.Sources, err = sources(ctx, db); err != nil {
		return nil, err
	}
	for _, s := range r.Sources {
		r.Demo = r.Demo || s.Demo
	}

	progress(4, "departments")
	order := cat.ImportanceOrder() // satisfaction, deadlines and complaints first
	for _, d := range depts {
		sec := DepartmentSection{Code: d.Code, Name: d.Name, Action: r.Actions[d.Code].Text}
		for _, v := range byDept[d.Code] {
			if v.Value != nil {
				sec.Rows = append(sec.Rows, r.row(v))
			}
		}
		sort.SliceStable(sec.Rows, func(i, j int) bool { return order[sec.Rows[i].ID] < order[sec.Rows[j].ID] })
		if sec.Chart, err = charts.TrendLine(monthlyOf(d.Code), charts.Labels{Static: true, Total: word(o.Lang, "total"), ValueAxis: word(o.Lang, "satAxis"), Kind: "survey"}); err != nil {
			return nil, err
		}
		sec.Signals = signalRow(d.Name, byDept[d.Code])
		r.Signals = append(r.Signals, sec.Signals)
		r.Departments = append(r.Departments, sec)
	}
	// departments first, the municipal total last
	r.Signals = append(r.Signals[1:], r.Signals[0])

	// the process-control icons of every key indicator's monthly series, up to the year's December
	verdicts, err := spcVerdicts(ctx, db, cat, ids, to)
	if err != nil {
		return nil, err
	}
	attach := func(rows []IndicatorRow, code string) {
		for i := range rows {
			if v, ok := verdicts[rows[i].ID+"|"+code]; ok {
				rows[i].SPC = &v
			}
		}
	}
	attach(r.Indicators, "")
	for i := range r.Departments {
		attach(r.Departments[i].Rows, r.Departments[i].Code)
		r.Departments[i].Key = keyIndicators(r.Departments[i].Rows, order)
	}
	// the requests filed in the year, beside SVC_ONTIME by completion date
	ontime := map[string]methodology.Value{}
	for _, v := range current {
		if v.Indicator != "SVC_ONTIME" {
			continue
		}
		if v.IsTotal() {
			ontime[""] = v
		} else if v.DepartmentCode != nil {
			ontime[*v.DepartmentCode] = v
		}
	}
	if r.Backlog, r.BacklogAsOf, err = backlogRows(ctx, db, depts, from, to, ontime, word(o.Lang, "total")); err != nil {
		return nil, err
	}
	if o.Themes != nil {
		if err := r.themes(ctx, db, o.Themes, from, to); err != nil {
			return nil, err
		}
	}
	progress(5, "departments")
	return r, nil
}

func name(ind *methodology.Indicator, lang string) string {
	return format.In(lang, ind.Name.BG, ind.Name.EN)
}

func (r *Report) row(v methodology.Value) IndicatorRow {
	ind := r.Catalog.Must(v.Indicator)
	desc := format.In(r.Lang, ind.Description.BG, ind.Description.EN)
	row := IndicatorRow{ID: ind.ID, Name: name(ind, r.Lang), Description: desc, Unit: ind.Unit, Direction: ind.Direction, Method: ind.Method,
		Value: v.Value, Low: v.CILow, High: v.CIHigh, N: v.N, Small: v.SmallSample,
		Previous: v.YearAgo, Delta: v.YearAgoDelta, Significant: v.Shown(v.YearAgoSignificant), Status: v.Status, Target: ind.Target}
	if !v.SmallSample {
		row.P, row.Q = v.YearAgoP, v.YearAgoQ
	}
	if v.YearAgoDelta != nil {
		row.Worse = ind.Worse(*v.YearAgoDelta)
	}
	return row
}

func totals(vals []methodology.Value) []methodology.Value {
	var out []methodology.Value
	for _, v := range vals {
		if v.IsTotal() {
			out = append(out, v)
		}
	}
	return out
}

// signalRow picks the register's indicators out of one department's (or the total's) values.
func signalRow(label string, vals []methodology.Value) SignalRow {
	// Counts with no row are zero: nothing of that kind was received (or is overdue).
	zero := func() *float64 { z := 0.0; return &z }
	s := SignalRow{Department: label, Signals: zero(), Proposals: zero(), Complaints: zero(), Praise: zero(), OpenOverdue: zero()}
	for _, v := range vals {
		if v.Value == nil && strings.HasPrefix(v.Indicator, "SPC_COUNT") || v.Value == nil && v.Indicator == "SPC_OPEN_OVERDUE" {
			continue
		}
		switch v.Indicator {
		case "SPC_COUNT_SIGNAL":
			s.Signals = v.Value
		case "SPC_COUNT_PROPOSAL":
			s.Proposals = v.Value
		case "SPC_COUNT_COMPLAINT":
			s.Complaints = v.Value
		case "SPC_COUNT_PRAISE":
			s.Praise = v.Value
		case "SPC_ONTIME":
			s.OnTime = v.Value
		case "SPC_NOTIFY":
			s.Notified = v.Value
		case "SPC_TTR":
			s.MedianDays = v.Value
		case "SPC_UPHELD":
			s.Upheld = v.Value
		case "SPC_OPEN_OVERDUE":
			s.OpenOverdue = v.Value
		}
	}
	return s
}
