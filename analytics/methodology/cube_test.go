package methodology

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

// cubeFixture: a few thousand generated records of every kind with the awkward cases — missing
// services, channels and groups, open, cancelled and refused requests, undecided signals, ratings
// on two scales — over 2023–2025, so every catalogue indicator has values to compare.
func cubeFixture(t *testing.T, n int) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "cube.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	stmts := []string{
		`INSERT INTO departments (code, name) SELECT 'D' || i, 'Отдел ' || i FROM range(4) t(i)`,
		`INSERT INTO services (code, name, department_code) SELECT 'S' || i, 'Услуга ' || i, 'D' || (i % 4) FROM range(6) t(i)`,
		fmt.Sprintf(`INSERT INTO survey_responses (id, survey_id, response_date, department_code, service_code, channel, respondent_group, recommend_score, waiting_minutes, import_id)
		 SELECT 'r' || i, 's', DATE '2023-01-01' + (hash(i) %% 1000)::INTEGER, 'D' || (hash(i * 7) %% 4),
		   CASE WHEN i %% 5 = 0 THEN NULL ELSE 'S' || (hash(i * 13) %% 6) END,
		   ['counter','portal','phone', NULL][(1 + hash(i * 3) %% 4)::BIGINT], ['citizen','business','ngo', NULL][(1 + hash(i * 5) %% 4)::BIGINT],
		   CASE WHEN i %% 7 = 0 THEN NULL ELSE (hash(i * 11) %% 11)::INTEGER END, (hash(i * 23) %% 40)::INTEGER, 1 FROM range(%d) t(i)`, n),
		fmt.Sprintf(`INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id)
		 SELECT 'r' || (i // 7), ['overall','courtesy','timeliness','outcome','accessibility','competence','fairness'][1 + i %% 7],
		   CASE WHEN (i // 7) %% 3 = 0 THEN 1 + hash(i * 17) %% 10 ELSE 1 + hash(i * 17) %% 5 END,
		   1, CASE WHEN (i // 7) %% 3 = 0 THEN 10 ELSE 5 END, 1 FROM range(%d) t(i) WHERE hash(i * 29) %% 6 <> 0`, 7*n),
		fmt.Sprintf(`INSERT INTO service_requests (id, department_code, service_code, channel, submitted_at, due_date, completed_at, cancelled_at, status, waiting_minutes, import_id)
		 SELECT 'q' || i, 'D' || (hash(i * 7) %% 4), CASE WHEN i %% 9 = 0 THEN NULL ELSE 'S' || (hash(i * 13) %% 6) END,
		   ['counter','portal','ssev','email'][(1 + hash(i * 3) %% 4)::BIGINT],
		   TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1000) DAY,
		   DATE '2023-01-08' + (hash(i) %% 1000)::INTEGER,
		   CASE WHEN i %% 11 IN (0, 1) THEN NULL ELSE TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1000 + hash(i * 13) %% 15) DAY END,
		   CASE WHEN i %% 11 = 1 THEN TIMESTAMP '2023-01-02 08:00' + INTERVAL (hash(i) %% 1000) DAY END,
		   CASE WHEN i %% 11 = 0 THEN 'open' WHEN i %% 11 = 1 THEN 'cancelled' WHEN i %% 13 = 0 THEN 'refused' ELSE 'completed' END,
		   CASE WHEN i %% 4 = 0 THEN NULL ELSE (hash(i * 19) %% 45)::DOUBLE END, 1 FROM range(%d) t(i)`, 2*n),
		fmt.Sprintf(`INSERT INTO signals (id, received_date, kind, department_code, service_code, channel, deadline_days, decided_date, notified_date, outcome, implemented, import_id)
		 SELECT 'g' || i, DATE '2023-01-01' + (hash(i) %% 1000)::INTEGER, ['signal','complaint','proposal','praise'][(1 + hash(i * 3) %% 4)::BIGINT],
		   'D' || (hash(i * 7) %% 4), CASE WHEN i %% 3 = 0 THEN NULL ELSE 'S' || (hash(i * 13) %% 6) END, ['email','counter','media'][(1 + hash(i * 31) %% 3)::BIGINT], 30,
		   CASE WHEN i %% 6 = 0 THEN NULL ELSE DATE '2023-01-01' + (hash(i) %% 1000 + hash(i * 5) %% 60)::INTEGER END,
		   CASE WHEN i %% 6 IN (0, 1) THEN NULL ELSE DATE '2023-01-01' + (hash(i) %% 1000 + hash(i * 5) %% 60 + hash(i * 37) %% 12)::INTEGER END,
		   ['upheld','partly_upheld','rejected','not_processed'][(1 + hash(i * 41) %% 4)::BIGINT], hash(i) %% 2 = 0, 1 FROM range(%d) t(i)`, n/2),
		fmt.Sprintf(`INSERT INTO feedback_cards (id, card_date, department_code, rating, source, import_id)
		 SELECT 'c' || i, DATE '2023-01-01' + (hash(i) %% 1000)::INTEGER, 'D' || (hash(i * 7) %% 4), 1 + hash(i * 3) %% 5, ['paper','qr'][(1 + hash(i * 43) %% 2)::BIGINT], 1 FROM range(%d) t(i)`, n),
		`INSERT INTO mystery_visits (id, visit_date, department_code, service_code, channel, import_id)
		 SELECT 'v' || i, DATE '2023-02-01' + (i * 37)::INTEGER, 'D' || (i % 4), 'S' || (i % 6), 'counter', 1 FROM range(25) t(i)`,
		`INSERT INTO mystery_items (visit_id, criterion, points, max_points, passed, import_id)
		 SELECT 'v' || (i // 5), 'c' || (i % 5), hash(i) % 3, 2, hash(i) % 3 = 2, 1 FROM range(125) t(i)`,
		`INSERT INTO consultations (id, title, start_date, department_code, format, participants, ngo_participants, business_participants, proposals_submitted, proposals_accepted, import_id)
		 SELECT 'k' || i, 'Консултация ' || i, DATE '2023-01-15' + (i * 29)::INTEGER, 'D' || (i % 4), ['public','online','staff'][(1 + i % 3)::BIGINT],
		   10 + hash(i) % 40, hash(i) % 5, hash(i * 3) % 4, hash(i * 5) % 9, hash(i * 7) % 3, 1 FROM range(36) t(i)`,
	}
	for _, q := range stmts {
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
	return s
}

