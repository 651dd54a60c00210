package text

import (
	"math"
	"sort"
)

// TermScore is one term's weighted log-odds between corpus A and corpus B.
type TermScore struct {
	Term   string  `json:"term"`
	CountA int     `json:"count_a"`
	CountB int     `json:"count_b"`
	Delta  float64 `json:"delta"` // log-odds ratio A vs B, smoothed by the prior
	SE     float64 `json:"se"`    // its approximate standard error
	Z      float64 `json:"z"`     // Delta / SE: > 1.96 distinctly A, < -1.96 distinctly B
}

// LogOddsOptions tunes LogOdds.
type LogOddsOptions struct {
	// Alpha0 is the total prior count α₀. Each term gets α_w = α₀ · y_w / n, where y_w is its count
	// in both corpora together and n their total size. 0 means α₀ = n, i.e. the prior is the pooled
	// corpus itself (α_w = y_w), the usual choice when there is no separate background corpus.
	Alpha0 float64
	// MinCount leaves out terms seen fewer times than this in both corpora together (0 keeps all).
	MinCount int
}

// LogOdds is the weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi
// and Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the
// Content of Political Conflict", Political Analysis 16(4), eq. 16–22. For term w with counts
// y_w^A, y_w^B, corpus sizes n^A, n^B and prior α_w (α₀ their sum):
//
//	δ_w = ln[(y_w^A + α_w) / (n^A + α₀ − y_w^A − α_w)] − ln[(y_w^B + α_w) / (n^B + α₀ − y_w^B − α_w)]
//	σ²(δ_w) ≈ 1/(y_w^A + α_w) + 1/(y_w^B + α_w)
//	z_w = δ_w / σ(δ_w)
//
// Each document is a list of terms (see Terms). The result is sorted by z, largest (most typical
// of A) first; ties by term.
func LogOdds(a, b [][]string, opt LogOddsOptions) []TermScore {
	ca, cb := map[string]int{}, map[string]int{}
	na, nb := 0, 0
	for _, d := range a {
		for _, t := range d {
			ca[t]++
			na++
		}
	}
	for _, d := range b {
		for _, t := range d {
			cb[t]++
			nb++
		}
	}
	n := float64(na + nb)
	if n == 0 {
		return nil
	}
	alpha0 := opt.Alpha0
	if alpha0 <= 0 {
		alpha0 = n
	}
	terms := map[string]bool{}
	for t := range ca {
		terms[t] = true
	}
	for t := range cb {
		terms[t] = true
	}
	out := make([]TermScore, 0, len(terms))
	for t := range terms {
		ya, yb := float64(ca[t]), float64(cb[t])
		if int(ya+yb) < opt.MinCount {
			continue
		}
		aw := alpha0 * (ya + yb) / n
		delta := math.Log((ya+aw)/(float64(na)+alpha0-ya-aw)) - math.Log((yb+aw)/(float64(nb)+alpha0-yb-aw))
		se := math.Sqrt(1/(ya+aw) + 1/(yb+aw))
		out = append(out, TermScore{Term: t, CountA: ca[t], CountB: cb[t], Delta: delta, SE: se, Z: delta / se})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Z != out[j].Z {
			return out[i].Z > out[j].Z
		}
		return out[i].Term < out[j].Term
	})
	return out
}

// Discover compares low-rated comments (A, e.g. ratings 1–2) with high-rated ones (B, 4–5):
// positive z marks what the dissatisfied say, negative z what the satisfied say.
func Discover(low, high []string, opt LogOddsOptions) []TermScore {
	toTerms := func(cs []string) [][]string {
		out := make([][]string, len(cs))
		for i, c := range cs {
			out[i] = Terms(c)
		}
		return out
	}
	return LogOdds(toTerms(low), toTerms(high), opt)
}
