package report

import (
	"fmt"
	"sort"
	"strings"

	"otzvuk/analytics/format"
)

// The methods and limitations section: where the numbers come from, how many answered, what the
// report's statistics mean and which date puts a record in the year. Written once from the
// report's data; every renderer prints the same paragraphs and list.

// Limits is the section's text: paragraphs, then each date basis with its indicators.
type Limits struct {
	Paragraphs []string
	DateBasis  []string // "по дата на отговора: Индекс на удовлетвореност, …"
}

// smallSampleThreshold is the satisfaction index's minimum n, the threshold the survey-based
// indicators share (the catalogue's default, 30); other indicators' thresholds are in the annex.
func (r *Report) smallSampleThreshold() int {
	if ind, ok := r.Catalog.Get("SAT_IDX"); ok && ind.MinN > 0 {
		return ind.MinN
	}
	return 30
}

// Limits writes the section from the report's numbers.
func (r *Report) Limits() Limits {
	lang := r.Lang
	var l Limits
	// sources and the counts of each method's records
	var used []string
	for _, m := range r.Methods {
		if m.Records > 0 {
			used = append(used, m.Name+" — "+format.F(float64(m.Records), lang, 0))
		}
	}
	if len(used) == 0 {
		used = append(used, word(lang, "limNoRecords"))
	}
	l.Paragraphs = append(l.Paragraphs, nbText(fmt.Sprintf(word(lang, "limSources"), r.Year, strings.Join(used, "; "))))
	l.Paragraphs = append(l.Paragraphs, word(lang, "limReach"))
	for _, x := range r.Indicators {
		if x.ID == "FEEDBACK_RATE" && x.Value != nil {
			l.Paragraphs = append(l.Paragraphs, fmt.Sprintf(word(lang, "limRate"), format.Value(x.Value, x.Unit, lang)))
		}
	}
	l.Paragraphs = append(l.Paragraphs,
		fmt.Sprintf(word(lang, "limSmall"), r.smallSampleThreshold()),
		word(lang, "limInterval"),
		fmt.Sprintf(word(lang, "limFDR"), format.F(100*r.FDR.Level, lang, 0)),
		word(lang, "limSPC"),
		word(lang, "limKey"),
		word(lang, "limNotation"))
	// the date basis of each indicator, grouped: one line per basis
	by := map[string][]string{}
	for _, x := range r.Indicators {
		ind, ok := r.Catalog.Get(x.ID)
		if !ok {
			continue
		}
		b := ind.DateBasis
		if b == "" {
			b = "date"
		}
		by[b] = append(by[b], x.Name)
	}
	var bases []string
	for b := range by {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	for _, b := range bases {
		l.DateBasis = append(l.DateBasis, dateBasisWord(b, lang)+": "+strings.Join(by[b], ", "))
	}
	return l
}

var dateBasisWords = map[string][2]string{
	"response":  {"по дата на отговора на анкетата", "by the date of the survey response"},
	"card":      {"по дата на картата", "by the date of the card"},
	"completed": {"по дата на приключване на услугата", "by the date the service was completed"},
	"decided":   {"по дата на решението", "by the date of the decision"},
	"due":       {"по крайния срок", "by the deadline"},
	"received":  {"по дата на постъпване", "by the date received"},
	"start":     {"по дата на започване", "by the start date"},
	"submitted": {"по дата на подаване на заявлението", "by the date the request was submitted"},
	"visit":     {"по дата на посещението „таен клиент“", "by the date of the mystery shopper's visit"},
	"date":      {"по датата на записа", "by the record's date"},
}

func dateBasisWord(b, lang string) string {
	if w, ok := dateBasisWords[b]; ok {
		if lang == "en" {
			return w[1]
		}
		return w[0]
	}
	return b
}
