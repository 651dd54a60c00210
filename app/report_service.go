package app

import (
	"context"
	"errors"
	"sort"
	"strconv"
	"time"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/report"
	"otzvuk/analytics/store"
)

// ReportService feeds the annual report tab: the years with data, the "actions taken" text of
// each department, and building the report (HTML and the XLSX annex) with progress and cancel.
type ReportService struct {
	st       *State
	emit     Emitter
	saveFile func(defaultName string) (string, error)

	run singleRun
}

// NewReportService creates the service; saveFile opens the native save dialog.
func NewReportService(st *State, emit Emitter, saveFile func(string) (string, error)) *ReportService {
	return &ReportService{st: st, emit: emit, saveFile: saveFile}
}

// ReportYears are the years with data (newest first), the one to preselect and the departments.
type ReportYears struct {
	Outcome
	Years       []int              `json:"years"`
	Default     int                `json:"default"`
	Departments []DepartmentOption `json:"departments"`
}

// Years lists the years with survey or register data. The default is the last complete one
// (the report is due by 1 March for the year before), else the latest.
func (s *ReportService) Years() ReportYears {
	ctx, done := s.st.query()
	defer done()
	// a year has data when surveys were answered, or signals or requests filed in it (a request
	// completed years late does not make its completion year one with data)
	vals, err := s.st.compute(ctx, s.st.Catalog, methodology.Query{Indicators: []string{"SAT_IDX", "SPC_COUNT", "SVC_COUNT"}, Grain: methodology.Year})
	if err != nil {
		return ReportYears{Outcome: failed(queryProblem(err))}
	}
	out := ReportYears{Outcome: succeeded()}
	seen := map[int]bool{}
	for _, v := range vals {
		if y, err := strconv.Atoi(v.Period); err == nil && v.N > 0 && v.IsTotal() && (v.Unit != "count" || v.Value != nil && *v.Value > 0) {
			seen[y] = true
		}
	}
	for y := range seen {
		out.Years = append(out.Years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out.Years)))
	this := time.Now().Year()
	for _, y := range out.Years {
		if y < this {
			out.Default = y
			break
		}
	}
	if out.Default == 0 && len(out.Years) > 0 {
		out.Default = out.Years[0]
	}
	depts, err := methodology.Departments(ctx, s.st.Store.DB)
	if err != nil {
		return ReportYears{Outcome: failed(queryProblem(err))}
	}
	for _, d := range depts {
		out.Departments = append(out.Departments, DepartmentOption{Code: d.Code, Name: d.Name})
	}
	return out
}

// ActionsResult is each department's text for a year, by department code.
type ActionsResult struct {
	Outcome
	Texts map[string]string `json:"texts"`
}

// Actions returns the "actions taken" texts of a year.
func (s *ReportService) Actions(year int) ActionsResult {
	ctx, done := s.st.query()
	defer done()
	acts, err := report.LoadActions(ctx, s.st.Store.DB, year)
	if err != nil {
		return ActionsResult{Outcome: failed(queryProblem(err))}
	}
	out := ActionsResult{Outcome: succeeded(), Texts: map[string]string{}}
	for code, a := range acts {
		out.Texts[code] = a.Text
	}
	return out
}

// SaveResult says whether a change was stored.
type SaveResult struct {
	Outcome
}

// SaveAction stores a department's text for a year (empty removes it).
func (s *ReportService) SaveAction(year int, code, text string) SaveResult {
	if err := report.SaveAction(s.st.context(), s.st.Store.DB, year, code, text); err != nil {
		return SaveResult{Outcome: failed(problem("errors.saveFailed", err, nil))}
	}
	return SaveResult{Outcome: succeeded()}
}

// ReportRequest asks for the report of a year, in a language, with or without the XLSX annex.
type ReportRequest struct {
	Year  int    `json:"year"`
	Lang  string `json:"lang"`
	Annex bool   `json:"annex"`
	// Ready to sign: Final lifts the ПРОЕКТ marker; RegNo is the registry's number printed on the
	// cover and in the signature block (the signatories are the municipality's settings).
	Final bool   `json:"final"`
	RegNo string `json:"regNo"`
}

// SignatoriesResult: who prepares and who approves the report ("Name, position"), as stored.
type SignatoriesResult struct {
	Outcome
	PreparedBy string `json:"preparedBy"`
	ApprovedBy string `json:"approvedBy"`
}

// Signatories reads who prepares and who approves the report.
func (s *ReportService) Signatories() SignatoriesResult {
	ctx, done := s.st.query()
	defer done()
	sig, err := store.GetSignatories(ctx, s.st.Store.DB)
	if err != nil {
		return SignatoriesResult{Outcome: failed(queryProblem(err))}
	}
	return SignatoriesResult{Outcome: succeeded(), PreparedBy: sig.PreparedBy, ApprovedBy: sig.ApprovedBy}
}

