package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

func open(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "report.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func fixture(t *testing.T, s *store.Store, name string) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("..", "methodology", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.Exec(string(body)); err != nil {
		t.Fatal(err)
	}
}

func catalog(t *testing.T) *methodology.Catalog {
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

var fixedNow = time.Date(2026, 2, 20, 10, 30, 0, 0, time.UTC)

// The signals register of testdata/signals.sql for 2025, by hand:
// A: complaints g1, g2; signals g3, g7. B: praise g4; proposals g5, g6; complaint g8.
// Decided g1 18 days, g2 74 (late), g5 21, g6 24, g8 2 → on time 4 of 5 = 80 %, median 21 days.
// Complaints decided: g1 upheld, g2 rejected, g8 partly upheld → 2 of 3 upheld.
// On 31 December only g3 (due 11 March) is open past its deadline.
func TestSignalsSectionByHand(t *testing.T) {
	s := open(t)
	fixture(t, s, "signals.sql")
	ctx := context.Background()
	if err := SaveAction(ctx, s.DB, 2025, "A", "  <script>alert(1)</script>\nНов срок за отговор: 14 дни. "); err != nil {
		t.Fatal(err)
	}
	if err := SaveAction(ctx, s.DB, 2025, "nope", "x"); err == nil {
		t.Fatal("an unknown department was accepted")
	}
	steps := 0
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2025, Municipality: "Община Перущица", Version: "test", Now: fixedNow,
		Progress: func(done, total int, step string) { steps++ }})
	if err != nil {
		t.Fatal(err)
	}
	if steps < 5 {
		t.Fatalf("progress reported %d times", steps)
	}
	f := func(v *float64) float64 {
		if v == nil {
			return -1
		}
		return *v
	}
	want := map[string][9]float64{ // signals, proposals, complaints, praise, on time, median days, upheld, overdue
		"Отдел А":          {2, 0, 2, 0, 50, 46, 50, 1},
		"Отдел Б":          {0, 2, 1, 1, 100, 21, 100, 0},
		"Общо за общината": {2, 2, 3, 1, 80, 21, 66.6667, 1},
	}
	if len(r.Signals) != 3 || r.Signals[2].Department != "Общо за общината" {
		t.Fatalf("signals rows %+v", r.Signals)
	}
	for _, row := range r.Signals {
		w := want[row.Department]
		got := [9]float64{f(row.Signals), f(row.Proposals), f(row.Complaints), f(row.Praise), f(row.OnTime), f(row.MedianDays), f(row.Upheld), f(row.OpenOverdue)}
		for i := range got {
			if d := got[i] - w[i]; d > 0.001 || d < -0.001 {
				t.Errorf("%s column %d: %v, want %v", row.Department, i, got[i], w[i])
			}
		}
	}
	if r.Departments[0].Action != "<script>alert(1)</script>\nНов срок за отговор: 14 дни." {
		t.Fatalf("action %q", r.Departments[0].Action)
	}

	var page bytes.Buffer
	if err := WriteHTML(&page, r, true); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	text := textOf(doc)
	if strings.Contains(page.String(), "<script>alert(1)") || !strings.Contains(text, "<script>alert(1)</script>") {
		t.Fatal("the action text is not escaped, or lost")
	}
	// the total row of the signals table, as printed
	if !regexp.MustCompile(`Общо за общината\s*2\s*2\s*3\s*1\s*80,0\s*`).MatchString(text) {
		t.Errorf("the signals total row is not in the page:\n%s", text[:min(len(text), 3000)])
	}
	for _, h := range []string{"Съдържание", "Методи за обратна връзка", "Показатели за общината", "Предприети действия", "Източници на данните"} {
		if !strings.Contains(text, h) {
			t.Errorf("no %q", h)
		}
	}

	var annex bytes.Buffer
	if err := WriteAnnex(&annex, r); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&annex)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if got := x.GetSheetList(); strings.Join(got, ",") != "Описание,Показатели,Отдели,Сигнали,Методи,Действия,Източници" {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := x.GetRows("Сигнали", excelize.Options{RawCellValue: true})
	last := rows[len(rows)-1]
	if strings.Join(last[:6], "|") != "Общо за общината|2|2|3|1|80" {
		t.Errorf("annex total row %q", last)
	}
	acts, _ := x.GetRows("Действия")
	if acts[2][1] != "<script>alert(1)</script>\nНов срок за отговор: 14 дни." {
		t.Errorf("annex action %q", acts[2])
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// On the demo municipality every municipal indicator of the report equals what the query API
// computes over the whole history (so restricting the report to its year loses no comparison).
func TestReportMatchesTheAPIOnTheDemo(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	cat := catalog(t)
	start := time.Now()
	r, err := Build(ctx, s.DB, cat, Options{Year: 2025, Municipality: "Община Перущица", Version: "test", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("built in %v", time.Since(start))
	var ids []string
	for _, row := range r.Indicators {
		ids = append(ids, row.ID)
	}
	all, err := methodology.Compute(ctx, s.DB, cat, methodology.Query{Indicators: ids, Grain: methodology.Year,
		Today: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	api := map[string]methodology.Value{}
	for _, v := range all {
		if v.Period == "2025" && v.IsTotal() {
			api[v.Indicator] = v
		}
	}
	same := func(a, b *float64) bool {
		return (a == nil && b == nil) || (a != nil && b != nil && (*a-*b < 1e-9 && *b-*a < 1e-9))
	}
	if len(r.Indicators) < 30 {
		t.Fatalf("%d indicators", len(r.Indicators))
	}
	for _, row := range r.Indicators {
		v, ok := api[row.ID]
		if !ok {
			t.Errorf("%s: not in the API", row.ID)
			continue
		}
		if !same(row.Value, v.Value) || row.N != v.N || !same(row.Previous, v.YearAgo) || !same(row.Delta, v.YearAgoDelta) {
			t.Errorf("%s: report %v n=%d prev %v, API %v n=%d prev %v", row.ID, row.Value, row.N, row.Previous, v.Value, v.N, v.YearAgo)
		}
	}
	for _, d := range r.Departments {
		for _, row := range d.Rows {
			if row.Small && row.Significant != nil {
				t.Errorf("%s %s: a small sample is called (in)significant", d.Name, row.ID)
			}
		}
	}
	if len(r.Departments) != 8 || !r.Demo || len(r.Methods) != 10 {
		t.Fatalf("departments %d demo %v methods %d", len(r.Departments), r.Demo, len(r.Methods))
	}
	if _, err := Build(ctx, s.DB, cat, Options{Year: 1999}); err == nil {
		t.Fatal("a year out of range was accepted")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Build(cancelled, s.DB, cat, Options{Year: 2025}); err == nil {
		t.Fatal("a cancelled build finished")
	}
}

// A user indicator that fails at run time is named in the report; the report is still written.
func TestReportNamesASkippedIndicator(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(`
- id: CARD_LOG
  name: {bg: "Логаритъм", en: "Logarithm"}
  method: feedback_card
  group: direct
  source: v_feedback_cards
  unit: score
  direction: none
  min_n: 1
  measure: {kind: mean, value: "ln(rating - rating)"}
`), 0o644)
	cat, problems := methodology.LoadCatalog(dir)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	r, err := Build(ctx, s.DB, cat, Options{Year: 2025})
	if err != nil {
		t.Fatalf("the report failed: %v", err)
	}
	if len(r.Skipped) != 1 || r.Skipped[0].ID != "CARD_LOG" || len(r.Indicators) < 30 {
		t.Fatalf("skipped %+v, %d indicators", r.Skipped, len(r.Indicators))
	}
	var b strings.Builder
	if err := WriteHTML(&b, r, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "CARD_LOG (x.yaml)") {
		t.Fatal("the report does not name the skipped indicator")
	}
}

// The summary reads as sentences with units: the index and its change, the three significant
// changes with the strongest evidence (п.п. for shares), and the mandatory methods without data.
func TestReportNarrative(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2025})
	if err != nil {
		t.Fatal(err)
	}
	n := r.Narrative()
	// the index, the municipality's significant changes, the departments' best-supported three, the missing methods
	if len(n) != 4 || !strings.Contains(n[0], "индексът на удовлетвореност на общината е") || !strings.Contains(n[1], "За общината като цяло") ||
		!strings.Contains(n[2], "Най-сигурните значими промени") || !strings.Contains(n[3], "Задължителни методи без данни") {
		t.Fatalf("%q", n)
	}
	if strings.Count(n[2], "→") != 3 || !(strings.Contains(n[2], "п.п.") || strings.Contains(n[2], "т.")) {
		t.Fatalf("changes without units: %q", n[2])
	}
	// the demo's +0,4 is not significant: said as such, never "higher … within chance"
	if !strings.Contains(n[0], "без значима промяна спрямо 2024\u00a0г. (+0,4\u00a0т.)") || strings.Contains(n[0], "по-висок") {
		t.Errorf("the index's change: %q", n[0])
	}
	// Услуги в срок −3,0 п.п. is the municipality's headline, with its unit and its direction
	if !strings.Contains(n[1], "Услуги в срок 88,2\u00a0%\u00a0→ 85,2\u00a0% (−3,0\u00a0п.п., по-лошо)") {
		t.Errorf("the municipal changes: %q", n[1])
	}
	if r.Indicators[0].ID != "SAT_IDX" {
		t.Fatalf("the first indicator is %s", r.Indicators[0].ID)
	}
}

// A report for a year the data do not cover wholly says so on its cover.
func TestReportOfAPartialYearSaysSo(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if err := demo.Write(ctx, s, demo.Generate(demo.DefaultSeed), nil); err != nil {
		t.Fatal(err)
	}
	r, err := Build(ctx, s.DB, catalog(t), Options{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Partial || r.Coverage != "10/12" {
		t.Fatalf("partial %v, coverage %q", r.Partial, r.Coverage)
	}
	var b strings.Builder
	if err := WriteHTML(&b, r, false); err != nil || !strings.Contains(b.String(), "Непълна година: данните покриват 10 от 12 месеца") {
		t.Fatalf("%v: the cover does not say the year is partial", err)
	}
	if r, _ = Build(ctx, s.DB, catalog(t), Options{Year: 2025}); r.Partial {
		t.Fatal("2025 is whole")
	}
}
