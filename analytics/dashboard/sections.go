package dashboard

import (
	"strconv"
	"time"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/methodology"
)

// sections is the one period every section of the department view answers for.
type sections struct {
	period   string // 2025, 2026-Q3, 2026-07
	grain    methodology.Grain
	from, to time.Time // inclusive days
}

func (s sections) ok() bool { return s.period != "" && s.period != "0" }

// sectionsOf is the department's year, or the period asked for (opened from a change).
func sectionsOf(year int, asked string) (sections, error) {
	if asked == "" {
		return sections{period: strconv.Itoa(year), grain: methodology.Year,
			from: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), to: time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)}, nil
	}
	g, err := compare.GrainOf(asked)
	if err != nil {
		return sections{}, err
	}
	grain, err := methodology.ParseGrain(g)
	if err != nil {
		return sections{}, err
	}
	start, next, err := compare.PeriodBounds(asked)
	if err != nil {
		return sections{}, err
	}
	return sections{period: asked, grain: grain, from: start, to: next.AddDate(0, 0, -1)}, nil
}

// quarterOf is the period when it is a quarter (the services' table compares quarters), else "".
func quarterOf(period string) string {
	if g, err := compare.GrainOf(period); err == nil && g == "quarter" {
		return period
	}
	return ""
}
