package export

import (
	"otzvuk/analytics/charts"
	"otzvuk/analytics/format"
)

// ColumnType says how a column's values are written: as text, or as numbers and dates that
// spreadsheets can calculate with.
type ColumnType int

const (
	Text ColumnType = iota
	Number
	Integer
	Date
)

// Column is one column of an exported table.
type Column struct {
	Title string
	Type  ColumnType
}

// Table is the data behind a chart or a view's table, ready to write. Cell values are string,
// float64, *float64, int, int64, bool, time.Time or nil (an empty cell).
type Table struct {
	Name    string // sheet name (shortened and made unique for XLSX)
	Title   string // what the table shows, first row of its sheet
	Columns []Column
	Rows    [][]any
}

// PointWords are the column titles of a chart's data in the UI language.
type PointWords struct {
	Series, Category, Value, N, Low, High, Small, Yes string
}

// PointWordsFor gives the column titles in Bulgarian or English.
func PointWordsFor(lang string) PointWords {
	return format.Pick(lang,
		PointWords{"Серия", "Период / категория", "Стойност", "n", "95% интервал, от", "95% интервал, до", "Малка извадка", "да"},
		PointWords{"Series", "Period / category", "Value", "n", "95% interval, low", "95% interval, high", "Small sample", "yes"})
}

// FromPoints turns the points a chart drew into a table: one row per drawn value.
func FromPoints(name, title string, points []charts.Point, w PointWords) Table {
	t := Table{Name: name, Title: title, Columns: []Column{
		{w.Series, Text}, {w.Category, Text}, {w.Value, Number}, {w.N, Integer}, {w.Low, Number}, {w.High, Number}, {w.Small, Text},
	}}
	for _, p := range points {
		small := ""
		if p.Small {
			small = w.Yes
		}
		t.Rows = append(t.Rows, []any{p.Series, p.Period, p.Value, p.N, p.Low, p.High, small})
	}
	return t
}

// cell normalises a value: a *float64 (the methodology's optional numbers) is followed, nil stays nil.
func cell(v any) any {
	if x, ok := v.(*float64); ok {
		if x == nil {
			return nil
		}
		return *x
	}
	return v
}
