// Package voice answers a department head's second question — what do people say? — from the
// comments of surveys and feedback cards and the texts of the signals register, matched against
// the themes (analytics/text): how often each theme comes up in the department against the
// municipality, with a few recent quotes, the lowest-rated first.
package voice

import (
	"context"
	"database/sql"
	"sort"
	"time"

	"otzvuk/analytics/text"
)

// Comment is one thing someone wrote, with where it came from.
type Comment struct {
	Source     string   `json:"source"` // survey | card | signal
	Date       string   `json:"date"`   // YYYY-MM-DD
	Department string   `json:"department"`
	Rating     *float64 `json:"rating"` // the overall rating or the card's, 1–5; nil for signals
	Text       string   `json:"text"`   // masked of personal data at import
	Themes     []string `json:"-"`      // the themes stored for it (theme_matches)
	Tone       string   `json:"-"`      // negative | positive | neutral (v_comments)
}

// ThemeCount is a theme's share among the department's comments, beside the municipality's.
type ThemeCount struct {
	ID     string    `json:"id"`
	Name   text.Name `json:"name"`
	N      int       `json:"n"`      // the department's comments that mention it
	Share  float64   `json:"share"`  // % of the department's comments
	All    int       `json:"all"`    // the municipality's comments that mention it
	AllPct float64   `json:"allPct"` // % of the municipality's comments
	Quotes []Comment `json:"quotes"` // up to three: lowest-rated, then newest
	User   bool      `json:"user"`   // the municipality's own theme (themes/ next to the database)
	// The change of the department's share against a year earlier (percentage points), from the
	// theme's indicator (THEME_<ID>): nil when a side has no comments or the comparison is withheld.
	Change            *float64 `json:"change"`
	ChangeSignificant *bool    `json:"changeSignificant"`
	ChangeSameSpan    bool     `json:"changeSameSpan"` // the same calendar days a year earlier (a partial year)
}

// Summary is what people said in a span: the themes, largest first, and how many comments there were.
type Summary struct {
	Comments    int          `json:"comments"`    // the department's
	AllComments int          `json:"allComments"` // the municipality's
	Themes      []ThemeCount `json:"themes"`
	// Proposals: possible new themes (Discover), from the department's complaints or, when it
	// has too few of them (ProposalsScope "municipality"), from the municipality's.
	Proposals      []Proposal `json:"proposals"`
	ProposalsScope string     `json:"proposalsScope"`
}

// Load reads every comment and text of the span (from, to inclusive) with its department code and
// the themes stored for it (Refresh first, so that new records have theme matches).
func Load(ctx context.Context, db *sql.DB, from, to time.Time) ([]Comment, []string, error) {
	rows, err := db.QueryContext(ctx, `
SELECT source, date, department_code, rating, text, themes, tone FROM v_comments
WHERE date BETWEEN ?::DATE AND ?::DATE`,
		from.Format(time.DateOnly), to.Format(time.DateOnly))
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var out []Comment
	var depts []string
	for rows.Next() {
		var c Comment
		var d time.Time
		var dept sql.NullString
		var rating sql.NullFloat64
		var themes duckdbList
		if err := rows.Scan(&c.Source, &d, &dept, &rating, &c.Text, &themes, &c.Tone); err != nil {
			return nil, nil, err
		}
		c.Date, c.Department, c.Themes = d.Format(time.DateOnly), dept.String, themes
		if rating.Valid {
			r := rating.Float64
			c.Rating = &r
		}
		out = append(out, c)
		depts = append(depts, dept.String)
	}
	return out, depts, rows.Err()
}

// duckdbList scans a VARCHAR[] column.
type duckdbList []string

func (l *duckdbList) Scan(src any) error {
	*l = duckdbList{} // stored, even when empty: not to be matched again
	xs, _ := src.([]any)
	for _, x := range xs {
		if s, ok := x.(string); ok {
			*l = append(*l, s)
		}
	}
	return nil
}

// Summarise counts the themes among the comments of one department (code) and of all: the themes
// stored with each comment, or, for comments without them (Themes nil), the themes matched now.
func Summarise(comments []Comment, depts []string, code string, themes *text.Themes) Summary {
	type tally struct {
		n, all int
		quotes []Comment
	}
	by := map[string]*tally{}
	var s Summary
	for i, c := range comments {
		mine := depts[i] == code
		s.AllComments++
		if mine {
			s.Comments++
		}
		found := c.Themes
		if found == nil {
			found = themes.Match(c.Text)
		}
		for _, id := range found {
			if _, ok := themes.Get(id); !ok {
				continue // matched by a theme since removed
			}
			t := by[id]
			if t == nil {
				t = &tally{}
				by[id] = t
			}
			t.all++
			if mine {
				t.n++
				t.quotes = append(t.quotes, c)
			}
		}
	}
	for id, t := range by {
		th, _ := themes.Get(id)
		tc := ThemeCount{ID: id, Name: th.Name, N: t.n, All: t.all, User: th.User}
		if s.Comments > 0 {
			tc.Share = 100 * float64(t.n) / float64(s.Comments)
		}
		if s.AllComments > 0 {
			tc.AllPct = 100 * float64(t.all) / float64(s.AllComments)
		}
		sort.SliceStable(t.quotes, func(i, j int) bool {
			ri, rj := rating(t.quotes[i]), rating(t.quotes[j])
			if ri != rj {
				return ri < rj
			}
			return t.quotes[i].Date > t.quotes[j].Date
		})
		seen := map[string]bool{} // the same words twice say nothing new
		for _, q := range t.quotes {
			if len(tc.Quotes) < 3 && !seen[q.Text] {
				seen[q.Text] = true
				tc.Quotes = append(tc.Quotes, q)
			}
		}
		if tc.N > 0 || tc.User && tc.All > 0 {
			s.Themes = append(s.Themes, tc)
		}
	}
	sort.SliceStable(s.Themes, func(i, j int) bool {
		if s.Themes[i].N != s.Themes[j].N {
			return s.Themes[i].N > s.Themes[j].N
		}
		return s.Themes[i].ID < s.Themes[j].ID
	})
	return s
}

// rating orders quotes: a signal has no rating, so a complaint counts as low and praise as high;
// unrated cards sit in the middle.
func rating(c Comment) float64 {
	if c.Source == "signal" {
		if c.Tone == "positive" {
			return 5
		}
		return 0
	}
	if c.Rating == nil {
		return 3
	}
	return *c.Rating
}
