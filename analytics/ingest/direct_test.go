package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/store"
	"otzvuk/internal/benchdata"
)

// dump reads a query's rows as text, for comparing two databases exactly.
func dump(t *testing.T, s *store.Store, q string) []string {
	t.Helper()
	rows, err := s.DB.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(vals))
	}
	return out
}

// importBothWays imports a file into two fresh stores, with the direct insert allowed and with
// the staging table forced, and says whether the first took the direct insert.
func importBothWays(t *testing.T, prof, path string) (direct, staged *store.Store, sd, ss *Summary, took bool) {
	t.Helper()
	p, err := ParseProfile("p.yaml", []byte(prof))
	if err != nil {
		t.Fatal(err)
	}
	direct, staged = openStore(t), openStore(t)
	before := directInserts
	sd, errD := Import(context.Background(), direct, p, path, Options{Now: testNow})
	took = directInserts > before
	directInsert = false
	ss, errS := Import(context.Background(), staged, p, path, Options{Now: testNow})
	directInsert = true
	if fmt.Sprint(errD) != fmt.Sprint(errS) {
		t.Fatalf("errors differ: direct %v, staged %v", errD, errS)
	}
	return
}

// sameImport compares every table an import writes, and the summaries.
func sameImport(t *testing.T, a, b *store.Store, sa, sb *Summary, table string) {
	t.Helper()
	for _, q := range []string{
		"SELECT * FROM " + table + " ORDER BY ALL",
		"SELECT * FROM departments ORDER BY ALL",
		"SELECT * FROM data_coverage ORDER BY ALL",
		"SELECT * EXCLUDE (started_at, finished_at) FROM import_log ORDER BY ALL",
		"SELECT * FROM quarantine ORDER BY ALL",
	} {
		da, db := dump(t, a, q), dump(t, b, q)
		if !reflect.DeepEqual(da, db) {
			t.Errorf("%s:\ndirect %v\nstaged %v", q, da, db)
		}
	}
	ja, jb := *sa, *sb
	if !reflect.DeepEqual(ja, jb) {
		t.Errorf("summaries differ:\ndirect %+v\nstaged %+v", ja, jb)
	}
}

func TestDirectInsertMatchesStagingTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
	for i := 0; i < 300; i++ {
		dept := []string{"GRAO", "grao", " MDT ", "mdt"}[i%4]
		submitted := fmt.Sprintf("%02d.%02d.2025 %02d:%02d", 1+i%28, 1+i%12, 8+i%9, i%60)
		switch i {
		case 17:
			submitted = "32.13.2025" // not a date: rejected
		case 40:
			submitted = "01.01.2099 10:00" // in the future: rejected
		}
		completed := fmt.Sprintf("%02d.%02d.2025 10:00", min(2+i%28, 28), 1+i%12)
		if i%7 == 0 {
			completed = ""
		}
		fmt.Fprintf(&b, "ЗУ-%d;%d;%s;%s;%s;%02d.%02d.2025;%s;изпълнена;%d,%d\n", i, 1997+i%30, dept,
			[]string{"гише", "портал", "ССЕВ", ""}[i%4], submitted, min(9+i%28, 28), 1+i%12, completed, i%40, i%10)
	}
	base := b.String()
	cases := []struct {
		name, content string
		direct        bool
	}{
		{"clean apart from two bad rows", base, true},
		{"a repeated key", base + "ЗУ-5;1997;GRAO;гише;05.05.2025 09:00;12.05.2025;;изпълнена;3\n", false},
		{"an unknown department", base + "ЗУ-900;1997;NOPE;гише;05.05.2025 09:00;12.05.2025;;изпълнена;3\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, "requests.csv", c.content)
			a, bs, sa, sb, took := importBothWays(t, benchdata.RequestsProfile, path)
			if took != c.direct {
				t.Fatalf("direct insert taken: %v, want %v", took, c.direct)
			}
			if sa.Read != 300+strings.Count(c.content[len(base):], "\n") || sa.Rejected < 2 {
				t.Fatalf("summary %+v", sa)
			}
			sameImport(t, a, bs, sa, sb, "service_requests")
		})
	}
	// Hand-counted: 300 rows, rows 17 and 40 rejected, 298 stored; the departments as stored.
	path := writeFile(t, "base.csv", base)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(benchdata.RequestsProfile))
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil || sum.New != 298 || sum.Rejected != 2 || sum.Accepted != 298 {
		t.Fatalf("%v %+v", err, sum)
	}
	if n := count(t, s, `SELECT count(*) FROM service_requests WHERE department_code = 'MDT'`); n != 150 {
		t.Errorf("MDT records %d, want 150", n)
	}
	// File line 19 (row 17) is no date; line 42 (row 40) is in the future, so its completion and
	// due dates come before it.
	want := "[[{19 true} {submitted true} {32.13.2025 true}] [{42 true} {completed true} {2025-05-14 true}] " +
		"[{42 true} {due true} {2025-05-21 true}] [{42 true} {submitted true} {2099-01-01 true}]]"
	if q := dump(t, s, `SELECT row_number, column_name, value FROM quarantine ORDER BY ALL`); fmt.Sprint(q) != want {
		t.Errorf("quarantine %v", q)
	}
	// A re-import adds nothing; the same file under another name (the table is no longer empty)
	// takes the staging table and finds every record identical.
	again, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil || again.Status != "unchanged" {
		t.Fatalf("%v %+v", err, again)
	}
	copyPath := writeFile(t, "copy.csv", base+"\n") // a blank line more: another file, the same records
	before := directInserts
	cp, err := Import(context.Background(), s, p, copyPath, Options{Now: testNow})
	if err != nil || cp.New != 0 || cp.Duplicates != 298 || directInserts != before {
		t.Fatalf("%v %+v", err, cp)
	}
	if n := count(t, s, `SELECT count(*) FROM service_requests`); n != 298 {
		t.Errorf("records after the copy %d", n)
	}
}

