package suggest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// draftImport suggests a profile for a file and imports the file through the unedited draft into a
// fresh store: at least 95 % of the rows must be accepted.
func draftImport(t *testing.T, label, path string, so Options) (*Draft, *store.Store) {
	t.Helper()
	if so.Now.IsZero() {
		so.Now = testNow
	}
	d, err := ForFile(path, read.Options{}, so)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	if d.Profile.Kind() == nil {
		t.Fatalf("%s: the draft does not parse:\n%s", label, d.Text)
	}
	if os.Getenv("OTZVUK_PRINT_DRAFTS") != "" {
		t.Logf("%s draft:\n%s", label, d.Text)
	}
	s := openStore(t)
	sum, err := ingest.Import(context.Background(), s, d.Profile, path, ingest.Options{Now: testNow})
	if err != nil {
		t.Fatalf("%s: the draft does not import: %v\n%s", label, err, d.Text)
	}
	rate := float64(sum.Accepted) / float64(sum.Read)
	t.Logf("%s: %s, accepted %d of %d rows (%.1f %%), ??? fields: %d %q", label, d.Profile.RecordKind, sum.Accepted, sum.Read, 100*rate, len(d.Unsure), d.Unsure)
	if rate < 0.95 {
		t.Errorf("%s: the draft accepts %.1f %% of the rows, want ≥ 95 %%\n%s", label, 100*rate, d.Text)
	}
	return d, s
}

func exampleImport(t *testing.T, profile, path string) *store.Store {
	t.Helper()
	s := openStore(t)
	if _, err := ingest.Import(context.Background(), s, mustProfile(t, profile), path, ingest.Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	return s
}

// yearly computes indicators per year for the municipality as a whole: "ID period" → value.
func yearly(t *testing.T, s *store.Store, ids ...string) map[string]float64 {
	t.Helper()
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	vals, err := methodology.Compute(context.Background(), s.DB, cat, methodology.Query{Indicators: ids, Grain: methodology.Year, Today: testNow})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, v := range vals {
		if v.IsTotal() && v.Value != nil {
			out[v.Indicator+" "+v.Period] = *v.Value
		}
	}
	return out
}

func sameIndicators(t *testing.T, label string, got, want map[string]float64) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("%s: the example profile gives no indicator values", label)
	}
	for k, w := range want {
		g, ok := got[k]
		if !ok || g-w > 1e-9 || w-g > 1e-9 {
			t.Errorf("%s: %s = %v (present %v), the example profile gives %v", label, k, g, ok, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s is computed from the draft but not from the example", label, k)
		}
	}
}

var svcIndicators = []string{"SVC_COUNT", "SVC_ONTIME", "SVC_CANCELLED", "SVC_TTR"}

func TestSuggestStLouisRegistersFromTheirValues(t *testing.T) {
	for _, name := range []string{"stl_csb_2008.csv", "stl_csb_2009.csv"} {
		path := sharedFile(t, name)
		d, s := draftImport(t, name, path, Options{})
		p := d.Profile
		if p.RecordKind != "service_requests" || p.NewDepartments != "create" {
			t.Errorf("%s: kind %s, new_departments %s", name, p.RecordKind, p.NewDepartments)
		}
		if fm := p.Fields["department_code"]; fm == nil || fm.Column != "SUBMITTO" || fm.Pattern == "" || fm.Trim == "" {
			t.Errorf("%s: department %+v, want SUBMITTO with a pattern and trim", name, fm)
		}
		if fm := p.Fields["respondent_group"]; fm != nil {
			t.Errorf("%s: GROUP (the problem group) mapped to respondent_group: %+v", name, fm)
		}
		for field, col := range map[string]string{"id": "REQUESTID", "submitted_at": "DATETIMEINIT", "completed_at": "DATETIMECLOSED",
			"cancelled_at": "DATECANCELLED", "due_date": "PRJCOMPLETEDATE", "status": "STATUS", "channel": "CALLERTYPE"} {
			if field == "channel" && name == "stl_csb_2008.csv" {
				continue // its only caller type is NSO, no known channel: left out, marked ???
			}
			if fm := p.Fields[field]; fm == nil || fm.Column != col {
				t.Errorf("%s: %s from %+v, want %s", name, field, fm, col)
			}
		}
		if n := count(t, s, "SELECT count(*) FROM departments WHERE code LIKE '%,%'"); n != 0 {
			t.Errorf("%s: %d departments kept their comma", name, n)
		}
		want := yearly(t, exampleImport(t, "../../../profiles/examples/stl_csb_service_requests.yaml", path), svcIndicators...)
		sameIndicators(t, name, yearly(t, s, svcIndicators...), want)
	}
}

