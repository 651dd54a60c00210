package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Mapped by one worker or by four, a file gives byte-identical records, log, coverage and
// quarantine: the first spelling of a new code wins in the file's order, rejected rows keep their
// row numbers and reasons, conflicting copies are found alike. The file spans many batches.
func TestParallelMappingMatchesSequential(t *testing.T) {
	var b strings.Builder
	b.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
	for i := 0; i < 6000; i++ {
		// New departments (the profile creates them) first written in different spellings in
		// different batches; the first one in the file is the one kept.
		dept := []string{"GRAO", "mdt", " MDT ", "Нов-1", "нов-1", "НОВ-1"}[(i/700+i)%6]
		if i < 3 {
			dept = []string{"нОв-1", "grao", "Mdt"}[i]
		}
		submitted := fmt.Sprintf("%02d.%02d.2025 %02d:%02d", 1+i%28, 1+i%12, 8+i%9, i%60)
		if i%997 == 5 {
			submitted = "31.02.2025" // no such day: rejected
		}
		id := fmt.Sprintf("ЗУ-%d", i)
		if i%1500 == 7 {
			id = "ЗУ-1" // a repeated key with other content: a conflicting copy
		}
		fmt.Fprintf(&b, "%s;%d;%s;%s;%s;%02d.%02d.2025;;изпълнена;%d,%d\n", id, 1997+i%30, dept,
			[]string{"гише", "портал", "ССЕВ", "имейл"}[i%4], submitted, min(9+i%28, 28), 1+i%12, i%40, i%10)
	}
	path := writeFile(t, "requests.csv", b.String())
	prof := requestsProfile + "new_departments: create\n"
	p, err := ParseProfile("p.yaml", []byte(prof))
	if err != nil {
		t.Fatal(err)
	}
	run := func(workers int) (*Summary, func(string) []string) {
		mapWorkers = workers
		defer func() { mapWorkers = 0 }()
		s := openStore(t)
		sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		return sum, func(q string) []string { return dump(t, s, q) }
	}
	s1, q1 := run(1)
	s4, q4 := run(4)
	if s1.Rejected != 7 || s1.Conflicting == 0 || s1.NewDepts != 1 {
		t.Fatalf("sequential summary %+v", s1)
	}
	if fmt.Sprintf("%+v", *s1) != fmt.Sprintf("%+v", *s4) {
		t.Errorf("summaries differ:\n1 %+v\n4 %+v", s1, s4)
	}
	for _, q := range []string{
		"SELECT * EXCLUDE (import_id) FROM service_requests ORDER BY ALL",
		"SELECT * FROM departments ORDER BY ALL",
		"SELECT * FROM data_coverage ORDER BY ALL",
		"SELECT * EXCLUDE (started_at, finished_at) FROM import_log ORDER BY ALL",
		"SELECT * FROM quarantine ORDER BY ALL",
	} {
		a, b := q1(q), q4(q)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s differs:\n1 %.600v\n4 %.600v", q, a, b)
		}
	}
	// The new department is spelled as first written, everywhere.
	if got := fmt.Sprint(q4(`SELECT DISTINCT department_code FROM service_requests ORDER BY 1`)); got != "[[{GRAO true}] [{MDT true}] [{нОв-1 true}]]" {
		t.Errorf("department codes %s", got)
	}
}
