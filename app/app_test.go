package app

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/demo"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"otzvuk/analytics/charts"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

type recorder struct {
	mu     sync.Mutex
	events []string
	ready  chan struct{}
}

func (r *recorder) emit(_ context.Context, name string, _ ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, name)
	if name == "data:ready" {
		select {
		case r.ready <- struct{}{}:
		default:
		}
	}
}

// count says how many events of a name were emitted.
func (r *recorder) count(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range r.events {
		if e == name {
			n++
		}
	}
	return n
}

func startedState(t *testing.T) (*State, *recorder) {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "app.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	st := NewState(s, cat, "test")
	rec := &recorder{ready: make(chan struct{}, 1)}
	Start(context.Background(), st, rec.emit)
	select {
	case <-rec.ready:
	case <-time.After(60 * time.Second):
		t.Fatal("data:ready never came")
	}
	// An empty database asks first; the tests start with the demo.
	if status := NewStatusService(st).Status(); !status.FirstStart || status.Ready {
		t.Fatalf("first start %+v", status)
	}
	if status := NewStatusService(st).Begin(true); !status.Ready || !status.Demo {
		t.Fatalf("after the demo was chosen %+v", status)
	}
	<-rec.ready
	return st, rec
}

// The first start's other choice: an empty database for the user's own data, which stays empty
// and is not asked again; and removing the demo leaves a ready, non-demo database.
func TestFirstStartCanBeEmptyAndTheDemoRemoved(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "empty.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cat, _ := methodology.DefaultCatalog()
	st := NewState(s, cat, "test")
	rec := &recorder{ready: make(chan struct{}, 1)}
	Start(context.Background(), st, rec.emit)
	<-rec.ready
	status := NewStatusService(st).Begin(false)
	if !status.Ready || status.Demo || status.FirstStart {
		t.Fatalf("%+v", status)
	}
	if need, _ := demo.NeedsChoice(context.Background(), s); need {
		t.Fatal("asked again after choosing an empty database")
	}
	if res := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"}); !res.OK || res.Period != "" {
		t.Fatalf("empty overview %+v", res)
	}

	demoSt, _ := startedState(t)
	status = NewStatusService(demoSt).RemoveDemo()
	if !status.Ready || status.Demo || status.Problem != nil {
		t.Fatalf("after removing the demo %+v", status)
	}
}

func TestFirstStartSeedsTheDemoWithProgress(t *testing.T) {
	st, rec := startedState(t)
	status := NewStatusService(st).Status()
	if !status.Ready || !status.Demo || status.Problem != nil {
		t.Fatalf("status %+v", status)
	}
	if progress := rec.count("seed:progress"); progress < 5 {
		t.Fatalf("%d progress events", progress)
	}
}

func TestTrendChartHasASeriesPerDepartmentAndTheTotal(t *testing.T) {
	st, _ := startedState(t)
	svc := NewIndicatorService(st)
	res := svc.Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "quarter", Lang: "bg"})
	if !res.OK {
		t.Fatalf("problem %+v", res.Problem)
	}
	var option struct {
		Series []struct {
			Name string `json:"name"`
		} `json:"series"`
		XAxis []struct {
			Data []string `json:"data"`
		} `json:"xAxis"`
	}
	if err := json.Unmarshal(res.Chart.Option, &option); err != nil {
		t.Fatal(err)
	}
	if len(option.Series) != 9 || option.Series[8].Name != "Общо за общината" {
		t.Fatalf("series %+v", option.Series)
	}
	if len(option.XAxis) != 1 || len(option.XAxis[0].Data) != 13 { // 2023-Q4 … 2026-Q4
		t.Fatalf("x axis %+v", option.XAxis)
	}
	// The worsening department (МДТ, 79 → 48 over the demo) is highlighted by default; a chosen one is kept.
	if res.Highlight != "MDT" || len(res.Departments) != 8 {
		t.Fatalf("highlight %q, %d departments", res.Highlight, len(res.Departments))
	}
	if r := svc.Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "quarter", Lang: "bg", Highlight: "GRAO"}); r.Highlight != "GRAO" {
		t.Fatalf("highlight %q", r.Highlight)
	}
	en := svc.Trend(TrendRequest{Indicator: "SAT_IDX", Grain: "month", Lang: "en"})
	if !en.OK || !json.Valid(en.Chart.Option) || !strings.Contains(string(en.Chart.Option), "Municipality total") {
		t.Fatal("English chart lacks its total label")
	}
}

