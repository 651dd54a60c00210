package spc

// Direction is which way is better for an indicator: the catalogue's direction.
type Direction int

const (
	Neutral Direction = 0 // neither: the catalogue's "none"
	Higher  Direction = 1
	Lower   Direction = -1
)

// ParseDirection reads the catalogue's direction (higher, lower, none or empty).
func ParseDirection(s string) Direction {
	switch s {
	case "higher", "increase":
		return Higher
	case "lower", "decrease":
		return Lower
	}
	return Neutral
}

// PointType is a point's colour in "plot the dots".
type PointType string

const (
	CommonCause        PointType = "common_cause"
	SpecialImprovement PointType = "special_cause_improvement"
	SpecialConcern     PointType = "special_cause_concern"
	SpecialNeutralHigh PointType = "special_cause_neutral_high"
	SpecialNeutralLow  PointType = "special_cause_neutral_low"
)

// pointType orients a rule by the indicator's direction (ptd_point_type): "above" and
// "increasing" are high, "below" and "decreasing" low; with no direction they are only high or low.
func pointType(r Rule, dir Direction) PointType {
	v := 0
	switch r {
	case AboveUpper, TrendUp, TwoInThreeUp, RunAbove:
		v = 1
	case BelowLower, TrendDown, TwoInThreeLow, RunBelow:
		v = -1
	}
	if v == 0 {
		return CommonCause
	}
	if dir == Neutral {
		if v > 0 {
			return SpecialNeutralHigh
		}
		return SpecialNeutralLow
	}
	if v*int(dir) > 0 {
		return SpecialImprovement
	}
	return SpecialConcern
}
