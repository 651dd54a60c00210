package cli

import "io"

func runCatalog(c *run, args []string) int {
	fs := c.flags()
	db := fs.String("db", "", "database file; user indicators are read from the 'indicators' folder next to it")
	format := fs.String("format", "table", "output: table or json")
	wide := wideFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !c.checkFormat(*format, "table", "json") {
		return 2
	}
	path := *db
	if path == "" {
		path = DefaultDBForHelp()
	}
	cat, ok := LoadCatalog(path, c.stderr)
	if !ok {
		return 1
	}
	return c.emit(*format, output{json: cat.All(), table: func(w io.Writer) error {
		t := Table{Head: []string{"id", "име", "name", "method", "group", "unit", "source file"},
			Optional: []bool{false, false, true, true, true, false, true}}
		for _, ind := range cat.All() {
			file := ind.File
			if ind.User {
				file += " (user)"
			}
			t.Rows = append(t.Rows, []string{ind.ID, ind.Name.BG, ind.Name.EN, ind.Method, ind.Group, ind.Unit, file})
		}
		return t.Write(w, *wide)
	}})
}
