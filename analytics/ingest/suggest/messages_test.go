package suggest

import (
	"errors"
	"testing"

	"otzvuk/analytics/ingest/read"
	"otzvuk/internal/wordstest"
)

// Every reason of the drafts is told in both languages, each in its own, and every code named has
// its reason.
func TestDraftWordsInBothLanguages(t *testing.T) {
	for _, f := range words.Faults() {
		t.Error(f)
	}
	used := wordstest.Codes(t, ".", "words.Problem")
	if len(used["words.Problem"]) == 0 {
		t.Fatalf("the scan found no code: %v", used)
	}
	for _, c := range used["words.Problem"] {
		if _, ok := words[c]; !ok {
			t.Errorf("code %q has no words", c)
		}
	}
	var pr *read.Problem
	if err := draftError("fields.id"); !errors.As(err, &pr) || pr.BG == "" || pr.EN == "" || pr.Code != "unsafe_draft" {
		t.Errorf("%v", err)
	}
}