// TestCubesEqualRecords: for every catalogue indicator, breakdown, grain, range and filter below,
// the values computed from the cubes are those computed from the records — the same periods,
// dimension values, n, flags and comparisons, and the same numbers to 1e-9.
func TestCubesEqualRecords(t *testing.T) {
	s := cubeFixture(t, 3000)
	ctx := context.Background()
	cat, err := DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2025, 9, 20, 12, 0, 0, 0, sofia) // the data end in late September 2025: partial periods
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	queries := []Query{
		{Grain: Month},
		{By: []Dimension{ByDepartment}, Grain: Month},
		{By: []Dimension{ByDepartment, ByChannel}, Grain: Quarter},
		{By: []Dimension{ByService}, Grain: Year},
		{By: []Dimension{ByGroup}, Grain: Quarter, From: d("2024-02-10"), To: d("2025-08-15")},
		{By: []Dimension{ByMethod}, Grain: Year},
		{By: []Dimension{ByChannel}, Grain: Month, From: d("2025-01-01")},
		{By: []Dimension{ByDepartment}, Grain: Year, From: d("2023-03-01"), To: d("2025-06-30")},
		{Grain: Month, From: d("2024-05-17"), To: d("2024-05-30")}, // inside one month: days only
		{By: []Dimension{ByDepartment}, Grain: Year, Filters: map[Dimension][]string{ByChannel: {"portal", "counter"}}},
		{Grain: Quarter, Filters: map[Dimension][]string{ByDepartment: {"D1"}, ByService: {"S1", "S5"}}},
		{By: []Dimension{ByDepartment}, Grain: Month, Filters: map[Dimension][]string{ByGroup: {}}},
	}
	for qi, q := range queries {
		q.Indicators, q.Today = cat.IDs(), today
		live, err := Compute(FromRecords(ctx), s.DB, cat, q)
		if err != nil {
			t.Fatalf("query %d, records: %v", qi, err)
		}
		cubed, err := Compute(withCubes(ctx), s.DB, cat, q)
		if err != nil {
			t.Fatalf("query %d, cubes: %v", qi, err)
		}
		if len(live) < 10 {
			t.Fatalf("query %d: only %d values — the fixture does not exercise it", qi, len(live))
		}
		compareValues(t, fmt.Sprintf("query %d", qi), live, cubed)
	}
	var cubes int
	if err := s.DB.QueryRow("SELECT count(*) FROM stat_cubes").Scan(&cubes); err != nil || cubes < 15 {
		t.Fatalf("%d cubes registered (%v): the queries above did not read cubes", cubes, err)
	}
}

