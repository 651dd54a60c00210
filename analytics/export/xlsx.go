package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// About is the workbook's first sheet: what the numbers are (filters, period, indicator
// definitions, source files, when and by which version they were produced).
type About struct {
	Sheet  string      // the sheet's name, e.g. "Описание"
	Title  string      // first row
	Facts  [][2]string // label, value
	Tables []Table     // e.g. indicator definitions, source files
}

// WriteXLSX writes the description sheet and one sheet per table. Numbers are numeric cells
// with a number format, dates are dates, text is a string cell (never a formula).
func WriteXLSX(w io.Writer, about About, tables []Table) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	names := map[string]bool{}
	first := sheetName(about.Sheet, names)
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return err
	}
	if err := writeAbout(f, first, about, st); err != nil {
		return err
	}
	for _, t := range tables {
		name := sheetName(t.Name, names)
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeTable(f, name, 1, t, st, true); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

type styles struct{ title, head, number, integer, date, text int }

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	oneDecimal, date := "0.0", "d.mm.yyyy"
	s.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}})
	s.head = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EEF4"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	s.number = mk(&excelize.Style{CustomNumFmt: &oneDecimal})
	s.integer = mk(&excelize.Style{NumFmt: 3}) // #,##0: the spreadsheet's own grouping
	s.date = mk(&excelize.Style{CustomNumFmt: &date})
	s.text = mk(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return s, err
}

func writeAbout(f *excelize.File, sheet string, a About, st styles) error {
	row := 1
	if a.Title != "" {
		if err := setStyled(f, sheet, 1, row, a.Title, st.title); err != nil {
			return err
		}
		row += 2
	}
	for _, kv := range a.Facts {
		if err := setStyled(f, sheet, 1, row, kv[0], st.head); err != nil {
			return err
		}
		if err := setStyled(f, sheet, 2, row, kv[1], st.text); err != nil {
			return err
		}
		row++
	}
	widths := []int{28, 60}
	for _, t := range a.Tables {
		row++
		if err := writeTable(f, sheet, row, t, st, false); err != nil {
			return err
		}
		row += len(t.Rows) + 2
		for i, c := range t.Columns {
			for len(widths) <= i {
				widths = append(widths, 12)
			}
			widths[i] = max(widths[i], min(50, utf8.RuneCountInString(c.Title)+2))
		}
	}
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, float64(wd)); err != nil {
			return err
		}
	}
	return nil
}

// writeTable puts a title row, a header row and the rows from row `at`; own sheets get frozen
// headers and column widths from their content.
func writeTable(f *excelize.File, sheet string, at int, t Table, st styles, own bool) error {
	row := at
	if t.Title != "" {
		if err := setStyled(f, sheet, 1, row, t.Title, st.title); err != nil {
			return err
		}
		row++
	}
	widths := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		if err := setStyled(f, sheet, i+1, row, c.Title, st.head); err != nil {
			return err
		}
		widths[i] = min(40, max(8, utf8.RuneCountInString(c.Title)+2))
	}
	head := row
	for _, r := range t.Rows {
		row++
		for i, c := range t.Columns {
			var v any
			if i < len(r) {
				v = cell(r[i])
			}
			if v == nil {
				continue
			}
			if err := setValue(f, sheet, i+1, row, v, c.Type, st); err != nil {
				return err
			}
			if s, ok := v.(string); ok {
				widths[i] = min(60, max(widths[i], utf8.RuneCountInString(s)+2))
			}
		}
	}
	if !own {
		return nil
	}
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, float64(wd)); err != nil {
			return err
		}
	}
	top, _ := excelize.CoordinatesToCellName(1, head+1)
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: head, TopLeftCell: top, ActivePane: "bottomLeft"})
}

func setValue(f *excelize.File, sheet string, col, row int, v any, typ ColumnType, st styles) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	switch x := v.(type) {
	case float64:
		err = f.SetCellFloat(sheet, ref, x, -1, 64)
		if err == nil && typ != Integer {
			return f.SetCellStyle(sheet, ref, ref, st.number)
		}
		if err == nil {
			return f.SetCellStyle(sheet, ref, ref, st.integer)
		}
		return err
	case int:
		return setInt(f, sheet, ref, int64(x), st)
	case int64:
		return setInt(f, sheet, ref, x, st)
	case time.Time:
		if err = f.SetCellValue(sheet, ref, x); err == nil {
			return f.SetCellStyle(sheet, ref, ref, st.date)
		}
		return err
	case bool:
		return f.SetCellBool(sheet, ref, x)
	case string:
		return f.SetCellStr(sheet, ref, x) // a string cell: "=1+1" stays text
	}
	return f.SetCellStr(sheet, ref, fmt.Sprint(v))
}

func setInt(f *excelize.File, sheet, ref string, x int64, st styles) error {
	if err := f.SetCellInt(sheet, ref, x); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, ref, ref, st.integer)
}

func setStyled(f *excelize.File, sheet string, col, row int, s string, style int) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, ref, s); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, ref, ref, style)
}

// sheetName makes a valid, unique sheet name: at most 31 characters, none of : \ / ? * [ ].
func sheetName(name string, used map[string]bool) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, "'")
	if name == "" {
		name = "Sheet"
	}
	base := []rune(name)
	if len(base) > 31 {
		base = base[:31]
	}
	out := string(base)
	for i := 2; used[strings.ToLower(out)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		b := base
		if len(b)+len([]rune(suffix)) > 31 {
			b = b[:31-len([]rune(suffix))]
		}
		out = string(b) + suffix
	}
	used[strings.ToLower(out)] = true
	return out
}
