// Otzvuk (Отзвук): feedback analytics for a Bulgarian municipal administration.
// With no subcommand it opens the desktop window; subcommands run headless (package cli).
package main

import (
	"os"

	"otzvuk/cli"
)

// version is set at build time from git describe.
var version = "dev"

func main() {
	cli.Version = version
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		attachParentConsole()
		os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(runWindow(os.Args[1:], os.Stderr))
}
