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

// periodSQL truncates a date column to its period's first day; Go labels it (2025-03, 2025-Q1, 2025).
// Truncating is much cheaper than formatting a string per record. The expressions are fixed strings
// chosen by Grain, never user text.
func (g Grain) periodSQL(col string) string {
	switch g {
	case Quarter:
		return fmt.Sprintf("date_trunc('quarter', %s)::DATE", col)
	case Year:
		return fmt.Sprintf("date_trunc('year', %s)::DATE", col)
	}
	return fmt.Sprintf("date_trunc('month', %s)::DATE", col)
}