// SaveSignatories stores who prepares and who approves the report (as otzvuk settings
// --prepared-by/--approved-by does); an empty one clears it.
func (s *ReportService) SaveSignatories(preparedBy, approvedBy string) SaveResult {
	ctx, done := s.st.query()
	defer done()
	// both are checked before either is stored: a refused one never leaves the other half-saved
	for _, v := range []string{preparedBy, approvedBy} {
		if err := store.CheckSignatory(v); err != nil {
			return SaveResult{Outcome: failed(problem("errors.signatory", err, nil))}
		}
	}
	for _, kv := range [][2]string{{"prepared_by", preparedBy}, {"approved_by", approvedBy}} {
		key, v := kv[0], kv[1]
		if err := store.SetSignatory(ctx, s.st.Store.DB, key, v); err != nil {
			var se *store.SettingError
			if errors.As(err, &se) {
				return SaveResult{Outcome: failed(problem("errors.signatory", err, nil))}
			}
			return SaveResult{Outcome: failed(queryProblem(err))}
		}
	}
	return SaveResult{Outcome: succeeded()}
}

// ReportResult says where the report went and how long it took.
type ReportResult struct {
	Outcome
	HTML    string  `json:"html"`
	XLSX    string  `json:"xlsx"`
	Seconds float64 `json:"seconds"`
}

// ReportProgress is the "report:progress" event.
type ReportProgress struct {
	Done  int    `json:"done"`
	Total int    `json:"total"`
	Step  string `json:"step"`
}

// Build asks where to save the report (and the annex), then writes them with progress events.
func (s *ReportService) Build(req ReportRequest) ReportResult {
	if s.saveFile == nil {
		return ReportResult{Outcome: failed(problem("errors.dialog", errors.New("no save dialog"), nil))}
	}
	html, err := s.saveFile(reportFileName(req.Year, req.Lang, ".html"))
	if err != nil || html == "" {
		return dialogResult(err)
	}
	files := report.Files{HTML: html}
	if req.Annex {
		if files.XLSX, err = s.saveFile(reportFileName(req.Year, req.Lang, "-prilozhenie.xlsx")); err != nil || files.XLSX == "" {
			return dialogResult(err)
		}
	}
	return s.build(req, files)
}

func dialogResult(err error) ReportResult {
	if err != nil {
		return ReportResult{Outcome: failed(problem("errors.dialog", err, nil))}
	}
	return ReportResult{} // the user closed the dialog
}

// build writes the report files; one build at a time, cancelled by Cancel.
func (s *ReportService) build(req ReportRequest, files report.Files) ReportResult {
	ctx, done, ok := s.run.start(s.st.context())
	if !ok {
		return ReportResult{Outcome: failed(problem("errors.reportBusy", errors.New("a report is being written"), nil))}
	}
	defer done()
	files.Guard = s.st.outputs()
	start := time.Now()
	progress := func(done, total int, step string) {
		if s.emit != nil {
			s.emit(s.st.context(), "report:progress", ReportProgress{Done: done, Total: total, Step: step})
		}
	}
	opts := s.reportOptions(ctx, req)
	opts.Progress = progress
	_, err := report.WriteFiles(ctx, s.st.Store.DB, s.st.Catalog, opts, files)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return ReportResult{Outcome: failed(problem("errors.reportCancelled", err, nil))}
		}
		return ReportResult{Outcome: failed(writeProblem("errors.reportFailed", err))}
	}
	return ReportResult{Outcome: succeeded(), HTML: files.HTML, XLSX: files.XLSX, Seconds: time.Since(start).Seconds()}
}

// Cancel stops the report being written; its files stay as they were.
func (s *ReportService) Cancel() bool { return s.run.stop() }

// reportOptions are the same for every form of the report the window writes (HTML, DOCX, PDF):
// the municipality's own name once set (as the CLI prints it), and the comments' themes.
func (s *ReportService) reportOptions(ctx context.Context, req ReportRequest) report.Options {
	lang := langOf(req.Lang)
	o := report.Options{Year: req.Year, Lang: lang, Municipality: report.MunicipalityName(ctx, s.st.Store.DB, lang, ""), Version: s.st.Version,
		Final: req.Final, RegNo: req.RegNo}
	if sig, err := store.GetSignatories(ctx, s.st.Store.DB); err == nil {
		o.PreparedBy, o.ApprovedBy = report.ParsePerson(sig.PreparedBy), report.ParsePerson(sig.ApprovedBy)
	}
	// Without the themes rather than no report; they are read again on the next use.
	if themes, _, err := s.st.freshThemes(ctx); err == nil {
		o.Themes = themes
	}
	return o
}

// reportFileName is the name the save dialog proposes: godishen-doklad-2025.docx, annual-report-2025.pdf.
func reportFileName(year int, lang, ext string) string {
	if lang == "en" {
		return "annual-report-" + strconv.Itoa(year) + ext
	}
	return "godishen-doklad-" + strconv.Itoa(year) + ext
}