func TestBadRequestsComeBackAsProblems(t *testing.T) {
	st, _ := startedState(t)
	svc := NewIndicatorService(st)
	if r := svc.Trend(TrendRequest{Indicator: "DROP TABLE", Grain: "month"}); r.OK || r.Problem.Key != "errors.unknownIndicator" {
		t.Fatalf("%+v", r)
	}
	if r := svc.Values(TrendRequest{Indicator: "SAT_IDX", Grain: "week"}); r.OK || r.Problem.Key != "errors.badGrain" {
		t.Fatalf("%+v", r)
	}
}

func TestImportWizardBackend(t *testing.T) {
	st, _ := startedState(t)
	var events []string
	svc := NewImportService(st, func(_ context.Context, name string, _ ...any) { events = append(events, name) }, nil, nil)
	profiles := svc.Profiles()
	var stl string
	for _, p := range profiles.Profiles {
		if p.ID == "example:stl_csb_service_requests" {
			stl = p.YAML
		}
	}
	if stl == "" {
		t.Fatalf("example profiles not offered: %+v", profiles)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "cards.csv")
	os.WriteFile(path, []byte("№,Дата,Отдел,Оценка\nK1,05.03.2026,GRAO,4\nK2,06.03.2026,GRAO,9\nK3,07.03.2026,GRAO,5\n"), 0o644)
	prof := "name: карти\nrecord_kind: feedback_cards\nfields:\n  id: {column: №}\n  card_date: {column: Дата}\n  department_code: {column: Отдел}\n  rating: {column: Оценка}\n"
	pv := svc.Preview(PreviewRequest{Path: path, ProfileYAML: prof})
	if !pv.OK || len(pv.Rows) != 3 || pv.Rows[1][3].Problem == "" || pv.Rows[0][3].Problem != "" {
		t.Fatalf("preview %+v", pv)
	}
	draft := svc.Preview(PreviewRequest{Path: path})
	if !draft.OK || !strings.Contains(draft.Suggested, "record_kind: feedback_cards") {
		t.Fatalf("no suggestion: %+v", draft.Suggested)
	}
	res := svc.Import(ImportRequest{Path: path, ProfileYAML: prof, MaxRejectRate: 0.5})
	// K2's rating of 9 is out of range; the rating is optional, so the card is kept without it.
	if !res.OK || res.Summary.New != 3 || res.Summary.Rejected != 0 || res.Summary.FieldsEmptied != 1 {
		t.Fatalf("import %+v %+v", res, res.Problem)
	}
	q := svc.Quarantine(res.Summary.ImportID, 0, 10)
	if !q.OK || q.Total != 1 || q.Rows[0].Column != "Оценка" || q.Rows[0].Row != 3 {
		t.Fatalf("quarantine %+v", q)
	}
	if saved := svc.SaveProfile("Карти март", prof); !saved.OK || saved.Profiles[0].ID != "saved:Карти-март" {
		t.Fatalf("save %+v", saved)
	}
	if bad := svc.SaveProfile("x", "record_kind: nope"); bad.OK {
		t.Fatal("a broken profile was saved")
	}
	out := filepath.Join(dir, "q.csv")
	if r := svc.exportQuarantineTo(res.Summary.ImportID, out); !r.OK || r.Rows != 1 {
		t.Fatalf("export %+v", r)
	}
	if body, _ := os.ReadFile(out); !strings.Contains(string(body), "Оценка") {
		t.Fatalf("exported %q", body)
	}
	if svc.Cancel() {
		t.Fatal("cancelled an import that was not running")
	}
}

func TestLanguageSwitchReachesTheMenuHook(t *testing.T) {
	var got []string
	svc := NewStatusServiceHearing(&State{}, func(l string) { got = append(got, l) })
	if !svc.SetLanguage("en") || svc.SetLanguage("fr") || len(got) != 1 || got[0] != "en" {
		t.Fatalf("hook saw %v", got)
	}
}

