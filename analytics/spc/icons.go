package spc

// Variation is the "Making Data Count" variation icon of a series.
type Variation string

const (
	VariationNone        Variation = ""             // no point has a value
	VariationCommon      Variation = "common_cause" // grey
	VariationImprovement Variation = "improvement"  // blue
	VariationConcern     Variation = "concern"      // orange
	VariationNeutralHigh Variation = "neutral_high" // purple, no direction is better
	VariationNeutralLow  Variation = "neutral_low"
)

// Assurance is the icon that says whether the process will meet its target.
type Assurance string

const (
	AssuranceNone         Assurance = "" // no target, no direction, or no limits
	AssurancePass         Assurance = "consistent_pass"
	AssuranceFail         Assurance = "consistent_fail"
	AssuranceInconsistent Assurance = "inconsistent" // hit and miss
)

// variationOf is the icon of the last point (ptd_get_icons: the point at max(x)). R takes the last
// row even when its value is missing, and then shows common cause; here the last point with a
// value decides, since a month without data says nothing about the process.
func variationOf(points []Point) Variation {
	for i := len(points) - 1; i >= 0; i-- {
		p := points[i]
		if p.Value == nil {
			continue
		}
		switch p.Type {
		case SpecialImprovement:
			return VariationImprovement
		case SpecialConcern:
			return VariationConcern
		case SpecialNeutralHigh:
			return VariationNeutralHigh
		case SpecialNeutralLow:
			return VariationNeutralLow
		}
		return VariationCommon
	}
	return VariationNone
}

// assuranceOf compares the target with the last segment's limits (ptd_calculate_assurance_type):
// a target beyond the upper limit is never reached by a process that should rise, and always met
// by one that should fall; beyond the lower limit the reverse; between the limits (on one
// included) hit and miss. With no direction there is no assurance. R calls a segment without
// limits (NaN) "inconsistent"; here it gets none, since nothing is known about its spread.
func assuranceOf(target *float64, dir Direction, last Segment) Assurance {
	if target == nil || dir == Neutral || last.LowerLimit == nil || last.UpperLimit == nil {
		return AssuranceNone
	}
	t := *target
	switch {
	case t > *last.UpperLimit:
		if dir == Higher {
			return AssuranceFail
		}
		return AssurancePass
	case t < *last.LowerLimit:
		if dir == Higher {
			return AssurancePass
		}
		return AssuranceFail
	}
	return AssuranceInconsistent
}
