package methodology

import (
	"errors"
	"fmt"
	"strings"
)

// SkippedIndicator is an indicator that failed at run time and so has no values.
type SkippedIndicator struct {
	ID     string `json:"id"`
	File   string `json:"file"`
	User   bool   `json:"user"`
	Reason string `json:"reason"` // what DuckDB said, for the analyst who wrote the expression
}

// SkippedError says which indicators of a request were skipped; the others were computed.
type SkippedError struct {
	Skipped []SkippedIndicator
}

func (e *SkippedError) Error() string {
	parts := make([]string, len(e.Skipped))
	for i, s := range e.Skipped {
		parts[i] = s.String()
	}
	return strings.Join(parts, "; ")
}

// String names the indicator and its file in Bulgarian and English.
func (s SkippedIndicator) String() string {
	return fmt.Sprintf("показател %s (%s) е пропуснат, не може да бъде изчислен / indicator %s (%s) was skipped, it cannot be computed: %s",
		s.ID, s.File, s.ID, s.File, s.Reason)
}

// SplitSkipped separates skipped indicators from a failure of the whole request: err is nil when
// the only problem was skipped indicators (whose values are simply missing).
func SplitSkipped(err error) ([]SkippedIndicator, error) {
	var se *SkippedError
	if errors.As(err, &se) {
		return se.Skipped, nil
	}
	return nil, err
}
