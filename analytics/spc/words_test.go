package spc

import (
	"testing"

	"otzvuk/internal/wordstest"
)

func TestSPCWordsInBothLanguages(t *testing.T) { wordstest.Pairs(t, "spc", words) }
