package voice

import (
	"sort"
	"strings"

	"otzvuk/analytics/text"
)

// Proposal is a word or a pair of words that sets the dissatisfied apart from the satisfied and
// that no theme covers yet: a possible new theme.
type Proposal struct {
	Term  string   `json:"term"`  // stems, one or two ("климатик", "задушн зала")
	Words []string `json:"words"` // the forms people wrote, most frequent first ("климатикът", "климатик")
	Shown string   `json:"shown"` // the most frequent form, to show
	Low   int      `json:"low"`   // mentions in comments rated 1–2 (and complaints)
	High  int      `json:"high"`  // mentions in comments rated 4–5 (and praise)
	Z     float64  `json:"z"`     // weighted log-odds z, low against high
}

// Discovery options: how often a term must come up among the low-rated comments, and how many
// proposals to return.
const (
	proposalMinLow = 3
	proposalMax    = 6
)

// Discover finds the possible new themes among one department's comments (code; "" for all):
// the terms and word pairs of the low-rated comments (1–2, complaints, signals) that no theme
// explains, against the high-rated (4–5, praise) by weighted log-odds with an informative Dirichlet prior, keeping those
// with z > 1.96 or, when there is too little to tell, the frequent ones — always only those that
// no theme covers.
func Discover(comments []Comment, depts []string, code string, themes *text.Themes) []Proposal {
	var low, high [][]string
	forms := map[string]map[string]int{}
	for i, c := range comments {
		if code != "" && depts[i] != code {
			continue
		}
		switch tone(c) {
		case "negative":
			// A complaint a theme already explains proposes nothing new.
			if themed := c.Themes; themed == nil && len(themes.Match(c.Text)) > 0 || len(themed) > 0 {
				continue
			}
			low = append(low, termsWithForms(c.Text, forms))
		case "positive":
			high = append(high, termsWithForms(c.Text, forms))
		}
	}
	if len(low) == 0 {
		return nil
	}
	var out []Proposal
	for _, s := range text.LogOdds(low, high, text.LogOddsOptions{MinCount: proposalMinLow}) {
		if s.CountA < proposalMinLow || s.Z <= 0 {
			continue
		}
		words := formsOf(s.Term, forms)
		if len(words) == 0 || covered(themes, words) {
			continue
		}
		out = append(out, Proposal{Term: s.Term, Words: words, Shown: words[0], Low: s.CountA, High: s.CountB, Z: s.Z})
	}
	// Distinct ones first (z > 1.96), then by how often they were said.
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := out[i].Z > 1.96, out[j].Z > 1.96
		if di != dj {
			return di
		}
		if out[i].Low != out[j].Low {
			return out[i].Low > out[j].Low
		}
		return out[i].Term < out[j].Term
	})
	out = dropPairsOfShownWords(out)
	if len(out) > proposalMax {
		out = out[:proposalMax]
	}
	return out
}

func tone(c Comment) string {
	switch {
	case c.Tone != "":
		return c.Tone
	case c.Source == "signal":
		return "negative"
	case c.Rating == nil:
		return ""
	case *c.Rating <= 2:
		return "negative"
	case *c.Rating >= 4:
		return "positive"
	}
	return ""
}

// termsWithForms: the comment's terms (stems without stopwords) and the pairs of consecutive
// ones, remembering which written form gave each stem.
func termsWithForms(comment string, forms map[string]map[string]int) []string {
	var stems []string
	var words []string
	for _, tok := range text.Tokens(comment) {
		if text.IsStopword(tok) || len([]rune(tok)) < 3 {
			stems, words = append(stems, ""), append(words, "") // a gap: no pair across it
			continue
		}
		stems, words = append(stems, text.Stem(tok)), append(words, tok)
	}
	var out []string
	note := func(term, form string) {
		if forms[term] == nil {
			forms[term] = map[string]int{}
		}
		forms[term][form]++
		out = append(out, term)
	}
	for i, s := range stems {
		if s == "" {
			continue
		}
		note(s, words[i])
		if i+1 < len(stems) && stems[i+1] != "" {
			note(s+" "+stems[i+1], words[i]+" "+words[i+1])
		}
	}
	return out
}

func formsOf(term string, forms map[string]map[string]int) []string {
	var out []string
	for f := range forms[term] {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		ci, cj := forms[term][out[i]], forms[term][out[j]]
		if ci != cj {
			return ci > cj
		}
		return out[i] < out[j]
	})
	return out
}

// covered: some theme already finds one of the forms on its own.
func covered(themes *text.Themes, words []string) bool {
	for _, w := range words {
		if len(themes.Match(w)) > 0 {
			return true
		}
	}
	return false
}

// dropPairsOfShownWords: a pair adds nothing when one of its words is already proposed.
func dropPairsOfShownWords(ps []Proposal) []Proposal {
	single := map[string]bool{}
	for _, p := range ps {
		if !strings.Contains(p.Term, " ") {
			single[p.Term] = true
		}
	}
	var out []Proposal
	for _, p := range ps {
		if a, b, pair := strings.Cut(p.Term, " "); pair && (single[a] || single[b]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// MinComplaintsToDiscover: a department with fewer unexplained complaints than this gets the
// municipality's proposals (said so), since a handful of texts proposes only noise.
const MinComplaintsToDiscover = 20

// DiscoverFor is Discover for the department, or for the municipality when the department has too
// few unexplained complaints; scope says which ("department" or "municipality").
func DiscoverFor(comments []Comment, depts []string, code string, themes *text.Themes) ([]Proposal, string) {
	unexplained := 0
	for i, c := range comments {
		if depts[i] == code && tone(c) == "negative" && len(c.Themes) == 0 && len(themes.Match(c.Text)) == 0 {
			unexplained++
		}
	}
	if code == "" || unexplained < MinComplaintsToDiscover {
		return Discover(comments, depts, "", themes), "municipality"
	}
	return Discover(comments, depts, code, themes), "department"
}
