package ingest

import (
	"context"
	"testing"
)

// A key made of hashed columns together with a mapped id: a corrected file replaces the record
// whose hashed columns match, instead of failing on the id already stored.
func TestHashKeyWithMappedIDReplaces(t *testing.T) {
	const profile = `
name: Карти
record_kind: feedback_cards
key: {hash: [Дата, Отдел]}
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(profile))
	if err != nil {
		t.Fatal(err)
	}
	first := writeFile(t, "cards.csv", cardsHeader+"H-0,05.03.2026,GRAO,box,4,x\n")
	if _, err := Import(context.Background(), s, p, first, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	second := writeFile(t, "cards.csv", cardsHeader+"H-0,05.03.2026,GRAO,box,2,поправено\n")
	sum, err := Import(context.Background(), s, p, second, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Replaced != 1 || sum.New != 0 {
		t.Errorf("replaced %d new %d, want 1, 0", sum.Replaced, sum.New)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards WHERE rating = 2`); n != 1 {
		t.Errorf("%d corrected records", n)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards`); n != 1 {
		t.Errorf("%d records, want 1", n)
	}
}