func TestOverviewOnTheDemo(t *testing.T) {
	st, _ := startedState(t)
	res := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
	if !res.OK {
		t.Fatalf("%+v", res.Problem)
	}
	// The demo's data end in October 2026: the overview is about the last whole quarter, Q3,
	// against Q3 2025 — never the October-only Q4.
	if res.Year != 2026 || res.Period != "2026-Q3" || res.ComparedTo != "2025-Q3" || res.YearCoverage != "10/12" ||
		len(res.Tiles) != len(dashboard.KeyIndicators) || res.Trend == nil {
		t.Fatalf("year %d (%s), period %s against %s, %d tiles", res.Year, res.YearCoverage, res.Period, res.ComparedTo, len(res.Tiles))
	}
	for _, tile := range res.Tiles {
		if tile.Value == nil || !tile.Complete || tile.Period != "2026-Q3" && !tile.Own || tile.Spark == nil || tile.ComparedTo == "" {
			t.Errorf("tile %+v", tile)
		}
	}
	for _, c := range append(res.Worse, res.Better...) {
		if c.Period != "2026-Q3" || c.Unit == "" || c.DeltaLow == nil || *c.DeltaLow > c.Delta || *c.DeltaHigh < c.Delta {
			t.Errorf("change %+v", c)
		}
	}
	// The demo's worsening department (МДТ) must show among significant deteriorations of SAT_IDX.
	found := false
	for _, c := range res.Worse {
		if c.DeptCode == "MDT" {
			found = true
		}
	}
	if !found {
		t.Errorf("МДТ not among the deteriorations: %+v", res.Worse)
	}
	missing := 0
	for _, m := range res.Methods {
		if m.Mandatory && m.Records == 0 {
			missing++
		}
	}
	if missing == 0 {
		t.Error("the demo lacks staff consultations and media analysis; the overview should say so")
	}
}

