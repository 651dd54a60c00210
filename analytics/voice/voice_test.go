package voice

import (
	"testing"

	"otzvuk/analytics/text"
)

func f(x float64) *float64 { return &x }

// Shares by hand: department A has 4 comments, 2 about waiting ("чаках", "опашка"), one saying it
// did not wait (negated: not counted); the municipality has 6, 3 about waiting.
func TestSummariseByHand(t *testing.T) {
	themes, err := text.DefaultThemes()
	if err != nil {
		t.Fatal(err)
	}
	cs := []Comment{
		{Source: "survey", Date: "2025-03-01", Text: "Чаках два часа на опашката.", Rating: f(1)},
		{Source: "survey", Date: "2025-03-05", Text: "Голяма опашка пред гишето.", Rating: f(2)},
		{Source: "card", Date: "2025-03-06", Text: "Не чаках изобщо, благодаря.", Rating: f(5)},
		{Source: "survey", Date: "2025-03-07", Text: "Всичко беше наред.", Rating: f(4)},
		{Source: "survey", Date: "2025-03-08", Text: "Чакахме цяла сутрин.", Rating: f(2)},
		{Source: "signal", Date: "2025-03-09", Text: "Служителите бяха груби."},
	}
	depts := []string{"A", "A", "A", "A", "B", "B"}
	s := Summarise(cs, depts, "A", themes)
	if s.Comments != 4 || s.AllComments != 6 {
		t.Fatalf("%d / %d comments", s.Comments, s.AllComments)
	}
	var wait *ThemeCount
	for i := range s.Themes {
		for _, q := range s.Themes[i].Quotes {
			if q.Text == "Не чаках изобщо, благодаря." && s.Themes[i].ID == wait0(themes) {
				t.Fatal("a negated mention is counted as waiting")
			}
		}
		if s.Themes[i].ID == wait0(themes) {
			wait = &s.Themes[i]
		}
	}
	if wait == nil || wait.N != 2 || wait.Share != 50 || wait.All != 3 || wait.AllPct != 50 {
		t.Fatalf("waiting %+v", wait)
	}
	if wait.Quotes[0].Rating == nil || *wait.Quotes[0].Rating != 1 {
		t.Fatalf("the lowest-rated quote first: %+v", wait.Quotes)
	}
}

// wait0 is the id of the shipped waiting theme (the one that matches "чаках").
func wait0(themes *text.Themes) string {
	ids := themes.Match("чаках дълго")
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}
