package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// CSVOptions choose the separator. With ';' (the default, what Excel in Bulgarian expects)
// numbers get a decimal comma; with ',' a decimal point.
type CSVOptions struct {
	Delimiter rune
}

// WriteCSV writes one table as CSV: UTF-8 with a BOM so Excel reads Cyrillic, a header row,
// numbers without grouping (spreadsheets parse them), dates as YYYY-MM-DD, text guarded
// against formula evaluation.
func WriteCSV(w io.Writer, t Table, o CSVOptions) error {
	if o.Delimiter == 0 {
		o.Delimiter = ';'
	}
	if o.Delimiter != ';' && o.Delimiter != ',' && o.Delimiter != '\t' {
		return fmt.Errorf("unsupported delimiter %q", o.Delimiter)
	}
	if _, err := w.Write([]byte{0xEF, 0xBB, 0xBF}); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = o.Delimiter
	cw.UseCRLF = true // what spreadsheet programs on Windows write and expect
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = SafeCell(c.Title)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	rec := make([]string, len(t.Columns))
	for _, row := range t.Rows {
		for i := range t.Columns {
			var v any
			if i < len(row) {
				v = cell(row[i])
			}
			rec[i] = csvValue(v, o.Delimiter)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvValue(v any, delim rune) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if delim == ';' {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		if x {
			return "1"
		}
		return "0"
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format("2006-01-02 15:04:05")
	case string:
		return SafeCell(x)
	}
	return SafeCell(fmt.Sprint(v))
}