func TestCompareOnTheDemo(t *testing.T) {
	st, _ := startedState(t)
	res := NewCompareService(st).Compare(CompareRequest{Lang: "bg", Grain: "year", Period: "2025", Indicator: "SAT_IDX"})
	if !res.OK || res.Period != "2025" || res.Heatmap == nil || res.Total == nil {
		t.Fatalf("%+v", res.Problem)
	}
	if len(res.Ranking) != 8 || res.Ranking[0].Rank == nil || *res.Ranking[0].Rank != 1 {
		t.Fatalf("ranking %+v", res.Ranking)
	}
	for i := 1; i < len(res.Ranking); i++ {
		a, b := res.Ranking[i-1], res.Ranking[i]
		if a.Rank != nil && b.Rank != nil && *a.Value < *b.Value {
			t.Fatalf("ranking not by value: %v before %v", *a.Value, *b.Value)
		}
	}
	var opt struct {
		Series []struct {
			Data []struct {
				Value []any `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(res.Heatmap.Option, &opt); err != nil || len(opt.Series[0].Data) < 8*8 || res.HeatmapRows != 9 { // eight departments and the municipality
		t.Fatalf("heatmap cells: %v %d, rows %d", err, len(opt.Series[0].Data), res.HeatmapRows)
	}
	// Each cell writes the difference from the municipal value, with its unit, below a top row of
	// the municipal values themselves; columns are at most the key ten.
	top := 0
	for _, d := range opt.Series[0].Data {
		if x := d.Value[0].(float64); x >= float64(len(charts.KeyHeatmapColumns)) {
			t.Fatalf("column %v", x)
		}
		if d.Value[1].(float64) == float64(res.HeatmapRows-1) {
			top++
			continue
		}
		if text := d.Value[3].(string); !strings.ContainsAny(text, "+−0") {
			t.Fatalf("cell text %q", text)
		}
	}
	if top == 0 || top > len(charts.KeyHeatmapColumns) {
		t.Fatalf("%d cells of municipal values on top", top)
	}
	// The view opens on the last whole year (2026 holds January–October only), and says which are partial.
	latest := NewCompareService(st).Compare(CompareRequest{Grain: "year"})
	if latest.Period != "2025" {
		t.Fatalf("default period %s", latest.Period)
	}
	for _, p := range latest.PeriodInfo {
		if p.Complete != (p.Period == "2024" || p.Period == "2025") {
			t.Fatalf("period %+v", p)
		}
	}
}

func TestDepartmentViewOnTheDemo(t *testing.T) {
	st, _ := startedState(t)
	res := NewDepartmentService(st).Department(DepartmentRequest{Code: "MDT", Lang: "bg"})
	// The yearly panels show the last whole year: 2026 holds January–October only.
	if !res.OK || res.Code != "MDT" || len(res.Departments) != 8 || res.Year != 2025 || res.YearPartial {
		t.Fatalf("%+v year %d", res.Problem, res.Year)
	}
	for name, c := range map[string]*charts.Chart{"services": res.Services, "trend": res.Trend, "drivers": res.Drivers, "groups": res.Groups, "channels": res.Channels} {
		if c == nil || len(c.Points) == 0 {
			t.Errorf("%s: no chart", name)
		}
	}
	if len(res.Drivers.Indicators) != 6 || strings.Join(res.Trend.Indicators, ",") != "SAT_IDX" {
		t.Errorf("charts name their indicators: drivers %v, trend %v", res.Drivers.Indicators, res.Trend.Indicators)
	}
	if res.Signals.OnTime == nil || len(res.Signals.Received) == 0 {
		t.Errorf("signals %+v", res.Signals)
	}
	// What moves the rating: the demo's overall rating follows its drivers, timeliness most.
	if k := res.KeyDrivers; k == nil || k.Hidden || k.R2 < 0.3 || len(k.Drivers) != 6 {
		t.Errorf("key drivers %+v", res.KeyDrivers)
	} else {
		top := k.Drivers[0]
		for _, d := range k.Drivers {
			if d.Percent > top.Percent {
				top = d
			}
		}
		if top.Name != "timeliness" {
			t.Errorf("the strongest driver is %s", top.Name)
		}
	}
	// What people say: the demo's comments about МДТ match themes, with quotes of the department's own.
	if v := res.Voices; v == nil || v.Comments == 0 || len(v.Themes) == 0 || len(v.Themes[0].Quotes) == 0 || v.Themes[0].N == 0 {
		t.Errorf("voices %+v", res.Voices)
	}
	// Services quarter on quarter: every row is the last whole quarter (Q4 2026 has October only),
	// the delta is value − previous, and among the solid rows significant deteriorations come
	// first, then other deteriorations, then the rest; small samples after every solid row, rows
	// with nothing to compare last.
	if res.ChangesPeriod != "2026-Q3" || len(res.Changes) == 0 {
		t.Fatalf("changes %q %d", res.ChangesPeriod, len(res.Changes))
	}
	rank := func(c dashboard.ServiceChange) int {
		r := 0
		if c.Delta == nil {
			r += 100
		}
		if c.SmallSample {
			r += 10
		}
		switch {
		case c.Worse && c.Significant != nil && *c.Significant:
			return r
		case c.Worse:
			return r + 1
		}
		return r + 2
	}
	for i, c := range res.Changes {
		if c.Period != "2026-Q3" || c.Value == nil || (c.SmallSample && c.Significant != nil) {
			t.Fatalf("row %d %+v", i, c)
		}
		if c.Previous != nil && (c.Delta == nil || math.Abs(*c.Value-*c.Previous-*c.Delta) > 1e-9) {
			t.Fatalf("row %d: delta %v ≠ %v − %v", i, c.Delta, *c.Value, *c.Previous)
		}
		if i > 0 && rank(res.Changes[i-1]) > rank(c) {
			t.Fatalf("row %d out of order", i)
		}
	}
	if d := NewDepartmentService(st).Department(DepartmentRequest{Code: "nope"}); d.Code != d.Departments[0].Code {
		t.Error("an unknown code should fall back to the first department")
	}
}

func TestWindowPrefsRoundTripAndDefaults(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.duckdb")
	if p := LoadWindowPrefs(db); p != DefaultWindow {
		t.Fatalf("first start: %+v", p)
	}
	want := WindowPrefs{Width: 1500, Height: 900, X: 40, Y: 30, Placed: true}
	if err := SaveWindowPrefs(db, want); err != nil {
		t.Fatal(err)
	}
	if got := LoadWindowPrefs(db); got != want {
		t.Fatalf("got %+v", got)
	}
	SaveWindowPrefs(db, WindowPrefs{Width: 10, Height: 10})
	if got := LoadWindowPrefs(db); got != DefaultWindow {
		t.Fatalf("a window too small to use must not come back: %+v", got)
	}
}

func TestGlobalFiltersNarrowTheValues(t *testing.T) {
	st, _ := startedState(t)
	svc := NewIndicatorService(st)
	all := svc.Values(TrendRequest{Indicator: "SAT_IDX", Grain: "year"})
	ngo := svc.Values(TrendRequest{Indicator: "SAT_IDX", Grain: "year", Filters: Filters{Group: []string{"ngo"}, From: "2025-01-01", To: "2025-12-31"}})
	if !all.OK || !ngo.OK {
		t.Fatal(all.Problem, ngo.Problem)
	}
	var nAll, nNGO int64
	for _, v := range all.Values {
		if v.IsTotal() && v.Period == "2025" {
			nAll = v.N
		}
	}
	for _, v := range ngo.Values {
		if v.Period != "2025" {
			t.Fatalf("period %s outside the date range", v.Period)
		}
		if v.IsTotal() {
			nNGO = v.N
		}
	}
	if nNGO == 0 || nNGO*5 > nAll {
		t.Fatalf("NGO answers %d of %d", nNGO, nAll)
	}
	if bad := svc.Values(TrendRequest{Indicator: "SAT_IDX", Filters: Filters{From: "вчера"}}); bad.OK || bad.Problem.Key != "errors.badDate" {
		t.Fatalf("%+v", bad)
	}
}

func TestUIStateSurvivesARestart(t *testing.T) {
	st, _ := startedState(t)
	p := NewPrefsService(st)
	if !p.Set("lang", `"en"`) || !p.Set("views", `[{"name":"МДТ","tab":"department"}]`) || p.Set("x", "not json") {
		t.Fatal("set")
	}
	again := NewPrefsService(st).All() // a new service reads the file, as a new start would
	if again["lang"] != `"en"` || !strings.Contains(again["views"], "МДТ") || again["x"] != "" {
		t.Fatalf("%v", again)
	}
}

func TestPeriodAgainstPeriod(t *testing.T) {
	st, _ := startedState(t)
	res := NewCompareService(st).Periods(PeriodsRequest{Grain: "year", A: "2025", B: "2024"})
	if !res.OK || len(res.Rows) < 20 {
		t.Fatalf("%+v", res.Problem)
	}
	for _, r := range res.Rows {
		if r.Indicator == "DIG_UPTAKE" { // the demo's e-services grow: 23% → 30%, thousands of requests
			if r.Delta == nil || *r.Delta < 5 || r.Significant == nil || !*r.Significant {
				t.Fatalf("DIG_UPTAKE %+v", r)
			}
			return
		}
	}
	t.Fatal("DIG_UPTAKE missing")
}

func TestYearOverYearSmallMultiples(t *testing.T) {
	st, _ := startedState(t)
	res := NewCompareService(st).Multiples(MultiplesRequest{Lang: "bg", Indicator: "SAT_IDX"})
	if !res.OK || res.Year != 2026 || len(res.Charts) != 8 {
		t.Fatalf("%+v %d", res.Problem, len(res.Charts))
	}
	for _, c := range res.Charts {
		if len(c.Chart.Points) != 24 { // 12 months × this year and last year
			t.Fatalf("%s: %d points", c.Department, len(c.Chart.Points))
		}
	}
}

// A cancelled computation stops and is reported as cancelled, not as a failure.
func TestQueriesCanBeCancelled(t *testing.T) {
	st, _ := startedState(t)
	ctx, done := st.query()
	if n := NewStatusService(st).CancelQueries(); n != 1 || ctx.Err() == nil {
		t.Fatalf("cancelled %d, ctx err %v", n, ctx.Err())
	}
	done()
	if n := st.cancelQueries(); n != 0 {
		t.Fatalf("%d still registered after done", n)
	}
	_, err := methodology.Compute(ctx, st.Store.DB, st.Catalog, methodology.Query{Indicators: []string{"SAT_IDX"}, Grain: methodology.Month})
	if err == nil {
		t.Fatal("a cancelled context computed anyway")
	}
	if p := queryProblem(err); p.Key != "errors.queryCancelled" {
		t.Fatalf("problem %+v for %v", p, err)
	}
}

// A view computed ahead of the user stops at the user's next request (a click is never slowed by
// it); the request itself runs, and the department view asked ahead says it was cancelled.
// waitForBackground waits until n computations ahead of the user are registered, so that the
// test's next request finds them running.
func waitForBackground(t *testing.T, st *State, n int) {
	t.Helper()
	for i := 0; ; i++ {
		st.queries.mu.Lock()
		now := len(st.queries.background)
		st.queries.mu.Unlock()
		if now == n {
			return
		}
		if i > 2000 {
			t.Fatalf("%d computations ahead registered, waited for %d", now, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestAUserRequestStopsTheBackgroundOnes(t *testing.T) {
	st, _ := startedState(t)
	ahead, doneAhead := st.backgroundQuery()
	other, doneOther := st.backgroundQuery()
	mine, doneMine := st.query()
	if ahead.Err() == nil || other.Err() == nil {
		t.Fatal("a user's request left the background computations running")
	}
	if mine.Err() != nil {
		t.Fatal("the user's request was cancelled")
	}
	doneAhead()
	doneOther()
	doneMine()
	later, doneLater := st.backgroundQuery()
	defer doneLater()
	if later.Err() != nil {
		t.Fatal("a background computation started after the user's request was stopped")
	}
	svc := NewDepartmentService(st)
	res := make(chan DepartmentResult, 1)
	go func() { res <- svc.DepartmentAhead(DepartmentRequest{Lang: "bg"}) }()
	waitForBackground(t, st, 2) // the computation ahead registered: then the user asks for something
	if r := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"}); !r.OK {
		t.Fatalf("the user's overview %+v", r.Problem)
	}
	if r := <-res; r.OK || !r.Preempted || r.Problem == nil || r.Problem.Key != "errors.queryCancelled" {
		t.Fatalf("the department view asked ahead: ok %v, preempted %v, problem %+v", r.OK, r.Preempted, r.Problem)
	}
	if r := svc.Department(DepartmentRequest{Lang: "bg"}); !r.OK {
		t.Fatalf("the department view asked by the user %+v", r.Problem)
	}
	// While the user waits for something, nothing starts in the background.
	_, doneBusy := st.query()
	if r := svc.DepartmentAhead(DepartmentRequest{Lang: "en"}); r.OK || !r.Preempted {
		t.Fatalf("computed ahead while the user waited: ok %v, preempted %v", r.OK, r.Preempted)
	}
	doneBusy()
	// The Cancel button stops a computation ahead as cancelled, not preempted: the window does not
	// ask again for what the user cancelled.
	go func() { res <- svc.DepartmentAhead(DepartmentRequest{Lang: "en", Code: "none-yet"}) }()
	waitForBackground(t, st, 1) // the earlier ones were stopped by the requests above
	NewStatusService(st).CancelQueries()
	if r := <-res; r.OK || r.Preempted {
		t.Fatalf("cancelled by the user: ok %v, preempted %v", r.OK, r.Preempted)
	}
}

func TestTheWindowFitsTheScreen(t *testing.T) {
	cases := []struct {
		name   string
		p      WindowPrefs
		sw, sh int
		want   Placement
	}{
		{"first start on the municipal laptop", DefaultWindow, 1366, 768, Placement{Width: 1280, Height: 708, Center: true, Maximise: true}},
		{"first start on a large screen", DefaultWindow, 1920, 1080, Placement{Width: 1280, Height: 820, Center: true}},
		{"a remembered place on screen", WindowPrefs{Width: 1200, Height: 800, X: 100, Y: 50, Placed: true}, 1920, 1080,
			Placement{Width: 1200, Height: 800, X: 100, Y: 50, Move: true}},
		{"a place on a screen no longer there", WindowPrefs{Width: 1200, Height: 800, X: 2500, Y: 50, Placed: true}, 1920, 1080,
			Placement{Width: 1200, Height: 800, Center: true}},
		{"larger than the screen", WindowPrefs{Width: 2400, Height: 1400, X: 0, Y: 0, Placed: true}, 1920, 1080,
			Placement{Width: 1880, Height: 1020, Move: true, Maximise: true}},
	}
	for _, c := range cases {
		if got := Place(c.p, c.sw, c.sh); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}
