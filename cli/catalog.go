package cli

import (
	"encoding/json"
	"io"
)

func runCatalog(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("catalog", stderr)
	db := fs.String("db", "", "database file; user indicators are read from the 'indicators' folder next to it")
	format := fs.String("format", "table", "output: table or json")
	wide := wideFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	path := *db
	if path == "" {
		path = DefaultDBForHelp()
	}
	cat, ok := LoadCatalog(path, stderr)
	if !ok {
		return 1
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(cat.All()); err != nil {
			return 1
		}
		return 0
	}
	t := Table{Head: []string{"id", "име", "name", "method", "group", "unit", "source file"},
		Optional: []bool{false, false, true, true, true, false, true}}
	for _, ind := range cat.All() {
		file := ind.File
		if ind.User {
			file += " (user)"
		}
		t.Rows = append(t.Rows, []string{ind.ID, ind.Name.BG, ind.Name.EN, ind.Method, ind.Group, ind.Unit, file})
	}
	if err := t.Write(stdout, *wide); err != nil {
		return 1
	}
	return 0
}