func compareValues(t *testing.T, label string, want, got []Value) {
	t.Helper()
	index := map[string]Value{}
	for _, v := range want {
		index[valueKey(v)] = v
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d values from cubes, %d from records", label, len(got), len(want))
	}
	bad := 0
	for _, g := range got {
		w, ok := index[valueKey(g)]
		if !ok {
			t.Errorf("%s: cubes give %s, records do not", label, valueKey(g))
			bad++
			continue
		}
		if diff := valueDiff(w, g); diff != "" && bad < 10 {
			t.Errorf("%s: %s: %s", label, valueKey(g), diff)
			bad++
		}
	}
}

func valueKey(v Value) string {
	s := func(p *string) string {
		if p == nil {
			return "*"
		}
		return *p
	}
	return strings.Join([]string{v.Indicator, v.Period, s(v.DepartmentCode), s(v.ServiceCode), s(v.Channel), s(v.Group), s(v.Method)}, "|")
}

// valueDiff compares every exported field, floats to 1e-9 (sums in another order).
func valueDiff(a, b Value) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := 0; i < va.NumField(); i++ {
		f := va.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		x, y := va.Field(i).Interface(), vb.Field(i).Interface()
		if px, ok := x.(*float64); ok {
			py := y.(*float64)
			if (px == nil) != (py == nil) || px != nil && !close(*px, *py) {
				return fmt.Sprintf("%s: records %v, cubes %v", f.Name, deref(px), deref(py))
			}
			continue
		}
		if !reflect.DeepEqual(x, y) {
			return fmt.Sprintf("%s: records %v, cubes %v", f.Name, x, y)
		}
	}
	if !close(a.sd, b.sd) || !close(a.successes, b.successes) {
		return fmt.Sprintf("sd/successes: records %v/%v, cubes %v/%v", a.sd, a.successes, b.sd, b.successes)
	}
	return ""
}

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestCubeMedianByHand: the median read from a histogram, checked by hand — an even count takes
// the mean of the two middle values, an odd count the middle one, and the total pools both.
func TestCubeMedianByHand(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "median.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// A: 1, 2, 3, 10 days (median 2.5); B: 1, 5, 7 (median 5); together 1 1 2 3 5 7 10 (median 3).
	days := map[string][]int{"A": {1, 2, 3, 10}, "B": {1, 5, 7}}
	i := 0
	for dept, list := range days {
		for _, n := range list {
			i++
			if _, err := s.DB.Exec(`INSERT INTO service_requests (id, department_code, submitted_at, due_date, completed_at, status, import_id)
				VALUES (?, ?, TIMESTAMP '2025-03-03 09:00', DATE '2025-03-20', TIMESTAMP '2025-03-03 09:00' + to_days(?::INTEGER), 'completed', 1)`,
				fmt.Sprintf("q%d", i), dept, n); err != nil {
				t.Fatal(err)
			}
		}
	}
	cat, _ := DefaultCatalog()
	vals, err := Compute(withCubes(ctx), s.DB, cat, Query{Indicators: []string{"SVC_TTR"}, By: []Dimension{ByDepartment}, Grain: Month,
		From: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC), Today: time.Date(2025, 6, 1, 0, 0, 0, 0, sofia)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"A": 2.5, "B": 5, "*": 3}
	wantN := map[string]int64{"A": 4, "B": 3, "*": 7}
	seen := 0
	for _, v := range vals {
		if v.Period != "2025-03" || v.Value == nil {
			continue
		}
		k := "*"
		if v.DepartmentCode != nil {
			k = *v.DepartmentCode
		}
		if *v.Value != want[k] || v.N != wantN[k] {
			t.Errorf("%s: median %v of %d, want %v of %d", k, *v.Value, v.N, want[k], wantN[k])
		}
		seen++
	}
	if seen != 3 {
		t.Fatalf("%d values for March 2025, want 3: %+v", seen, vals)
	}
	var held string
	if err := s.DB.QueryRow("SELECT data_version FROM stat_cubes WHERE definition LIKE '%count(*) AS c%actual_days%'").Scan(&held); err != nil {
		t.Fatalf("the median was not read from its histogram cube: %v", err)
	}
}

