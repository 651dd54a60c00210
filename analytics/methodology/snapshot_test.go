package methodology

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// A request's snapshot gives every Compute under it the metadata read once: the values are the
// ones Compute reads without it, a repeated question is a cache hit with no new read, and the next
// request, with a new snapshot, sees a change made between them.
func TestASnapshotServesOneRequest(t *testing.T) {
	ctx := context.Background()
	s, exec := twoCardsOfA(t)
	cat, _ := DefaultCatalog()
	q := Query{Indicators: []string{"CARD_NEG"}, By: []Dimension{ByDepartment}, Grain: Month, Today: time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)}
	c := NewCache(8)
	request := func() []Value {
		t.Helper()
		rctx := WithSnapshot(ctx, s.DB)
		if WithSnapshot(rctx, s.DB) != rctx {
			t.Fatal("a second snapshot of the same database under one request read it again")
		}
		got, err := c.Compute(rctx, s.DB, cat, q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Compute(ctx, s.DB, cat, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("values under the snapshot differ from Compute's:\n%+v\n%+v", got, want)
		}
		return got
	}
	negOf := func(vals []Value) float64 {
		for _, v := range vals {
			if v.Period == "2025-03" && v.DepartmentCode != nil && *v.DepartmentCode == "A" && v.Value != nil {
				return *v.Value
			}
		}
		t.Fatalf("no March value for A in %+v", vals)
		return 0
	}
	if got := negOf(request()); got != 50 { // c1 rated 2 of c1, c2: 1 of 2 negative
		t.Fatalf("CARD_NEG %v, want 50", got)
	}
	request()
	if h, m := c.Stats(); h != 1 || m != 1 {
		t.Fatalf("hits %d misses %d, want 1 1", h, m)
	}
	exec(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES ('c3', DATE '2025-03-07', 'A', 1, 2)`)
	if got := negOf(request()); got < 66.6 || got > 66.7 { // 2 of 3
		t.Fatalf("after a new card CARD_NEG %v, want 66,7", got)
	}
	if h, m := c.Stats(); h != 1 || m != 2 {
		t.Fatalf("hits %d misses %d, want 1 2 (the new request sees the new card)", h, m)
	}
	// The names (and spans) a request reads once are kept by the data version: a department
	// renamed is a new version, and the next request names it anew.
	exec(`UPDATE departments SET name = 'Отдел Алфа' WHERE code = 'A'`)
	for _, v := range request() {
		if v.DepartmentCode != nil && *v.DepartmentCode == "A" && (v.Department == nil || *v.Department != "Отдел Алфа") {
			t.Fatalf("after the rename the department is named %v", v.Department)
		}
	}
	if Pooled(WithSnapshot(ctx, s.DB), s.DB) {
		t.Fatal("a single municipality's database read as pooled")
	}
}
