package app

import (
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
)

func TestHugeWindowFiltersAreRefused(t *testing.T) {
	many := make([]string, methodology.MaxFilterValues+1)
	for i := range many {
		many[i] = "c"
	}
	_, p := Filters{Channel: many}.Apply(methodology.Query{})
	if p == nil || p.Key != "errors.filterTooLarge" || p.Params["dimension"] != "channel" || !strings.Contains(p.Params["bg"], "филтърът") {
		t.Fatalf("%+v", p)
	}
	if _, p := (Filters{Channel: []string{"portal"}}).Apply(methodology.Query{}); p != nil {
		t.Fatalf("%+v", p)
	}
}
