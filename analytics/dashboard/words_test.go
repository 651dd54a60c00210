package dashboard

import (
	"testing"

	"otzvuk/internal/wordstest"
)

func TestDepartmentWordsInBothLanguages(t *testing.T) {
	wordstest.Bilingual(t, "department", deptWords)
}
