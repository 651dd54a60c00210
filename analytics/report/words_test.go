package report

import (
	"testing"

	"otzvuk/internal/wordstest"
)

func TestReportWordsInBothLanguages(t *testing.T) { wordstest.Bilingual(t, "report", words) }
