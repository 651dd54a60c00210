package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

func runCatalog(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("catalog", stderr)
	db := fs.String("db", "", "database file; user indicators are read from the 'indicators' folder next to it")
	format := fs.String("format", "table", "output: table or json")
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
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tиме\tname\tmethod\tgroup\tunit\tsource file")
	for _, ind := range cat.All() {
		file := ind.File
		if ind.User {
			file += " (user)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ind.ID, ind.Name.BG, ind.Name.EN, ind.Method, ind.Group, ind.Unit, file)
	}
	tw.Flush()
	return 0
}
