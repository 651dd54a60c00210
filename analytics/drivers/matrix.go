package drivers

import (
	"context"
	"database/sql"
	"fmt"
	"math"
)

// Items are the survey items that drive the overall rating, in output order, with their names.
var Items = []struct{ id, bg, en string }{
	{"timeliness", "Срочност", "Timeliness"},
	{"accessibility", "Достъпност", "Accessibility"},
	{"competence", "Компетентност", "Competence"},
	{"courtesy", "Любезност", "Courtesy"},
	{"fairness", "Справедливост", "Fairness"},
	{"outcome", "Резултат", "Outcome"},
}

// Row is one driver in the matrix: its weight and its place in the importance–performance matrix.
type Row struct {
	Weight
	NameBG      string   `json:"name_bg"`
	NameEN      string   `json:"name_en"`
	Performance float64  `json:"performance"` // mean rating rescaled to 0–100
	Quadrant    Quadrant `json:"quadrant"`
}

// Matrix is the key-driver analysis of the overall rating for a department (or all).
type Matrix struct {
	Department string   `json:"department,omitempty"`
	N          int      `json:"n"`
	R2         float64  `json:"r2"`
	Hidden     bool     `json:"hidden"`
	Warnings   []string `json:"warnings"`
	Level      float64  `json:"level"`
	Resamples  int      `json:"resamples"`
	CutImp     float64  `json:"importance_cut"`
	CutPerf    float64  `json:"performance_cut"`
	Drivers    []Row    `json:"drivers"`
}

// FromDB reads the survey responses of a department ("" = all; from/to "" = every date) and
// analyses them: relative weights with bootstrap intervals and the importance–performance quadrants.
func FromDB(ctx context.Context, db *sql.DB, dept, from, to string, opt Options) (*Matrix, error) {
	x, y, err := responses(ctx, db, dept, from, to)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(Items))
	for i, d := range Items {
		names[i] = d.id
	}
	res, err := Analyze(names, x, y, opt)
	if err != nil && res == nil {
		return nil, err
	}
	out := &Matrix{Department: dept, N: res.N, R2: res.R2, Hidden: res.Hidden, Warnings: res.Warnings,
		Level: res.Level, Resamples: res.Resample, Drivers: []Row{}}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	if err != nil {
		out.Warnings = append(out.Warnings, err.Error())
		out.Hidden = true
	}
	if !out.Hidden {
		cx, _ := CompleteCases(x, y)
		imp := make([]float64, len(names))
		perf := make([]float64, len(names))
		for j, w := range res.Weights {
			imp[j] = w.Percent
			for _, row := range cx {
				perf[j] += row[j]
			}
			perf[j] /= float64(len(cx))
		}
		pts, ci, cp := IPA(names, imp, perf, Cuts{})
		out.CutImp, out.CutPerf = ci, cp
		for j, w := range res.Weights {
			out.Drivers = append(out.Drivers, Row{Weight: w, NameBG: Items[j].bg, NameEN: Items[j].en,
				Performance: perf[j], Quadrant: pts[j].Quadrant})
		}
	}
	return out, nil
}

// responses reads one row per survey response: the driver items and the overall rating, each
// rescaled to 0–100 from its own scale; a missing item is NaN (CompleteCases drops the row).
func responses(ctx context.Context, db *sql.DB, dept, from, to string) ([][]float64, []float64, error) {
	q := "SELECT r.id, max(CASE WHEN sr.item = 'overall' THEN (sr.rating - sr.scale_min) / nullif(sr.scale_max - sr.scale_min, 0) * 100 END)"
	for _, d := range Items {
		q += fmt.Sprintf(", max(CASE WHEN sr.item = '%s' THEN (sr.rating - sr.scale_min) / nullif(sr.scale_max - sr.scale_min, 0) * 100 END)", d.id)
	}
	q += " FROM survey_responses r JOIN survey_ratings sr ON sr.response_id = r.id WHERE (? = '' OR r.department_code = ?) AND (? = '' OR r.response_date >= ?::DATE) AND (? = '' OR r.response_date <= ?::DATE)"
	q += " GROUP BY r.id ORDER BY r.id"
	rows, err := db.QueryContext(ctx, q, dept, dept, from, from, to, to)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var x [][]float64
	var y []float64
	for rows.Next() {
		var id string
		vals := make([]sql.NullFloat64, len(Items)+1)
		dest := []any{&id}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, err
		}
		f := func(v sql.NullFloat64) float64 {
			if !v.Valid {
				return math.NaN()
			}
			return v.Float64
		}
		row := make([]float64, len(Items))
		for i := range row {
			row[i] = f(vals[i+1])
		}
		x = append(x, row)
		y = append(y, f(vals[0]))
	}
	return x, y, rows.Err()
}
