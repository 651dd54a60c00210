package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"otzvuk/analytics/ingest/read"
)

// card is one feedback-card record as JSON.
func card(id string, rating int, text string) string {
	return fmt.Sprintf(`{"№":%q,"Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":%d,"Коментар":%q}`, id, rating, text)
}

func importJSON(t *testing.T, content string, o Options) (*Summary, error, int) {
	t.Helper()
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	o.Now = testNow
	sum, err := Import(context.Background(), s, p, writeFile(t, "cards.json", content), o)
	return sum, err, count(t, s, "SELECT count(*) FROM feedback_cards")
}

// In a minified array every record is on line 1; its row is its position in the array.
func TestMinifiedJSONRowsAreRecordPositions(t *testing.T) {
	var recs []string
	for i := 1; i <= 100; i++ {
		rating := 4
		if i <= 60 {
			rating = 9 // records 1–60 are out of scale
		}
		recs = append(recs, card(fmt.Sprintf("K%d", i), rating, "x"))
	}
	for name, body := range map[string]string{"minified": "[" + strings.Join(recs, ",") + "]", "pretty": "[\n  " + strings.Join(recs, ",\n  ") + "\n]\n"} {
		sum, err, stored := importJSON(t, body, Options{})
		if !errors.Is(err, ErrRejected) || sum.Rejected != 60 || stored != 0 {
			t.Errorf("%s: %v, rejected %d, stored %d; want rejected 60 of 100 and nothing stored", name, err, sum.Rejected, stored)
			continue
		}
		for i, pr := range sum.Problems {
			if pr.Row != i+1 || pr.Column != "Оценка" {
				t.Errorf("%s: problem %d at row %d column %q, want row %d", name, i, pr.Row, pr.Column, i+1)
				break
			}
		}
	}
}

func TestRepeatedJSONRecordsBehaveAsInCSV(t *testing.T) {
	for name, body := range map[string]string{
		"minified": "[" + card("K1", 4, "a") + "," + card("K1", 4, "a") + "," + card("K2", 3, "b") + "," + card("K2", 5, "b") + "]",
		"pretty":   "[\n" + card("K1", 4, "a") + ",\n" + card("K1", 4, "a") + ",\n" + card("K2", 3, "b") + ",\n" + card("K2", 5, "b") + "\n]",
		"ndjson":   card("K1", 4, "a") + "\n" + card("K1", 4, "a") + "\n" + card("K2", 3, "b") + "\n" + card("K2", 5, "b") + "\n",
	} {
		// K1 twice identical → 1 duplicate; K2 twice with another rating → the later (record 4) kept, record 3 a conflicting copy.
		sum, err, stored := importJSON(t, body, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if sum.New != 2 || sum.Duplicates != 1 || sum.Conflicting != 1 || stored != 2 {
			t.Errorf("%s: new %d dup %d conflicting %d stored %d; want 2, 1, 1, 2", name, sum.New, sum.Duplicates, sum.Conflicting, stored)
		}
		if len(sum.Conflicts) != 1 || sum.Conflicts[0].Kept != 4 || fmtInts(sum.Conflicts[0].Rows) != "3" {
			t.Errorf("%s: conflicts %+v", name, sum.Conflicts)
		}
	}
}

func TestJSONTrailingContentIsAnError(t *testing.T) {
	arr := "[" + card("K1", 4, "a") + "]"
	for name, c := range map[string]struct {
		body   string
		offset int
	}{
		"two arrays":       {arr + "\n" + arr, len(arr) + 1},
		"trailing garbage": {arr + "  x", len(arr) + 2},
		"trailing object":  {arr + card("K2", 4, "b"), len(arr)},
		"ndjson garbage":   {card("K1", 4, "a") + "\n" + card("K2", 4, "b") + " ]\n", len(card("K1", 4, "a")) + 1 + len(card("K2", 4, "b")) + 1},
	} {
		_, err, stored := importJSON(t, c.body, Options{})
		var pr *read.Problem
		if !errors.As(err, &pr) || pr.Code != "json_trailing" || stored != 0 {
			t.Errorf("%s: %v (stored %d)", name, err, stored)
			continue
		}
		if want := fmt.Sprintf("байт %d", c.offset); !strings.Contains(pr.BG, want) || !strings.Contains(pr.EN, fmt.Sprintf("byte %d", c.offset)) {
			t.Errorf("%s: %q / %q does not name %s", name, pr.BG, pr.EN, want)
		}
	}
	// A syntax error is named by its byte offset, in both languages, without the parser's words.
	body := `[{"№": "K1", }]`
	at := strings.Index(body, "}") // the byte that breaks it, counted from 0
	_, err, _ := importJSON(t, body, Options{})
	var pr *read.Problem
	if !errors.As(err, &pr) || pr.Code != "json_syntax" || !strings.Contains(pr.BG, fmt.Sprintf("байт %d", at)) || !strings.Contains(pr.EN, fmt.Sprintf("byte %d", at)) || strings.Contains(pr.EN, "invalid character") {
		t.Errorf("syntax: %v", err)
	}
}

func TestDuplicateJSONKeysAreNamed(t *testing.T) {
	good := card("K1", 4, "a")
	for name, rec := range map[string]string{
		"exact":  `{"№":"K2","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"Оценка":5}`,
		"case":   `{"№":"K2","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4,"оценка":5}`,
		"spaces": `{"№":"K2","Дата":"05.03.2026","Отдел":"GRAO","Източник":"box","Оценка":4," Оценка ":5}`,
	} {
		sum, err, _ := importJSON(t, "["+good+","+rec+"]", Options{MaxRejectRate: 0.9})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if sum.Rejected != 1 || sum.New != 1 || len(sum.Problems) != 1 {
			t.Errorf("%s: rejected %d new %d problems %v", name, sum.Rejected, sum.New, sum.Problems)
			continue
		}
		pr := sum.Problems[0]
		if pr.Code != "json_duplicate_key" || pr.Row != 2 || !strings.Contains(pr.EN, "Оценка") || !strings.Contains(pr.BG, "Оценка") {
			t.Errorf("%s: %+v", name, pr)
		}
	}
	// Keys differing only in case across records are one column.
	sum, err, stored := importJSON(t, "["+good+`,{"№":"K2","дата":"06.03.2026","Отдел":"GRAO","Източник":"box","Оценка":3}]`, Options{})
	if err != nil || sum.New != 2 || stored != 2 {
		t.Errorf("case across records: %v %+v", err, sum)
	}
}
