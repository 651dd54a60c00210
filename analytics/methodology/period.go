package methodology

import "fmt"

// Grain is the length of a reporting period.
type Grain string

const (
	Month   Grain = "month"
	Quarter Grain = "quarter"
	Year    Grain = "year"
)

// ParseGrain accepts month, quarter or year.
func ParseGrain(s string) (Grain, error) {
	switch g := Grain(s); g {
	case Month, Quarter, Year:
		return g, nil
	case "":
		return Month, nil
	}
	return "", fmt.Errorf("unknown grain %q (month, quarter, year)", s)
}

// periodSQL labels a date column's period: 2025-03, 2025-Q1 or 2025.
// The expressions are fixed strings chosen by Grain, never user text.
func (g Grain) periodSQL(col string) string {
	switch g {
	case Quarter:
		return fmt.Sprintf("strftime(%s, '%%Y') || '-Q' || quarter(%s)", col, col)
	case Year:
		return fmt.Sprintf("strftime(%s, '%%Y')", col)
	}
	return fmt.Sprintf("strftime(%s, '%%Y-%%m')", col)
}