// A first import that creates its departments (new_departments: create) takes the direct insert
// too, and creates the same departments with the same names as the staging table's way: the file's
// largest name for a code (SQL's max), the code where the file names none.
func TestDirectInsertCreatesDepartmentsAsTheStagingTable(t *testing.T) {
	prof := benchdata.RequestsProfileNewDepartments + "  department_name: {column: deptname}\n"
	prof = strings.Replace(prof, "new_departments: create\n", "", 1) + "new_departments: create\n"
	var b strings.Builder
	b.WriteString("id;service;dept;deptname;channel;submitted;due;completed;status;waiting\n")
	names := map[string][]string{"NEW1": {"Отдел Б", "Отдел А", ""}, "NEW2": {""}, "GRAO": {"Друго име"}, "Н3": {"", "Ромб <b>"}}
	codes := []string{"NEW1", "NEW2", "GRAO", "Н3"}
	for i := 0; i < 120; i++ {
		code := codes[i%4]
		name := names[code][(i/4)%len(names[code])]
		fmt.Fprintf(&b, "ЗУ-%d;1997;%s;%s;гише;%02d.03.2025 09:00;28.03.2025;;изпълнена;3\n", i, code, name, 1+i%27)
	}
	path := writeFile(t, "requests.csv", b.String())
	a, bs, sa, sb, took := importBothWays(t, prof, path)
	if !took {
		t.Fatalf("the direct insert was not taken: %v", sa.Message)
	}
	if sa.NewDepts != 3 || sa.New != 120 {
		t.Fatalf("summary %+v", sa)
	}
	sameImport(t, a, bs, sa, sb, "service_requests")
	// Hand-read from the file: NEW1's largest name is „Отдел Б“, NEW2 has none, Н3's is „Ромб <b>“;
	// ГРАО was stored and keeps its name.
	got := dump(t, a, `SELECT code, name FROM departments WHERE code IN ('NEW1', 'NEW2', 'Н3', 'GRAO') ORDER BY code`)
	want := []string{"[{GRAO true} {ГРАО true}]", "[{NEW1 true} {Отдел Б true}]", "[{NEW2 true} {NEW2 true}]", "[{Н3 true} {Ромб <b> true}]"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("departments %v, want %v", got, want)
	}
	// Refused for its rejected rows: no department created, and neither way says one was.
	bad := b.String() + strings.Repeat("ЗУ-x;1997;NEW9;;гише;99.99.2025 09:00;28.03.2025;;изпълнена;3\n", 30)
	a, bs, sa, sb, _ = importBothWays(t, prof, writeFile(t, "refused.csv", bad))
	if sa.Status != "rejected" || sa.NewDepts != 0 {
		t.Fatalf("a refused file: %+v", sa)
	}
	sameImport(t, a, bs, sa, sb, "service_requests")
}

