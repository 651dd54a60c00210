// Package cli is Otzvuk's headless side: one file per subcommand, and one place for what every
// command does around its work (run.go: Ctrl-C, opening the database, table/CSV/JSON), its
// sentences in both languages (words.go), flags (flags.go), opening the database (database.go)
// and writing outputs safely (output.go).
package cli

import (
	"fmt"
	"io"
)

// Version is set by main from the build's version.
var Version = "dev"

// command is a subcommand: its function gets the run (run.go) that Run makes for every command —
// its name, outputs and the context Ctrl-C cancels.
type command struct {
	name, usage, summary string
	run                  func(c *run, args []string) int
}

func commands() []command {
	return []command{
		{"demo", "otzvuk demo --db FILE [--seed N] | otzvuk demo --db FILE --remove | otzvuk demo --pooled --out DIR", "write the demo municipality into an empty database, or remove it (imported data stay)", runDemo},
		{"indicators", "otzvuk indicators --db FILE [--indicator ID,...] [--by department,service,channel,group,method]\n" +
			"                  [--grain month|quarter|year] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|csv|json]",
			"compute indicators with intervals, comparisons, ranks and status", runIndicators},
		{"import", "otzvuk import --db FILE --profile PROFILE.yaml [--max-reject-rate 0.05] INPUT...\n" +
			"                  otzvuk import --db FILE TEMPLATE.xlsx   (an otzvuk forms entry template: no profile)\n" +
			"                  otzvuk import --suggest [--db FILE] [--kind KIND] INPUT", "import exports through a mapping profile (all or nothing per file)", runImport},
		{"quarantine", "otzvuk quarantine --db FILE [--import ID] [--out FILE.csv]", "export the rejected rows and conflicting copies with their reasons and kind (CSV for Excel)", runQuarantine},
		{"report", "otzvuk report --db FILE --year YYYY --out report.html [--xlsx annex.xlsx] [--docx report.docx] [--pdf report.pdf] [--lang bg|en] [--municipality NAME]",
			"write the annual satisfaction report (printable HTML) and its XLSX annex", runReport},
		{"drivers", "otzvuk drivers --db FILE [--department CODE] [--year YYYY] [--format table|csv|json] [--bootstrap 100…100000|0] [--seed N]", "key drivers of the overall survey rating: relative weights, r, intervals, importance–performance quadrant", runDrivers},
		{"themes", "otzvuk themes --db FILE [--department CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--grain month|quarter|year] [--complaints] [--format table|csv|json]",
			"what people write about: the share of comments that mention each theme (the most mentioned first), with intervals and the change against a year earlier (a partial period: the same days)", runThemes},
		{"spc", "otzvuk spc --db FILE --indicator ID [--department CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--rebase DATE,...] [--format table|json] [--lang bg|en]\n" +
			"                  otzvuk spc --values SERIES.csv [--direction higher|lower|none] [--target N] [--rebase DATE,...] [--format table|json]",
			"process-control (XmR) chart of an indicator's monthly series or of a date;value CSV: limits, special causes, variation and assurance icons (NHS plot the dots)", runSPC},
		{"backlog", "otzvuk backlog --db FILE [--register requests|signals] [--department CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--grain month|quarter|year] [--as-of YYYY-MM-DD] [--format table|json] [--lang bg|en]",
			"timeliness that counts the backlog: of what was filed in each period, on time, late, open past due and pending, the Kaplan–Meier median days to completion, beside the completion-date indicators", runBacklog},
		{"forms", "otzvuk forms --out DIR [--db FILE] [--lang bg|en] [--municipality NAME]", "write the printable questionnaire and feedback card (A4 HTML) and their XLSX entry templates (import with no profile)", runForms},
		{"publish", "otzvuk publish --db FILE --year YYYY --out DIR [--lang bg|en] [--k 10] [--bom=false] [--contact EMAIL]", "write the public results site (static, offline, accessible, k-anonymous) and its open-data package (CSV, JSON, DCAT-AP 3.0)", runPublish},
		{"catalog", "otzvuk catalog [--db FILE] [--format table|json]", "list the indicator catalogue (shipped and user-defined)", runCatalog},
		{"reference", "otzvuk reference [--format md|json]", "print every record kind's fields and every coded field's codes with their Bulgarian and English names", runReference},
		{"settings", "otzvuk settings --db FILE [--municipality-name NAME] [--ekatte CODE|none] [--format table|json]", "show or set the municipality's identity (name, EKATTE code)", runSettings},
		{"export-parquet", "otzvuk export-parquet --db FILE --out DIR [--records] [--aggregates]", "write the municipality's Parquet package (PII-free record views, yearly indicators, manifest.json)", runExportParquet},
		{"pool", "otzvuk pool --out POOLED.duckdb PACKAGE_DIR...", "combine municipalities' packages into one pooled database (compare them with --by municipality)", runPool},
		{"catalog-sql", "otzvuk catalog-sql [--engine duckdb|clickhouse] [--db POOLED.duckdb] [--as-of YYYY-MM-DD] [--out FILE.json] [PACKAGE_DIR...]", "the catalogue as one SQL text per indicator, translated for an engine (ClickHouse over Parquet packages), with DuckDB's values", runCatalogSQL},
		{"maintenance", "otzvuk maintenance --db FILE [--rebuild] [--check]", "rebuild every summary cube from the records (a repair, or changed definitions), or check them against the records", runMaintenance},
		{"version", "otzvuk version", "print the version", func(c *run, _ []string) int { fmt.Fprintln(c.stdout, "otzvuk", Version); return 0 }},
	}
}

// IsCommand tells whether the first argument asks for the headless side (a subcommand, help or version).
func IsCommand(arg string) bool {
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

// Run runs one subcommand and returns its exit code: 0 done, 1 failed, 2 bad arguments.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		PrintHelp(stderr)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		PrintHelp(stdout)
		return 0
	case "--version", "-version":
		fmt.Fprintln(stdout, "otzvuk", Version)
		return 0
	}
	for _, c := range commands() {
		if args[0] == c.name {
			ctx, stop := interruptible()
			defer stop()
			return runCommand(ctx, c, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "otzvuk: %s\n\n", say("unknownCommand", args[0]))
	PrintHelp(stderr)
	return 2
}

// PrintHelp lists the window's use and every subcommand.
func PrintHelp(w io.Writer) {
	fmt.Fprintf(w, `Отзвук (Otzvuk) %s — анализ на обратната връзка от потребителите на административни услуги
Otzvuk — feedback analytics for a municipal administration

Usage:
  otzvuk [--db FILE]        open the desktop window (default database: %s)
`, Version, DefaultDBForHelp())
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-24s %s\n      %s\n", c.name, c.summary, c.usage)
	}
}

// Usages lists every subcommand's usage line (the window prints them when there is no display).
func Usages() []string {
	var out []string
	for _, c := range commands() {
		out = append(out, c.usage)
	}
	return out
}