// TestCubesFollowTheData: a cube is rebuilt when its records change (an import, an undo), the
// old version is dropped, and the values follow; a read-only database reads the records.
func TestCubesFollowTheData(t *testing.T) {
	ctx := withCubes(context.Background())
	dir := t.TempDir()
	path := filepath.Join(dir, "follow.duckdb")
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cat, _ := DefaultCatalog()
	q := Query{Indicators: []string{"CARD_NEG"}, Grain: Year, Today: time.Date(2026, 6, 1, 0, 0, 0, 0, sofia)}
	card := func(id string, rating, importID int) {
		t.Helper()
		if _, err := s.DB.Exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES (?, DATE '2025-05-05', 'D', ?, ?)`, id, rating, importID); err != nil {
			t.Fatal(err)
		}
	}
	share := func() float64 {
		t.Helper()
		vals, err := Compute(ctx, s.DB, cat, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			if v.Period == "2025" && v.Value != nil {
				return *v.Value
			}
		}
		t.Fatalf("no 2025 value: %+v", vals)
		return 0
	}
	card("a", 1, 1)
	card("b", 5, 1)
	if got := share(); got != 50 {
		t.Fatalf("1 negative card of 2: %v %%, want 50", got)
	}
	card("c", 4, 2) // a second import
	if got := share(); math.Abs(got-100.0/3) > 1e-12 {
		t.Fatalf("1 of 3 after the second import: %v %%, want 33.33", got)
	}
	if _, err := s.DB.Exec("DELETE FROM feedback_cards WHERE import_id = 2"); err != nil { // undo
		t.Fatal(err)
	}
	if got := share(); got != 50 {
		t.Fatalf("after the undo: %v %%, want 50", got)
	}
	var tables, versions int
	s.DB.QueryRow("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'stat\\_cube\\_%' ESCAPE '\\'").Scan(&tables)
	s.DB.QueryRow("SELECT count(DISTINCT data_version) FROM stat_cubes").Scan(&versions)
	if tables != 2 || versions != 1 { // the cube by day and by month
		t.Fatalf("%d cube tables over %d versions: the old versions were not dropped", tables, versions)
	}
	s.Close()
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.DB.Exec(`SELECT 1`); err != nil {
		t.Fatal(err)
	}
	s = ro
	if got := share(); got != 50 {
		t.Fatalf("read-only, current cube: %v %%, want 50", got)
	}
	q.Grain = Month // another query: its cube is the same; a new definition would need a build, which read-only cannot do
	q.Indicators = []string{"CARD_NEG", "SVC_TTR"}
	if _, err := Compute(ctx, ro.DB, cat, q); err != nil {
		t.Fatalf("read-only database with a cube it cannot build: %v", err)
	}
}

// TestSmallDataReadsRecords: a database below cubeMinRecords has no cubes built, by a view or an import.
func TestSmallDataReadsRecords(t *testing.T) {
	s := cubeFixture(t, 300)
	ctx := context.Background()
	cat, _ := DefaultCatalog()
	if n, err := WarmCubes(ctx, s.DB, nil, cat); n != 0 || err != nil {
		t.Fatalf("WarmCubes built %d cubes (%v) for a few thousand records", n, err)
	}
	if _, err := Compute(ctx, s.DB, cat, Query{Indicators: cat.IDs(), Grain: Year}); err != nil {
		t.Fatal(err)
	}
	var n int
	s.DB.QueryRow("SELECT count(*) FROM stat_cubes").Scan(&n)
	if n != 0 {
		t.Fatalf("%d cubes built for a small database", n)
	}
}

// TestWarmCubesProgress: an import's warm-up reports each cube it builds (the window shows it as
// the import's last stage), and a second one has nothing left to build.
func TestWarmCubesProgress(t *testing.T) {
	s := cubeFixture(t, 300)
	ctx := withCubes(context.Background())
	cat, _ := DefaultCatalog()
	var calls [][2]int
	n, err := WarmCubes(ctx, s.DB, func(done, total int) { calls = append(calls, [2]int{done, total}) }, cat)
	if err != nil || n < 15 {
		t.Fatalf("built %d cubes (%v), want every cube of the catalogue", n, err)
	}
	if len(calls) != n+1 || calls[0] != [2]int{0, n} || calls[n] != [2]int{n, n} {
		t.Fatalf("progress %v for %d cubes: want 0/%d … %d/%d", calls, n, n, n, n)
	}
	calls = nil
	if again, err := WarmCubes(ctx, s.DB, func(done, total int) { calls = append(calls, [2]int{done, total}) }, cat); again != 0 || err != nil || len(calls) != 0 {
		t.Fatalf("second warm-up built %d (%v), progress %v: want nothing", again, err, calls)
	}
}

// TestCarryCubesOverAThemesScan: new theme matches move the data version; the cubes that read no
// theme keep their rows and take the new label (equal to a rebuild), the ones over v_comments do
// not; a change of the records as well carries nothing.
func TestCarryCubesOverAThemesScan(t *testing.T) {
	ctx := withCubes(context.Background())
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "carry.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cat, _ := DefaultCatalog()
	if _, err := s.DB.Exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, text, import_id) VALUES
		('a', DATE '2025-05-05', 'D', 1, 'опашка', 1), ('b', DATE '2025-05-06', 'D', 5, 'добре', 1)`); err != nil {
		t.Fatal(err)
	}
	if _, err := WarmCubes(ctx, s.DB, nil, cat); err != nil {
		t.Fatal(err)
	}
	total, diffs, err := CheckCubes(ctx, s.DB, cat)
	if err != nil || len(diffs) > 0 {
		t.Fatal(total, diffs, err)
	}
	before, _ := DataVersion(ctx, s.DB)
	if _, err := s.DB.Exec(`INSERT INTO theme_matches VALUES ('card', 'a', 'queue')`); err != nil {
		t.Fatal(err)
	}
	n, err := CarryCubes(ctx, s.DB, before)
	if err != nil || n == 0 {
		t.Fatalf("carried %d: %v", n, err)
	}
	current, diffs, err := CheckCubes(ctx, s.DB, cat)
	if err != nil || len(diffs) > 0 || current != n {
		t.Fatalf("after the carry: %d current of %d carried, %v, %v", current, n, diffs, err)
	}
	var comments int
	s.DB.QueryRow(`SELECT count(*) FROM stat_cubes WHERE definition LIKE '%v\_comments%' ESCAPE '\'`).Scan(&comments)
	if n != total-comments {
		t.Fatalf("carried %d of %d cubes, %d of them over v_comments", n, total, comments)
	}
	before, _ = DataVersion(ctx, s.DB)
	s.DB.Exec(`INSERT INTO theme_matches VALUES ('card', 'b', 'praise')`)
	s.DB.Exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES ('c', DATE '2025-05-07', 'D', 2, 2)`)
	if n, err := CarryCubes(ctx, s.DB, before); err != nil || n != 0 {
		t.Fatalf("records changed too: carried %d, %v", n, err)
	}
}

// TestWarmCubesBuildsThemTogether: an import's warm-up builds its cubes in one transaction (one
// commit, so one built_at), equal to the records; a broken cube of the municipality's own
// catalogue (a cast that fails on the data) undoes that transaction, and the others are built one
// by one all the same.
func TestWarmCubesBuildsThemTogether(t *testing.T) {
	s := cubeFixture(t, 300)
	ctx := withCubes(context.Background())
	cat, _ := DefaultCatalog()
	n, err := WarmCubes(ctx, s.DB, nil, cat)
	if err != nil || n < 15 {
		t.Fatalf("built %d (%v)", n, err)
	}
	var cubes, times int
	s.DB.QueryRow(`SELECT count(*), count(DISTINCT built_at) FROM stat_cubes`).Scan(&cubes, &times)
	if cubes != n || times != 1 {
		t.Fatalf("%d cubes registered with %d build times: want %d built in one transaction", cubes, times, n)
	}
	if current, diffs, err := CheckCubes(ctx, s.DB, cat); err != nil || len(diffs) > 0 || current != n {
		t.Fatalf("%d current, %v, %v", current, diffs, err)
	}
	// The data change; a catalogue of the municipality's own has a cube that fails to build.
	if _, err := s.DB.Exec(`DELETE FROM service_requests WHERE id = 'q1'`); err != nil {
		t.Fatal(err)
	}
	broken, err := NewCatalog([]*Indicator{{ID: "OWN_BROKEN", Name: Text{BG: "Счупен", EN: "Broken"}, Method: "service_register", Group: "both",
		Source: "v_service_requests", Unit: "minutes", Direction: "lower", Measure: Measure{Kind: KindMean, Value: "CAST(channel AS INTEGER)"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WarmCubes(ctx, s.DB, nil, cat, broken); err == nil {
		t.Fatal("a cube that cannot be built went unreported")
	}
	current, diffs, err := CheckCubes(ctx, s.DB, cat)
	if err != nil || len(diffs) > 0 || current != n {
		t.Fatalf("after the broken cube: %d of the catalogue's %d cubes current (%v, %v)", current, n, diffs, err)
	}
}