func TestBeforeDayOfMatchesTruncDay(t *testing.T) {
	base := time.Date(2025, 3, 30, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 2000; i++ {
		a := base.Add(time.Duration(i*7919) * time.Second)
		for _, d := range []time.Duration{-48 * time.Hour, -time.Hour, -time.Nanosecond, 0, time.Nanosecond, time.Hour} {
			b := TruncDay(a).Add(d)
			if got, want := beforeDayOf(b, a), b.Before(TruncDay(a)); got != want {
				t.Fatalf("beforeDayOf(%v, %v) = %v, want %v", b, a, got, want)
			}
		}
	}
	// Outside UTC it is TruncDay's answer, whatever that is.
	st := time.Date(2025, 3, 30, 1, 0, 0, 0, sofia)
	if beforeDayOf(st, st) != st.Before(TruncDay(st)) {
		t.Error("a time in another zone")
	}
}

// writeRecord writes the row write would write from the boxed values.
func TestStageWriteRecordMatchesWrite(t *testing.T) {
	dir := t.TempDir()
	a, err := newStageFile(dir, "a-*.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := newStageFile(dir, "b-*.csv")
	defer a.remove()
	defer b.remove()
	a.dates, b.dates = []bool{false, true, false, false, false, false}, []bool{false, true, false, false, false, false}
	day := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	recs := []*Record{
		{Row: 2, Values: []any{"ЗУ-1", day, day.Add(90 * time.Minute), 12.5, int64(3), true}, Key: "ЗУ-1", Hash: "h1", Filled: 6},
		{Row: 3, Values: []any{`кавички "и", запетая`, nil, nil, nil, nil, false}, Key: `k"2`, Hash: "h2", DeptName: "ГРАО", Filled: 2, ItemsSig: "Q1=4\x1f"},
		{Row: 40, Values: []any{"", day, nil, -0.25, int64(-7), nil}, Key: "", Hash: "h3"},
	}
	for i, rec := range recs {
		var dept any
		if rec.DeptName != "" {
			dept = rec.DeptName
		}
		if err := a.writeRecord(rec, int64(i+1)); err != nil {
			t.Fatal(err)
		}
		vals := append(append([]any{}, rec.Values...), int64(rec.Row), rec.Key, rec.Hash, dept, int64(i+1), int64(rec.Filled), rec.ItemsSig)
		if err := b.write(vals...); err != nil {
			t.Fatal(err)
		}
	}
	a.w.Flush()
	b.w.Flush()
	ab, _ := os.ReadFile(a.f.Name())
	bb, _ := os.ReadFile(b.f.Name())
	if string(ab) != string(bb) || len(ab) == 0 {
		t.Errorf("writeRecord:\n%s\nwrite:\n%s", ab, bb)
	}
}

// Signals (defaults for deadline_days and anonymous, PII masked, a value map) and feedback cards
// come out the same both ways too.
func TestDirectInsertMatchesStagingTableSignalsAndCards(t *testing.T) {
	prof, err := os.ReadFile("testdata/signals_bg.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, b, sa, sb, took := importBothWays(t, string(prof), "testdata/signals_1251.csv")
	if !took || sa.New != 4 || sa.PIIMasked != 2 {
		t.Fatalf("direct %v, %+v", took, sa)
	}
	sameImport(t, a, b, sa, sb, "signals")
	if n := count(t, a, `SELECT count(*) FROM signals WHERE deadline_days = 60 AND anonymous IS NOT NULL`); n != 4 {
		t.Errorf("defaults: %d of 4", n)
	}
	cards := writeFile(t, "cards.csv", cardsHeader+goodRow+"K2,06.03.2026,grao,кутия,5,Тел. 0888 123 456\n")
	a, b, sa, sb, took = importBothWays(t, cardsProfile, cards)
	if !took || sa.New != 2 || sa.PIIMasked != 1 {
		t.Fatalf("cards: direct %v, %+v", took, sa)
	}
	sameImport(t, a, b, sa, sb, "feedback_cards")
	// One row of three rejected is over the default 5 %: nothing is imported, either way alike.
	bad := writeFile(t, "bad.csv", cardsHeader+goodRow+"K2,06.03.2026,GRAO,box,5,а\nK3,07.03.2026,GRAO,box,9,много\n")
	a, b, sa, sb, _ = importBothWays(t, cardsProfile, bad)
	if sa.Status != "rejected" || sa.Rejected != 1 || count(t, a, `SELECT count(*) FROM feedback_cards`) != 0 {
		t.Fatalf("%+v", sa)
	}
	sameImport(t, a, b, sa, sb, "feedback_cards")
}

// The collector's setting is raised while imports read and put back after the last one, however
// they overlap.
func TestLessGCPutsTheSettingBack(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	a := lessGC()
	b := lessGC()
	if got := debug.SetGCPercent(readGCPercent); got != readGCPercent {
		t.Errorf("while reading: %d", got)
	}
	a()
	a() // twice: once
	if got := debug.SetGCPercent(readGCPercent); got != readGCPercent {
		t.Errorf("one import still reading: %d", got)
	}
	b()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after the last: %d", got)
	}
}

// anyRepeat finds a repeated value wherever it is, and none where there is none.
func TestAnyRepeat(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 2, 100, 1 << 14, 200_000} {
		keys := make([]uint64, n)
		seen := map[uint64]bool{}
		for i := range keys {
			for {
				k := r.Uint64()
				if n%3 == 0 {
					k &= 0x00ff_ffff_ffff_ffff // all in one bucket
				}
				if !seen[k] {
					seen[k], keys[i] = true, k
					break
				}
			}
		}
		if anyRepeat(append([]uint64(nil), keys...)) {
			t.Errorf("%d distinct keys: a repeat found", n)
		}
		if n >= 2 {
			for _, at := range [][2]int{{0, n - 1}, {n / 2, n/2 + 1}, {r.Intn(n), r.Intn(n)}} {
				if at[0] == at[1] || at[1] >= n {
					continue
				}
				dup := append([]uint64(nil), keys...)
				dup[at[1]] = dup[at[0]]
				if !anyRepeat(dup) {
					t.Errorf("%d keys, %d repeated at %d: not found", n, at[0], at[1])
				}
			}
		}
	}
}
