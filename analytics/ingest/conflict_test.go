package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// conflictFile: rows 2–11 of a cards export where keys repeat.
//
//	K1 rows 2, 3: row 3 lacks the comment → row 2 is the most complete, row 3 a conflicting copy
//	K2 rows 4, 5: only the rating differs, equally complete → the later row 5 is kept
//	K3 rows 6, 7: identical → one duplicate
//	K4 row 8: alone
//	K5 rows 9, 10, 11: 10 and 11 identical, 9 differs in the rating; all equally complete → the
//	   latest row 11 is kept, 10 is its duplicate, 9 a conflicting copy
const conflictFile = cardsHeader +
	"K1,05.03.2026,GRAO,box,4,пълен\n" +
	"K1,05.03.2026,GRAO,box,4,\n" +
	"K2,05.03.2026,GRAO,box,2,x\n" +
	"K2,05.03.2026,GRAO,box,3,x\n" +
	"K3,06.03.2026,MDT,box,5,y\n" +
	"K3,06.03.2026,MDT,box,5,y\n" +
	"K4,06.03.2026,MDT,box,1,z\n" +
	"K5,07.03.2026,GRAO,box,3,w\n" +
	"K5,07.03.2026,GRAO,box,4,w\n" +
	"K5,07.03.2026,GRAO,box,4,w\n"

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConflictingCopiesKeepOneRecord(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(cardsProfile))
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "cards.csv", conflictFile)
	// 3 conflicting copies of 10 rows are 30 %: far above the 5 % threshold, which they must not touch.
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 10 || sum.New != 5 || sum.Duplicates != 2 || sum.Conflicting != 3 || sum.Rejected != 0 {
		t.Fatalf("read %d new %d dup %d conflicting %d rejected %d; want 10, 5, 2, 3, 0", sum.Read, sum.New, sum.Duplicates, sum.Conflicting, sum.Rejected)
	}
	type want struct {
		kept    int
		rows    string
		columns string
	}
	wants := map[string]want{"K1": {2, "3", "Коментар"}, "K2": {5, "4", "Оценка"}, "K5": {11, "9", "Оценка"}}
	if len(sum.Conflicts) != len(wants) {
		t.Fatalf("conflicts %+v", sum.Conflicts)
	}
	for _, c := range sum.Conflicts {
		w, ok := wants[c.Key]
		rows := fmtInts(c.Rows)
		if !ok || c.Kept != w.kept || rows != w.rows || strings.Join(c.Columns, ", ") != w.columns {
			t.Errorf("conflict %+v, want %+v", c, w)
		}
	}
	var text string
	var rating int
	s.DB.QueryRow("SELECT text FROM feedback_cards WHERE id = 'K1'").Scan(&text)
	if text != "пълен" {
		t.Errorf("K1 kept %q, want the complete row", text)
	}
	for id, r := range map[string]int{"K2": 3, "K5": 4} {
		s.DB.QueryRow("SELECT rating FROM feedback_cards WHERE id = ?", id).Scan(&rating)
		if rating != r {
			t.Errorf("%s rating %d, want %d (the later row)", id, rating, r)
		}
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 5 {
		t.Errorf("%d records, want one per key (5)", n)
	}
	if n := count(t, s, "SELECT count(*) FROM quarantine WHERE kind = 'conflict'"); n != 3 {
		t.Errorf("%d conflicting copies in the quarantine, want 3", n)
	}
	if n := count(t, s, "SELECT count(*) FROM quarantine WHERE kind <> 'conflict'"); n != 0 {
		t.Errorf("%d rejected rows in the quarantine, want 0", n)
	}
	if n := count(t, s, "SELECT rows_conflict FROM import_log WHERE import_id = ?", sum.ImportID); n != 3 {
		t.Errorf("import log: %d conflicting copies, want 3", n)
	}
	var bg, en string
	s.DB.QueryRow("SELECT reason_bg, reason_en FROM quarantine WHERE kind = 'conflict' AND row_number = 3").Scan(&bg, &en)
	if !strings.Contains(bg, "ред 2") || !strings.Contains(en, "row 2") || !strings.Contains(en, "Коментар") {
		t.Errorf("reason does not name the kept row and the column: %q / %q", bg, en)
	}
	again, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil || again.Status != "unchanged" {
		t.Fatalf("re-import: %v %+v", err, again)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 5 {
		t.Errorf("re-import changed the count to %d", n)
	}
}

func fmtInts(x []int) string {
	var b strings.Builder
	for i, n := range x {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

func TestOnConflictRules(t *testing.T) {
	cases := []struct {
		rule                string
		dup, conflicts, rej int
		k1Text              string
		k2Rating, k5Rating  int
	}{
		// keep_first: rows 2, 4, 9 kept; 3, 5, 10, 11 conflicting (11 differs from 9); 7 a duplicate.
		{"keep_first", 1, 4, 0, "пълен", 2, 3},
		// keep_last: rows 3, 5, 11 kept; 2, 4, 9 conflicting; 7 and 10 duplicates.
		{"keep_last", 2, 3, 0, "", 3, 4},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			s := openStore(t)
			p, err := ParseProfile("p.yaml", []byte(cardsProfile+"on_conflict: "+c.rule+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			sum, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", conflictFile), Options{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if sum.New != 5 || sum.Duplicates != c.dup || sum.Conflicting != c.conflicts || sum.Rejected != c.rej {
				t.Fatalf("new %d dup %d conflicting %d rejected %d; want 5, %d, %d, %d", sum.New, sum.Duplicates, sum.Conflicting, sum.Rejected, c.dup, c.conflicts, c.rej)
			}
			var text string
			var r2, r5 int
			s.DB.QueryRow("SELECT coalesce(text, '') FROM feedback_cards WHERE id = 'K1'").Scan(&text)
			s.DB.QueryRow("SELECT rating FROM feedback_cards WHERE id = 'K2'").Scan(&r2)
			s.DB.QueryRow("SELECT rating FROM feedback_cards WHERE id = 'K5'").Scan(&r5)
			if text != c.k1Text || r2 != c.k2Rating || r5 != c.k5Rating {
				t.Errorf("kept K1 %q K2 %d K5 %d; want %q %d %d", text, r2, r5, c.k1Text, c.k2Rating, c.k5Rating)
			}
		})
	}
	// reject (the old behaviour): every row of K1, K2 and K5 is rejected — 7 of 10, so nothing is imported.
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(cardsProfile+"on_conflict: reject\n"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", conflictFile), Options{Now: testNow})
	if !errors.Is(err, ErrRejected) || sum.Rejected != 7 || sum.Conflicting != 0 {
		t.Fatalf("reject: %v, rejected %d conflicting %d", err, sum.Rejected, sum.Conflicting)
	}
	if _, err := ParseProfile("p.yaml", []byte(cardsProfile+"on_conflict: newest\n")); err == nil || !strings.Contains(err.Error(), "on_conflict") {
		t.Errorf("an unknown rule: %v", err)
	}
}

// Repeated survey rows carry their item ratings: an identical repeat stores its ratings once (no
// PRIMARY KEY failure), and a copy that differs in an item names that item's column.
func TestRepeatedSurveyRowsAndTheirItems(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(`name: Анкета
record_kind: survey_responses
fields:
  id: {column: id}
  survey_id: {const: A1}
  response_date: {column: date}
  department_code: {const: GRAO}
items:
  columns: [q1, q2]
  scale: {min: 1, max: 5}
`))
	if err != nil {
		t.Fatal(err)
	}
	// R1 rows 2, 3 identical; R2 row 4 has both items, row 5 only q1 with another value → row 4 is
	// the most complete and row 5 a conflicting copy differing in q1 and q2.
	sum, err := Import(context.Background(), s, p, writeFile(t, "s.csv", "id,date,q1,q2\nR1,05.03.2026,5,4\nR1,05.03.2026,5,4\nR2,05.03.2026,3,2\nR2,05.03.2026,1,\n"), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || sum.Duplicates != 1 || sum.Conflicting != 1 {
		t.Fatalf("new %d dup %d conflicting %d; want 2, 1, 1", sum.New, sum.Duplicates, sum.Conflicting)
	}
	if len(sum.Conflicts) != 1 || sum.Conflicts[0].Kept != 4 || strings.Join(sum.Conflicts[0].Columns, ", ") != "q1, q2" {
		t.Errorf("conflicts %+v", sum.Conflicts)
	}
	// Ratings: R1 q1 5 + q2 4, R2 q1 3 + q2 2 → 4 ratings summing to 14.
	if n := count(t, s, "SELECT count(*) FROM survey_ratings"); n != 4 {
		t.Errorf("%d ratings, want 4", n)
	}
	if n := count(t, s, "SELECT sum(rating)::INTEGER FROM survey_ratings"); n != 5+4+3+2 {
		t.Errorf("ratings sum %d, want %d", n, 5+4+3+2)
	}
}
