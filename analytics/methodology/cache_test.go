package methodology

import (
	"context"
	"otzvuk/analytics/store"
	"reflect"
	"testing"
	"time"
)

// The cache serves a repeated query from memory, and a new import, a deletion, a renamed
// department or a new theme scan makes it compute again — always what Compute itself returns for the data as it is.
func TestCacheFollowsTheData(t *testing.T) {
	ctx := context.Background()
	s, exec := twoCardsOfA(t)
	cat, _ := DefaultCatalog()
	q := Query{Indicators: []string{"CARD_NEG", "SPC_COUNT"}, By: []Dimension{ByDepartment}, Grain: Month, Today: time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)}
	c := NewCache(8)
	check := func(wantHits, wantMisses int) {
		t.Helper()
		got, err := c.Compute(ctx, s.DB, cat, q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Compute(ctx, s.DB, cat, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("cached values differ from Compute's:\n%+v\n%+v", got, want)
		}
		if h, m := c.Stats(); h != wantHits || m != wantMisses {
			t.Fatalf("hits %d misses %d, want %d %d", h, m, wantHits, wantMisses)
		}
	}
	check(0, 1)
	check(1, 1)
	q.Today = q.Today.Add(5 * time.Hour) // the same day
	check(2, 1)
	exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES ('c3', DATE '2025-03-07', 'A', 1, 2)`)
	check(2, 2)
	exec(`DELETE FROM feedback_cards WHERE id = 'c1'`)
	check(2, 3)
	exec(`UPDATE departments SET name = 'Отдел Б' WHERE code = 'A'`)
	check(2, 4)
	check(3, 4)
	exec(`INSERT INTO theme_matches (source, record_id, theme_id) VALUES ('card', 'c2', 'queues')`) // a new theme scan, no import
	check(3, 5)
	q.Today = q.Today.AddDate(0, 0, 1)
	check(3, 6)
}

// twoCardsOfA is a database with department A and two of its cards in March 2025 (rated 2 and
// 5), and a way to change it.
func twoCardsOfA(t *testing.T) (*store.Store, func(q string)) {
	t.Helper()
	s := openFixture(t)
	exec := func(q string) {
		t.Helper()
		if _, err := s.DB.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO departments (code, name) VALUES ('A', 'Отдел А')`)
	exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES ('c1', DATE '2025-03-02', 'A', 2, 1), ('c2', DATE '2025-03-05', 'A', 5, 1)`)
	return s, exec
}
