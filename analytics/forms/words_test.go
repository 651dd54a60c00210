package forms

import (
	"testing"

	"otzvuk/internal/wordstest"
)

func TestFormsWordsInBothLanguages(t *testing.T) { wordstest.Bilingual(t, "forms", words) }
