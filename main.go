// Otzvuk (Отзвук): feedback analytics for a Bulgarian municipal administration.
// With no subcommand it opens the desktop window; subcommands run headless (package cli).
package main

import (
	"io"
	"os"

	"otzvuk/cli"
)

// version is set at build time from git describe.
var version = "dev"

// help is what the window prints when it is started wrongly: the commands it could have been.
type help struct {
	print  func(io.Writer)
	usages []string
}

func main() {
	cli.Version = version
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		attachParentConsole()
		os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	// the window knows the commands only for its help text
	os.Exit(runWindow(os.Args[1:], os.Stderr, help{print: cli.PrintHelp, usages: cli.Usages()}))
}