func TestSuggestKansasCityWideSurvey(t *testing.T) {
	path := sharedFile(t, "kc_resident_survey_mar2022.csv")
	d, s := draftImport(t, "kc_resident_survey_mar2022.csv", path, Options{})
	p := d.Profile
	if p.RecordKind != "survey_responses" || p.Items == nil {
		t.Fatalf("kind %s, items %+v", p.RecordKind, p.Items)
	}
	for _, f := range []string{"id", "survey_id", "response_date", "department_code", "channel"} {
		if fm := p.Fields[f]; fm == nil || strings.Contains(fm.Column+fm.Const, "???") {
			t.Errorf("%s: %+v", f, fm)
		}
	}
	items := map[string]bool{}
	for _, c := range p.Items.Columns {
		items[c] = true
	}
	// Yes/no, counts and demographics are not items; every q1–q3 rating of the example is.
	for _, c := range []string{"q31_01", "q24_w", "q33_d", "q37_race", "q36_a", "q4_02", "counci", "zip"} {
		if items[c] {
			t.Errorf("%s is proposed as a rating item", c)
		}
	}
	header, rows := readAll(t, path)
	for _, h := range header {
		if (strings.HasPrefix(h, "q1_") || strings.HasPrefix(h, "q2_") || strings.HasPrefix(h, "q3_")) && !items[h] {
			t.Errorf("%s (a rating 1–5 of the example profile) is not an item", h)
		}
	}
	if len(p.Items.Columns) >= 118 || len(p.Items.Columns) < 40 {
		t.Errorf("%d items", len(p.Items.Columns))
	}
	if !inList(p.Items.Missing, "9") || !inList(p.Items.Missing, "99") {
		t.Errorf("don't-know codes %v", p.Items.Missing)
	}
	overall := ""
	for c, n := range p.Items.Names {
		if n == "overall" {
			overall = c
		}
	}
	if overall == "" {
		t.Error("no item is proposed as overall")
	}
	t.Logf("overall proposed: %s (the example names q1_01)", overall)
	// The same responses, and the same ratings on every item the example maps.
	ex := exampleImport(t, "../../../profiles/examples/kc_resident_survey.yaml", path)
	if g, w := count(t, s, "SELECT count(*) FROM survey_responses"), len(rows); g != w {
		t.Errorf("%d responses, want %d", g, w)
	}
	var q13 []string
	for _, h := range header {
		if strings.HasPrefix(h, "q1_") || strings.HasPrefix(h, "q2_") || strings.HasPrefix(h, "q3_") {
			q13 = append(q13, h)
		}
	}
	ratings := func(s *store.Store, p *ingest.Profile) (n, sum int) {
		var names []string
		for _, c := range q13 {
			names = append(names, "'"+itemName(p.Items, c)+"'")
		}
		s.DB.QueryRow("SELECT count(*), sum(rating)::BIGINT FROM survey_ratings WHERE item IN ("+strings.Join(names, ",")+")").Scan(&n, &sum)
		return n, sum
	}
	gn, gs := ratings(s, p)
	wn, ws := ratings(ex, mustProfile(t, "../../../profiles/examples/kc_resident_survey.yaml"))
	if gn != wn || gs != ws || wn == 0 {
		t.Errorf("q1–q3 ratings: %d (sum %d), the example stores %d (sum %d)", gn, gs, wn, ws)
	}
	if n := count(t, s, "SELECT count(*) FROM survey_ratings WHERE rating NOT BETWEEN 1 AND 5"); n != 0 {
		t.Errorf("%d don't-know answers stored as scores", n)
	}
	// The overall item: the first question (no header names it), as the example profile has it.
	if overall != "q1_01" {
		t.Errorf("overall proposed %s, the example names q1_01", overall)
	}
	sameIndicators(t, "kc", yearly(t, s, "SAT_IDX"), yearly(t, ex, "SAT_IDX"))
}

// bgDate rewrites an ISO timestamp ("2009-01-02 08:26:34.0") as a Bulgarian one ("02.01.2009 08:26:34").
func bgDate(v string) string {
	if len(v) < 10 {
		return v
	}
	out := v[8:10] + "." + v[5:7] + "." + v[0:4]
	if len(v) >= 19 && v[11:19] != "00:00:00" {
		out += " " + v[11:19]
	}
	return out
}

