package app

import (
	"testing"

	"otzvuk/analytics/spc"
)

// The overview's tiles carry Making Data Count's icons of their monthly series: the same chart
// `otzvuk spc --indicator ID` computes (analytics/spc, checked there against hand-computed series).
func TestOverviewTilesCarrySPCIcons(t *testing.T) {
	st, _ := startedState(t)
	res := NewOverviewService(st).Overview(OverviewRequest{Lang: "bg"})
	if !res.OK {
		t.Fatalf("%+v", res.Problem)
	}
	seen := 0
	for _, tile := range res.Tiles {
		obs, err := spc.IndicatorSeries(st.Context(), st.Store.DB, st.Catalog, spc.SeriesQuery{Indicator: tile.Indicator})
		if err != nil {
			t.Fatal(err)
		}
		want, err := spc.Compute(obs, spc.Options{Direction: spc.ParseDirection(tile.Direction), Target: tile.Target})
		if err != nil {
			t.Fatal(err)
		}
		if tile.Variation != string(want.Variation) || tile.Assurance != string(want.Assurance) {
			t.Errorf("%s: icons %q/%q, want %q/%q", tile.Indicator, tile.Variation, tile.Assurance, want.Variation, want.Assurance)
		}
		if tile.Variation != "" {
			seen++
		}
	}
	if seen == 0 {
		t.Fatal("no tile has a variation icon on the demo's 34 months")
	}
}
