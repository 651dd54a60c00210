package dashboard

import (
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/spc"
)

// setIcons gives a tile the variation and assurance icons of its monthly series (an XmR chart
// after NHS England's Making Data Count, analytics/spc); a series of fewer than two months has none.
func setIcons(t *Tile, monthly []methodology.Value) {
	obs := spc.MonthlyObservations(monthly)
	n := 0
	for _, o := range obs {
		if o.Value != nil {
			n++
		}
	}
	t.SPCMonths = n
	if n < 2 {
		return
	}
	r, err := spc.Compute(obs, spc.Options{Direction: spc.ParseDirection(t.Direction), Target: t.Target})
	if err != nil {
		return
	}
	t.Variation, t.Assurance = string(r.Variation), string(r.Assurance)
}
