package ingest

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

type xlsxSource struct {
	path   string
	f      *excelize.File
	rows   *excelize.Rows
	header []string
	row    int
	info   SourceInfo
}

// openXLSX streams a sheet with excelize's Rows(). Cells come raw, so date cells are Excel serial
// numbers the mapper converts; title or note rows above the header are skipped (the profile may
// name the header row; otherwise the first row that looks like one is proposed).
func openXLSX(path string, o ReadOptions) (Source, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_open", err.Error())
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	sheet := o.Sheet
	if sheet == "" {
		sheets := f.GetSheetList()
		if len(sheets) == 0 {
			return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_no_rows", "")
		}
		sheet = sheets[0]
	} else if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_no_sheet", sheet)
	}
	headerRow := o.HeaderRow
	if headerRow == 0 {
		if headerRow, err = proposeHeaderRow(f, sheet); err != nil {
			return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_no_rows", "")
		}
	}
	if merged, _ := f.GetMergeCells(sheet); len(merged) > 0 {
		for _, m := range merged {
			_, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
			_, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
			if r1 <= headerRow && headerRow <= r2 {
				return nil, newErr(filepath.Base(path), headerRow, "", "", "xlsx_merged", m.GetStartAxis()+":"+m.GetEndAxis())
			}
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_open", err.Error())
	}
	s := &xlsxSource{path: path, f: f, rows: rows, info: SourceInfo{Format: "xlsx", Sheet: sheet, HeaderRow: headerRow, ExcelDates: true}}
	for s.rows.Next() {
		s.row++
		if s.row == headerRow {
			cols, err := s.rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				return nil, newErr(filepath.Base(path), s.row, "", "", "xlsx_open", err.Error())
			}
			s.header = trimAll(cols)
			break
		}
	}
	if s.header == nil {
		return nil, newErr(filepath.Base(path), 0, "", "", "xlsx_no_rows", "")
	}
	if err := uniqueHeader(path, headerRow, s.header); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// proposeHeaderRow: the first of the first 30 rows with at least two filled cells, as many as the
// widest row nearby — titles and notes above a table fill one cell.
func proposeHeaderRow(f *excelize.File, sheet string) (int, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var counts []int
	for i := 0; i < 30 && rows.Next(); i++ {
		cols, _ := rows.Columns()
		n := 0
		for _, c := range cols {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		counts = append(counts, n)
	}
	widest := 0
	for _, n := range counts {
		widest = max(widest, n)
	}
	if widest == 0 {
		return 0, fmt.Errorf("no rows")
	}
	for i, n := range counts {
		if n >= 2 && n*10 >= widest*8 || widest == 1 && n == 1 {
			return i + 1, nil
		}
	}
	return 1, nil
}

func (s *xlsxSource) Header() []string { return s.header }
func (s *xlsxSource) Info() SourceInfo { return s.info }
func (s *xlsxSource) Close() error {
	s.rows.Close()
	return s.f.Close()
}

func (s *xlsxSource) Next() ([]string, int, error) {
	for s.rows.Next() {
		s.row++
		cols, err := s.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, s.row, newErr(filepath.Base(s.path), s.row, "", "", "xlsx_open", err.Error())
		}
		if blankRow(cols) {
			continue
		}
		for i, c := range cols {
			if len(c) > MaxCell {
				col := ""
				if i < len(s.header) {
					col = s.header[i]
				}
				return nil, s.row, newErr(filepath.Base(s.path), s.row, col, c[:64], "cell_too_large", "")
			}
		}
		return cols, s.row, nil
	}
	if err := s.rows.Error(); err != nil {
		return nil, s.row, newErr(filepath.Base(s.path), s.row, "", "", "xlsx_open", err.Error())
	}
	return nil, 0, io.EOF
}
