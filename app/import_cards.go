package app

import (
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"otzvuk/analytics/forms"
	"otzvuk/analytics/ingest"
)

// CardEntry is one paper feedback card typed in the window's card entry.
type CardEntry struct {
	Number     string `json:"number"` // the number the office wrote on the card
	Date       string `json:"date"`   // YYYY-MM-DD
	Department string `json:"department"`
	Source     string `json:"source"` // box, tablet, online
	Rating     int    `json:"rating"` // 1–5, 0 = none
	Kind       string `json:"kind"`   // praise, complaint, proposal, other
	Text       string `json:"text"`
}

// SaveCards imports the typed cards at once through the feedback card's built-in mapping: the
// same checks, quarantine and import log as any import; a card typed twice is a duplicate.
func (s *ImportService) SaveCards(cards []CardEntry) ImportResult {
	if len(cards) == 0 || s.st.Store == nil {
		return ImportResult{Outcome: failed(problem("errors.noFile", errInvalid, nil))}
	}
	p, err := forms.KioskProfile()
	if err != nil {
		return ImportResult{Outcome: failed(problem("errors.badProfile", err, nil))}
	}
	dir, err := os.MkdirTemp("", "otzvuk-cards-")
	if err != nil {
		return ImportResult{Outcome: failed(problem("errors.file", err, nil))}
	}
	defer os.RemoveAll(dir)
	// the file's name is what the import log and the quarantine show
	path := filepath.Join(dir, "karti-"+time.Now().Format("2006-01-02-150405")+".csv")
	f, err := os.Create(path)
	if err != nil {
		return ImportResult{Outcome: failed(problem("errors.file", err, nil))}
	}
	w := csv.NewWriter(f)
	_ = w.Write(forms.KioskHeader())
	for _, c := range cards {
		rating := ""
		if c.Rating > 0 {
			rating = strconv.Itoa(c.Rating)
		}
		_ = w.Write([]string{c.Number, c.Date, c.Department, c.Source, rating, c.Kind, c.Text})
	}
	w.Flush()
	if err := errors.Join(w.Error(), f.Close()); err != nil {
		return ImportResult{Outcome: failed(problem("errors.file", err, nil))}
	}
	ctx, done, ok := s.run.start(s.st.context())
	if !ok {
		return ImportResult{Outcome: failed(problem("errors.busy", errors.New("an import is already running"), nil))}
	}
	defer done()
	// every good card is kept; the others go to the quarantine with their reasons
	sum, err := ingest.Import(ctx, s.st.Store, p, path, ingest.Options{MaxRejectRate: 1, RejectRateSet: true})
	if err == nil && sum.Status == "ok" {
		s.st.dropFirstOverview()
	}
	if err == nil && sum.Status == "ok" && s.emit != nil {
		s.emit(ctx, "data:changed", sum.ImportID)
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return ImportResult{Outcome: failed(problem("errors.cancelled", err, nil)), Summary: sum}
		}
		return ImportResult{Outcome: failed(fileProblem(err)), Summary: sum}
	}
	return ImportResult{Outcome: succeeded(), Summary: sum}
}
