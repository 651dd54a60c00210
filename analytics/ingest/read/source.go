// Package read opens an export — CSV (UTF-8, UTF-16 or Windows-1251, any common delimiter), XLSX
// or JSON — and yields its rows as text cells under a header, within limits that make memory
// follow the limits, not the file. Problem, the finding with its file, row, column and reason in
// Bulgarian and English, is shared by every stage of an import (Words makes one from a package's
// reasons).
package read

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Source yields an export's rows as text cells under a header.
type Source interface {
	Header() []string
	// Next returns the next data row and its 1-based row number in the file (line for CSV), or io.EOF.
	Next() (cells []string, row int, err error)
	Info() SourceInfo
	Close() error
}

// SourceInfo says how the file was read (shown in the wizard and the import log).
type SourceInfo struct {
	Format      string `json:"format"`
	Encoding    string `json:"encoding,omitempty"`
	Delimiter   string `json:"delimiter,omitempty"`
	Sheet       string `json:"sheet,omitempty"`
	SheetHidden bool   `json:"sheetHidden,omitempty"` // the sheet read is hidden in Excel
	HeaderRow   int    `json:"headerRow"`
	ExcelDates  bool   `json:"-"` // numeric cells in date fields are Excel serial days
}

// Options come from a profile's source section; zero values mean "detect".
type Options struct {
	Format    string // csv, xlsx, json; default by extension
	Encoding  string // utf-8, utf-16, windows-1251
	Delimiter string // , ; \t |
	HeaderRow int    // 1-based; 0 = the first non-empty row (CSV, JSON) or the proposed one (XLSX)
	Sheet     string
	// LateMergeCheck: the caller reads every row to the end (an import). An XLSX sheet's merged
	// cells are listed after its rows, so Open finds one across the header row only by inflating
	// the whole sheet an extra time; with this set it is refused when Next reaches the end of the
	// sheet instead — the same problem, and the import is all-or-nothing. A preview keeps the
	// check at Open.
	LateMergeCheck bool
}

// MergedHeaderChecker is a source that can check for merged header cells on demand (an XLSX
// sheet opened with LateMergeCheck): what an import asks first when the header does not fit.
type MergedHeaderChecker interface {
	CheckMergedHeader() error
}

// MaxCell is the largest cell accepted: beyond it an export is broken, not long.
const MaxCell = 1 << 20

// Open opens an export with the reader its format needs.
func Open(path string, o Options) (Source, error) {
	format := strings.ToLower(o.Format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".xlsx", ".xlsm":
			format = "xlsx"
		case ".json", ".ndjson", ".jsonl":
			format = "json"
		default:
			format = "csv"
		}
	}
	switch format {
	case "csv", "txt", "tsv":
		return openCSV(path, o)
	case "xlsx":
		return openXLSX(path, o)
	case "json":
		return openJSON(path, o)
	}
	return nil, newErr(path, 0, "", "", "unknown_format", format)
}

// uniqueHeader rejects empty and repeated column names: a mapping could not tell them apart.
func uniqueHeader(path string, row int, header []string) error {
	seen := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		if j, ok := seen[strings.ToLower(h)]; ok {
			return newErr(path, row, h, "", "duplicate_column", fmt.Sprintf("%d, %d", j+1, i+1))
		}
		seen[strings.ToLower(h)] = i
	}
	if len(seen) == 0 {
		return newErr(path, row, "", "", "no_header", "")
	}
	return nil
}

// RowProblem tells a source's error that rejects one row (a nested JSON value, a repeated key, a
// row over a limit): the import quarantines it and reading goes on.
func RowProblem(err error, pr **Problem) bool {
	return errors.As(err, pr) && (*pr).Row > 0 && ((*pr).Code == "json_nested" || (*pr).Code == "json_duplicate_key" || rowLimit((*pr).Code))
}
