package publish

import (
	"testing"

	"otzvuk/internal/wordstest"
)

func TestSiteWordsInBothLanguages(t *testing.T) { wordstest.Bilingual(t, "site", siteWords) }
