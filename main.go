// Otzvuk (Отзвук): feedback analytics for a Bulgarian municipal administration.
// With no subcommand it opens the desktop window; subcommands run headless.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at build time from git describe.
var version = "dev"

type command struct {
	name, usage, summary string
	run                  func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"demo", "otzvuk demo --db FILE [--seed N]", "write the demo municipality into a database", runDemo},
		{"indicators", "otzvuk indicators --db FILE [--indicator ID,...] [--by department,service,channel,group,method]\n" +
			"                  [--grain month|quarter|year] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|csv|json]",
			"compute indicators with intervals, comparisons, ranks and status", runIndicators},
		{"import", "otzvuk import --db FILE --profile PROFILE.yaml [--max-reject-rate 0.05] INPUT...\n" +
			"                  otzvuk import --suggest INPUT", "import exports through a mapping profile (all or nothing per file)", runImport},
		{"quarantine", "otzvuk quarantine --db FILE [--import ID] [--out FILE.csv]", "export the rejected rows with their reasons (CSV for Excel)", runQuarantine},
		{"report", "otzvuk report --db FILE --year YYYY --out report.html [--xlsx annex.xlsx] [--lang bg|en] [--municipality NAME]",
			"write the annual satisfaction report (printable HTML) and its XLSX annex", runReport},
		{"catalog", "otzvuk catalog [--db FILE] [--format table|json]", "list the indicator catalogue (shipped and user-defined)", runCatalog},
		{"version", "otzvuk version", "print the version", func([]string, io.Writer, io.Writer) int { fmt.Println("otzvuk", version); return 0 }},
	}
}

func main() {
	if len(os.Args) > 1 && isHeadless(os.Args[1]) {
		attachParentConsole()
	}
	os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
}

func isHeadless(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help", "--version", "-version":
		return true
	}
	for _, c := range commands() {
		if c.name == arg {
			return true
		}
	}
	return false
}

func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			printHelp(stdout)
			return 0
		case "--version", "-version":
			fmt.Fprintln(stdout, "otzvuk", version)
			return 0
		}
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(args[1:], stdout, stderr)
			}
		}
	}
	return runWindow(args, stderr)
}

func printHelp(w io.Writer) {
	fmt.Fprintf(w, `Отзвук (Otzvuk) %s — анализ на обратната връзка от потребителите на административни услуги
Otzvuk — feedback analytics for a municipal administration

Usage:
  otzvuk [--db FILE]        open the desktop window (default database: %s)
`, version, defaultDBForHelp())
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-24s %s\n      %s\n", c.name, c.summary, c.usage)
	}
}
