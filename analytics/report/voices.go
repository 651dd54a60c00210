package report

import (
	"context"
	"database/sql"
	"math"
	"sort"
	"strconv"
	"time"

	"otzvuk/analytics/drivers"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// ThemeRow is a theme's share of the year's comments and texts (its THEME_<ID> indicator).
type ThemeRow struct {
	ID, Name    string
	Mentions, N int64
	Share       float64
	Change      *float64 // percentage points against a year earlier (the same months in a partial year)
	Significant *bool
	Worse       bool // a rise, or a fall of praise
}

// themesShown: the report names this many themes for the municipality and for each department.
const (
	themesShownTotal = 6
	themesShownDept  = 6
)

// themes fills the municipality's themes and each department's top themes and driver matrix.
// The comments' theme matches must be stored (voice.Refresh) before.
func (r *Report) themes(ctx context.Context, db *sql.DB, ts *text.Themes, from, to time.Time) error {
	cat, _ := voice.Catalog(ts)
	if cat != nil {
		var ids []string
		for _, t := range ts.All() {
			ids = append(ids, voice.IndicatorID(t.ID, false))
		}
		vals, err := methodology.Compute(ctx, db, cat, methodology.Query{Indicators: ids, Grain: methodology.Year,
			By: []methodology.Dimension{methodology.ByDepartment}, From: from, To: to})
		if err != nil {
			return err
		}
		byDept := map[string][]ThemeRow{}
		year := strconv.Itoa(r.Year)
		for _, v := range vals {
			if v.Period != year || v.Value == nil || *v.Value == 0 {
				continue
			}
			id, _, _ := voice.ThemeOf(v.Indicator)
			th, _ := ts.Get(id)
			row := ThemeRow{ID: id, Name: th.Name.BG, N: v.N, Share: *v.Value, Mentions: int64(math.Round(*v.Value * float64(v.N) / 100))}
			if r.Lang == "en" {
				row.Name = th.Name.EN
			}
			if !v.YearAgoWithheld && v.YearAgoDelta != nil {
				row.Change, row.Significant = v.YearAgoDelta, v.YearAgoSignificant
				row.Worse = (*v.YearAgoDelta > 0) != (id == "praise")
			}
			key := ""
			if v.DepartmentCode != nil {
				key = *v.DepartmentCode
			}
			byDept[key] = append(byDept[key], row)
		}
		top := func(rows []ThemeRow, n int) []ThemeRow {
			sort.SliceStable(rows, func(i, j int) bool {
				if rows[i].Mentions != rows[j].Mentions {
					return rows[i].Mentions > rows[j].Mentions
				}
				return rows[i].ID < rows[j].ID
			})
			return rows[:min(n, len(rows))]
		}
		r.Themes = top(byDept[""], themesShownTotal)
		for i := range r.Departments {
			r.Departments[i].Themes = top(byDept[r.Departments[i].Code], themesShownDept)
		}
	}
	for i := range r.Departments {
		m, err := drivers.FromDB(ctx, db, r.Departments[i].Code, from.Format(time.DateOnly), to.Format(time.DateOnly),
			drivers.Options{Bootstrap: 200, Seed: 1})
		if err != nil {
			return err
		}
		sort.SliceStable(m.Drivers, func(a, b int) bool { return m.Drivers[a].Percent > m.Drivers[b].Percent })
		r.Departments[i].Drivers = m
	}
	return nil
}
