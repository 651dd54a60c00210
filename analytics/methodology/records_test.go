package methodology

import (
	"context"
	"slices"
	"testing"
	"time"
)

func TestRecordsBehindAPoint(t *testing.T) {
	s := openFixture(t, "signals.sql")
	ctx := context.Background()
	p, err := Records(ctx, s.DB, RecordsQuery{Kind: "signals", Department: "A", Period: "2025-01", Sort: "date", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	id := slices.Index(p.Columns, "id")
	if p.Total != 3 || len(p.Rows) != 3 || id < 0 || p.Rows[0][id] != "g3" || p.Rows[2][id] != "g1" {
		t.Fatalf("page %+v", p)
	}
	// What people say is read first: the text right after the date, department and kind.
	if slices.Index(p.Columns, "text") != 3 {
		t.Fatalf("columns %v", p.Columns)
	}
	p, _ = Records(ctx, s.DB, RecordsQuery{Kind: "signals", Search: "'; DROP TABLE signals; --", Limit: 10})
	if p.Total != 0 {
		t.Fatalf("a hostile search matched %d", p.Total)
	}
	if p, _ = Records(ctx, s.DB, RecordsQuery{Kind: "signals", Sort: "1; DROP TABLE signals", Limit: 2, Offset: 1}); p.Total != 8 || len(p.Rows) != 2 {
		t.Fatalf("sort outside the whitelist must fall back to date: %+v", p)
	}
	if _, err := Records(ctx, s.DB, RecordsQuery{Kind: "import_log"}); err == nil {
		t.Fatal("an unknown kind was listed")
	}
	var n int
	s.DB.QueryRow("SELECT count(*) FROM signals").Scan(&n)
	if n != 8 {
		t.Fatal("signals table damaged")
	}
}

// The window's filters narrow the records as they narrow the indicators: signals g1, g3, g8 came
// by e-mail; g6, g7, g8 in February; signals carry no respondent group and belong to the signals method.
func TestRecordsFollowTheWindowFilters(t *testing.T) {
	s := openFixture(t, "signals.sql")
	ctx := context.Background()
	count := func(q RecordsQuery) int {
		q.Kind = "signals"
		p, err := Records(ctx, s.DB, q)
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	feb1, feb28 := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		q    RecordsQuery
		want int
	}{
		{RecordsQuery{}, 8},
		{RecordsQuery{Channels: []string{"email"}}, 3},
		{RecordsQuery{Channels: []string{"email", "phone"}}, 4},
		{RecordsQuery{From: feb1, To: feb28}, 3},
		{RecordsQuery{From: feb1, To: feb28, Channels: []string{"email"}}, 1},
		{RecordsQuery{Groups: []string{"citizen"}}, 0},
		{RecordsQuery{Methods: []string{"survey"}}, 0},
		{RecordsQuery{Methods: []string{"survey", "signals"}}, 8},
		{RecordsQuery{Channels: []string{"x') OR true --"}}, 0},
	}
	for i, c := range cases {
		if got := count(c.q); got != c.want {
			t.Errorf("case %d %+v: %d records, want %d", i, c.q, got, c.want)
		}
	}
}

// "Low-rated comments": the cards rated 1 or 2 that say something, as a direct count says.
func TestLowRatedRecordsWithText(t *testing.T) {
	s := openFixture(t, "cards.sql")
	// c1 (rated 1) says why; c2 (rated 2) says nothing; c3 (rated 5) says something.
	if _, err := s.DB.Exec("UPDATE feedback_cards SET text = 'Чаках два часа' WHERE id = 'c1'; UPDATE feedback_cards SET text = 'Благодаря' WHERE id = 'c3'"); err != nil {
		t.Fatal(err)
	}
	var want int
	if err := s.DB.QueryRow("SELECT count(*) FROM feedback_cards WHERE rating <= 2 AND coalesce(text, '') <> ''").Scan(&want); err != nil {
		t.Fatal(err)
	}
	p, err := Records(context.Background(), s.DB, RecordsQuery{Kind: "cards", LowRated: true})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := Records(context.Background(), s.DB, RecordsQuery{Kind: "cards"})
	if want != 1 || p.Total != want || all.Total != 5 {
		t.Fatalf("low-rated %d, direct %d, all %d", p.Total, want, all.Total)
	}
}

// A record names the import that brought it in: the file and the day (the demo's generator as "demo").
func TestRecordsNameTheirImport(t *testing.T) {
	s := openFixture(t, "services.sql")
	ctx := context.Background()
	if _, err := s.DB.Exec(`INSERT INTO import_log (import_id, file_name, sha256, profile, record_kind, started_at)
		VALUES (1, 'регистър-2025.csv', 'x', 'p', 'requests', TIMESTAMPTZ '2025-05-02 10:00:00+03')`); err != nil {
		t.Fatal(err)
	}
	p, err := Records(ctx, s.DB, RecordsQuery{Kind: "requests", Search: "q1"})
	if err != nil {
		t.Fatal(err)
	}
	file, day := slices.Index(p.Columns, "import_file"), slices.Index(p.Columns, "imported")
	if p.Total != 1 || file < 0 || day < 0 || p.Rows[0][file] != "регистър-2025.csv" || p.Rows[0][day] != "2025-05-02" {
		t.Fatalf("columns %v rows %q", p.Columns, p.Rows)
	}
	s.DB.Exec(`UPDATE import_log SET is_demo = true`)
	if p, _ = Records(ctx, s.DB, RecordsQuery{Kind: "requests", Search: "q1"}); p.Rows[0][file] != "demo" {
		t.Fatalf("a demo record names %q", p.Rows[0][file])
	}
}

// The survey's records carry each response's overall rating: one row a response whatever its
// other items (r1 rated courtesy too), none for a response without one (r7: "don't know").
func TestRecordsSurveyOverallRating(t *testing.T) {
	s := openFixture(t, "sat_idx.sql")
	p, err := Records(context.Background(), s.DB, RecordsQuery{Kind: "survey", Sort: "date", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	id, overall := slices.Index(p.Columns, "id"), slices.Index(p.Columns, "overall")
	got := map[string]string{}
	for _, r := range p.Rows {
		got[r[id]] = r[overall]
	}
	if p.Total != 8 || len(p.Rows) != 8 || len(got) != 8 {
		t.Fatalf("%d rows of %d, %d responses: %v", len(p.Rows), p.Total, len(got), got)
	}
	for id, want := range map[string]string{"r1": "5.0", "r5": "1.0", "r7": "", "r8": "10.0"} {
		if got[id] != want {
			t.Errorf("%s: overall %q, want %q", id, got[id], want)
		}
	}
	// the low-rated comments (overall ≤ 2) read the same rating
	low, err := Records(context.Background(), s.DB, RecordsQuery{Kind: "survey", LowRated: true})
	if err != nil || low.Total != 0 { // the fixture's responses have no comments
		t.Fatalf("low-rated without comments: %+v %v", low, err)
	}
}
