package spc

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// RowError names the file, row (the header is row 1) and column of a value that cannot be read,
// in Bulgarian and English.
type RowError struct {
	File   string
	Row    int
	Column string
	BG, EN string
}

func (e *RowError) Error() string {
	where := func(row, col string) string {
		if e.Row == 0 {
			return e.File
		}
		if e.Column == "" {
			return fmt.Sprintf("%s, %s %d", e.File, row, e.Row)
		}
		if row == "ред" {
			return fmt.Sprintf("%s, %s %d, %s „%s“", e.File, row, e.Row, col, e.Column)
		}
		return fmt.Sprintf("%s, %s %d, %s %q", e.File, row, e.Row, col, e.Column)
	}
	return fmt.Sprintf("%s: %s / %s: %s", where("ред", "колона"), e.BG, where("row", "column"), e.EN)
}

// ReadValues reads a series an analyst brings: a header naming the columns date and value
// (дата, стойност), separated by ';'. Dates are YYYY-MM-DD, YYYY-MM or DD.MM.YYYY; values take a
// decimal point or comma; an empty value, NA or "-" is a missing period. Anything else is an
// error naming its row and column — a series is never read with a row silently left out.
func ReadValues(r io.Reader, file string) ([]Observation, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.Comma = ';'
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &RowError{File: file, BG: "файлът е празен (нужен е заглавен ред date;value)", EN: "the file is empty (a header date;value is required)"}
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	head = append([]string(nil), head...) // ReuseRecord: the next row would overwrite it
	dateCol, valueCol := -1, -1
	for i, h := range head {
		head[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		switch strings.ToLower(head[i]) {
		case "date", "дата":
			dateCol = i
		case "value", "стойност":
			valueCol = i
		}
	}
	if dateCol < 0 || valueCol < 0 {
		return nil, &RowError{File: file, Row: 1,
			BG: fmt.Sprintf("заглавният ред трябва да има колони date и value, разделени с „;“ (прочетено: %q)", strings.Join(head, ";")),
			EN: fmt.Sprintf("the header must name the columns date and value, separated by ';' (read: %q)", strings.Join(head, ";"))}
	}
	var out []Observation
	seen := map[time.Time]int{}
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) <= dateCol || len(rec) <= valueCol {
			return nil, &RowError{File: file, Row: row, BG: fmt.Sprintf("редът има %d колони, очакват се поне %d", len(rec), max(dateCol, valueCol)+1),
				EN: fmt.Sprintf("the row has %d columns, at least %d expected", len(rec), max(dateCol, valueCol)+1)}
		}
		d, ok := parseDate(strings.TrimSpace(rec[dateCol]))
		if !ok {
			return nil, &RowError{File: file, Row: row, Column: head[dateCol],
				BG: fmt.Sprintf("„%s“ не е дата (ГГГГ-ММ-ДД, ГГГГ-ММ или ДД.ММ.ГГГГ)", rec[dateCol]),
				EN: fmt.Sprintf("%q is not a date (YYYY-MM-DD, YYYY-MM or DD.MM.YYYY)", rec[dateCol])}
		}
		if first, dup := seen[d]; dup {
			return nil, &RowError{File: file, Row: row, Column: head[dateCol],
				BG: fmt.Sprintf("датата %s вече е на ред %d", d.Format("2006-01-02"), first),
				EN: fmt.Sprintf("the date %s is already on row %d", d.Format("2006-01-02"), first)}
		}
		seen[d] = row
		v, ok := parseNumber(strings.TrimSpace(rec[valueCol]))
		if !ok {
			return nil, &RowError{File: file, Row: row, Column: head[valueCol],
				BG: fmt.Sprintf("„%s“ не е число (празна клетка или NA е липсваща стойност)", rec[valueCol]),
				EN: fmt.Sprintf("%q is not a number (an empty cell or NA is a missing value)", rec[valueCol])}
		}
		out = append(out, Observation{Date: d, Value: v})
	}
	return out, nil
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &RowError{File: file, Row: pe.Line, BG: "неправилен CSV: " + pe.Err.Error(), EN: "malformed CSV: " + pe.Err.Error()}
	}
	return &RowError{File: file, BG: "не може да се прочете: " + err.Error(), EN: "cannot be read: " + err.Error()}
}

func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "02.01.2006", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseNumber reads 12.5, 12,5 or 1 234,5; nil for a missing value. NaN and ±Inf are refused:
// they are not measurements.
func parseNumber(s string) (*float64, bool) {
	switch strings.ToUpper(s) {
	case "", "NA", "N/A", "-", "—":
		return nil, true
	}
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(s)
	if strings.Contains(s, ",") && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v || v > 1e300 || v < -1e300 {
		return nil, false
	}
	return &v, true
}
