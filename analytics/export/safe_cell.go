package export

import "strings"

// SafeCell keeps spreadsheet programs from evaluating a text cell of a CSV: a leading = + - @
// (or a tab, carriage return or space before one) gets an apostrophe in front. XLSX needs no
// prefix: text is written as a string cell, which spreadsheets never evaluate.
func SafeCell(s string) string {
	t := strings.TrimLeft(s, "\t\r ")
	if t != "" && strings.ContainsRune("=+-@", rune(t[0])) {
		return "'" + s
	}
	return s
}