// stlInBulgarian writes the St. Louis 2009 register the way a Bulgarian records system exports it:
// Windows-1251, ";", dd.mm.yyyy dates, Bulgarian headers and statuses.
func stlInBulgarian(t *testing.T) string {
	header, rows := readAll(t, sharedFile(t, "stl_csb_2009.csv"))
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	status := map[string]string{"CLOSED": "приключена", "CANCEL": "анулирана"}
	channel := map[string]string{"WEB": "портал", "PHONE": "телефон", "EMAIL": "имейл", "MYR LTR": "писмо"}
	var b strings.Builder
	b.WriteString("Вх. №;Дата на подаване;Срок;Дата на приключване;Дата на отказ;Статус;Канал;Отдел;Вид;Описание\r\n")
	for _, r := range rows {
		ch := r[col["CALLERTYPE"]]
		if c, ok := channel[ch]; ok {
			ch = c
		}
		cells := []string{r[col["REQUESTID"]], bgDate(r[col["DATETIMEINIT"]]), bgDate(r[col["PRJCOMPLETEDATE"]]), bgDate(r[col["DATETIMECLOSED"]]),
			bgDate(r[col["DATECANCELLED"]]), status[strings.ToUpper(r[col["STATUS"]])], ch, r[col["SUBMITTO"]], r[col["PROBLEMCODE"]],
			strings.NewReplacer(";", ",", "\n", " ", "\r", " ", "\"", "'").Replace(r[col["DESCRIPTION"]])}
		b.WriteString(strings.Join(cells, ";") + "\r\n")
	}
	enc, err := charmap.Windows1251.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "регистър_заявления_2009.csv")
	if err := os.WriteFile(path, []byte(enc), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSuggestBulgarianRegisterInWindows1251(t *testing.T) {
	path := stlInBulgarian(t)
	d, s := draftImport(t, "St. Louis 2009 as a Bulgarian cp1251 register", path, Options{})
	p := d.Profile
	if p.SourceYAML.Encoding != "windows-1251" || p.SourceYAML.Delimiter != ";" {
		t.Errorf("source %+v", p.SourceYAML)
	}
	for field, col := range map[string]string{"id": "Вх. №", "submitted_at": "Дата на подаване", "due_date": "Срок", "completed_at": "Дата на приключване",
		"cancelled_at": "Дата на отказ", "status": "Статус", "channel": "Канал", "department_code": "Отдел"} {
		if fm := p.Fields[field]; fm == nil || fm.Column != col {
			t.Errorf("%s from %+v, want %s\n%s", field, fm, col, d.Text)
		}
	}
	want := yearly(t, exampleImport(t, "../../../profiles/examples/stl_csb_service_requests.yaml", sharedFile(t, "stl_csb_2009.csv")), svcIndicators...)
	sameIndicators(t, "bg register", yearly(t, s, svcIndicators...), want)
}

// kcAsXLSX writes the Kansas City survey as a Bulgarian workbook: a title row, a blank row, then the
// header with the respondent number (№ анкета), the survey (Анкета), the date, the district, the
// channel in Bulgarian, the overall item by its header and the other items, yes/no and demographics.
func kcAsXLSX(t *testing.T) string {
	header, rows := readAll(t, sharedFile(t, "kc_resident_survey_mar2022.csv"))
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	f := excelize.NewFile()
	sh := f.GetSheetName(0)
	f.SetSheetName(sh, "Анкета")
	sh = "Анкета"
	f.SetCellValue(sh, "A1", "Анкета за удовлетвореността на гражданите — I тримесечие 2022 г.")
	out := []string{"№ анкета", "Анкета", "Дата на попълване", "Район", "Начин на попълване", "Обща оценка"}
	var keep []string
	for _, h := range header {
		if h != "q1_01" && (strings.HasPrefix(h, "q1_") || strings.HasPrefix(h, "q2_") || strings.HasPrefix(h, "q3_") || h == "q31_01" || h == "q24_w" || h == "q37_race" || h == "q36_a") {
			keep = append(keep, h)
		}
	}
	out = append(out, keep...)
	channel := map[string]string{"Web": "онлайн", "Mail": "поща", "Phone": "телефон"}
	write := func(r int, vals []any) {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := f.SetSheetRow(sh, cell, &vals); err != nil {
			t.Fatal(err)
		}
	}
	hv := make([]any, len(out))
	for i, h := range out {
		hv[i] = h
	}
	write(3, hv)
	date := time.Date(2022, 3, 31, 0, 0, 0, 0, time.UTC)
	for i, r := range rows {
		vals := []any{r[col["id"]], "ANKETA-2022-Q1", date, r[col["counci"]], channel[r[col["method"]]], r[col["q1_01"]]}
		for _, h := range keep {
			vals = append(vals, r[col[h]])
		}
		write(4+i, vals)
	}
	path := filepath.Join(t.TempDir(), "анкета_2022_q1.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSuggestSurveyWorkbookWithATitleRow(t *testing.T) {
	path := kcAsXLSX(t)
	d, s := draftImport(t, "Kansas City survey as an XLSX with a title row", path, Options{})
	p := d.Profile
	if p.RecordKind != "survey_responses" || p.SourceYAML.HeaderRow != 3 {
		t.Fatalf("kind %s, header row %d\n%s", p.RecordKind, p.SourceYAML.HeaderRow, d.Text)
	}
	for field, col := range map[string]string{"id": "№ анкета", "survey_id": "Анкета", "response_date": "Дата на попълване", "department_code": "Район", "channel": "Начин на попълване"} {
		if fm := p.Fields[field]; fm == nil || fm.Column != col {
			t.Errorf("%s from %+v, want %s\n%s", field, fm, col, d.Text)
		}
	}
	if p.Items == nil || p.Items.Names["Обща оценка"] != "overall" {
		t.Fatalf("overall item: %+v\n%s", p.Items, d.Text)
	}
	ex := exampleImport(t, "../../../profiles/examples/kc_resident_survey.yaml", sharedFile(t, "kc_resident_survey_mar2022.csv"))
	sameIndicators(t, "xlsx survey", yearly(t, s, "SAT_IDX"), yearly(t, ex, "SAT_IDX"))
	if g, w := count(t, s, "SELECT count(*) FROM survey_ratings"), count(t, ex, "SELECT count(*) FROM survey_ratings"); g != w {
		t.Errorf("%d ratings, the example stores %d", g, w)
	}
}

// Without the shared exports: a small register whose departments are written by name, suggested
// with the database's departments known.
func TestSuggestKnowsTheDatabaseDepartments(t *testing.T) {
	var b strings.Builder
	b.WriteString("Рег. №;Дата на подаване;Срок;Дата на изпълнение;Статус;Начин на подаване;Дирекция;Заявител\n")
	names := []string{"ГРАО", "Местни данъци и такси"}
	chans := []string{"гише", "ССЕВ", "портал", "поща"}
	for i := 0; i < 120; i++ {
		day := 1 + i%27
		fmt.Fprintf(&b, "З-%d;%02d.03.2026;%02d.04.2026;%02d.03.2026;изпълнена;%s;%s;%s\n", i+1, day, day, day+1, chans[i%4], names[i%2], []string{"граждани", "фирма"}[i%2])
	}
	path := filepath.Join(t.TempDir(), "заявления.csv")
	enc, _ := charmap.Windows1251.NewEncoder().String(b.String())
	if err := os.WriteFile(path, []byte(enc), 0o644); err != nil {
		t.Fatal(err)
	}
	known, err := StoreDepartments(context.Background(), openStore(t))
	if err != nil || len(known) != 2 {
		t.Fatalf("departments %v %v", known, err)
	}
	d, s := draftImport(t, "register with department names, database known", path, Options{HaveDB: true, Departments: known})
	p := d.Profile
	if p.NewDepartments != "reject" || p.Fields["department_code"].Map["местни данъци и такси"] != "MDT" {
		t.Errorf("new_departments %s, department %+v\n%s", p.NewDepartments, p.Fields["department_code"], d.Text)
	}
	if n := count(t, s, "SELECT count(*) FROM service_requests WHERE department_code = 'MDT' AND respondent_group = 'business' AND channel = 'post'"); n != 30 {
		t.Errorf("%d MDT requests by post from businesses, want 30\n%s", n, d.Text)
	}
	if len(d.Unsure) != 0 {
		t.Errorf("unsure: %q", d.Unsure)
	}
	// Without the database the same file's departments are not codes it knows: create, said so.
	d2, err := ForFile(path, read.Options{}, Options{Now: testNow})
	if err != nil || d2.Profile.NewDepartments != "create" || !strings.Contains(d2.Text, "no database was given") {
		t.Errorf("without a database: %v\n%s", err, d2.Text)
	}
}

// The window's import wizard drafts a profile for a small card export (app_test.go does the same).
func TestSuggestSmallFeedbackCards(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cards.csv")
	os.WriteFile(path, []byte("№,Дата,Отдел,Оценка\nK1,05.03.2026,GRAO,4\nK2,06.03.2026,GRAO,9\nK3,07.03.2026,GRAO,5\n"), 0o644)
	d, s := draftImport(t, "three feedback cards", path, Options{})
	if d.Profile.RecordKind != "feedback_cards" || !strings.Contains(d.Text, "record_kind: feedback_cards") {
		t.Fatalf("%s", d.Text)
	}
	if d.Profile.NewDepartments != "reject" {
		t.Errorf("GRAO is a municipal code: new_departments %s", d.Profile.NewDepartments)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards WHERE rating IS NULL"); n != 1 {
		t.Errorf("%d cards without a rating, want the one with 9 (don't know)\n%s", n, d.Text)
	}
}

// The record kind comes from the headers and values: the project's signals register is signals.
func TestSuggestChoosesSignals(t *testing.T) {
	known, _ := StoreDepartments(context.Background(), openStore(t))
	d, s := draftImport(t, "signals register (testdata)", "../testdata/signals_1251.csv", Options{HaveDB: true, Departments: known})
	p := d.Profile
	if p.RecordKind != "signals" {
		t.Fatalf("kind %s\n%s", p.RecordKind, d.Text)
	}
	for field, col := range map[string]string{"id": "Вх. №", "received_date": "Дата на постъпване", "kind": "Вид", "channel": "Канал", "department_code": "Дирекция",
		"anonymous": "Анонимен", "decided_date": "Дата на решение", "notified_date": "Дата на уведомяване", "outcome": "Резултат", "action": "Предприети действия"} {
		if fm := p.Fields[field]; fm == nil || fm.Column != col {
			t.Errorf("%s from %+v, want %s\n%s", field, fm, col, d.Text)
		}
	}
	if n := count(t, s, "SELECT count(*) FROM signals WHERE department_code = 'GRAO'"); n != 2 {
		t.Errorf("%d signals of GRAO (ГРАО is its name), want 2\n%s", n, d.Text)
	}
	if p.NewDepartments != "reject" || count(t, s, "SELECT count(*) FROM signals WHERE department_code = 'MDT'") != 2 {
		t.Errorf("МДТ and Местни данъци и такси are MDT: new_departments %s\n%s", p.NewDepartments, d.Text)
	}
}

// Odd files give a draft (marked ???), never a panic.
func TestSuggestOddFiles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"header_only.csv": "Вх. №;Дата на постъпване;Вид\n",
		"one_column.csv":  "x\n1\n2\n",
		"cards.json":      `[{"id": "a", "created": "2026-03-05", "stars": 4, "type": "похвала"}, {"id": "b", "created": "2026-03-06", "stars": 2}]`,
		"no_dates.csv":    "Име,Коментар\nа,б\nв,г\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(body), 0o644)
		d, err := ForFile(path, read.Options{}, Options{Now: testNow})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(d.Text, "record_kind:") {
			t.Errorf("%s: %s", name, d.Text)
		}
		t.Logf("%s: %s, %d ??? fields, profile loads: %v", name, d.Profile.RecordKind, len(d.Unsure), d.Profile.Kind() != nil)
	}
}

// A completion date before the submission in most rows (another date under the header) is left
// out, marked ???, rather than made to reject those rows.
func TestSuggestLeavesOutDatesInTheWrongOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("Рег. №;Дата на подаване;Дата на изпълнение;Отдел\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&b, "R-%d;%02d.03.2026;%02d.02.2026;GRAO\n", i, 1+i%28, 1+i%28)
	}
	path := filepath.Join(t.TempDir(), "r.csv")
	os.WriteFile(path, []byte(b.String()), 0o644)
	d, _ := draftImport(t, "completion before submission", path, Options{})
	if d.Profile.Fields["completed_at"] != nil || len(d.Unsure) != 1 || !strings.Contains(d.Unsure[0], "comes before submitted_at") {
		t.Errorf("unsure %q\n%s", d.Unsure, d.Text)
	}
}
