package cli

import (
	"flag"
	"io"
)

// NewFlags makes a subcommand's flag set that reports errors instead of exiting.
func NewFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("otzvuk "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// dbFlag is the --db flag every subcommand that reads the database takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "database file (default: the desktop app's)")
}
