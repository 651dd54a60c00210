package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

// Flags is a subcommand's flag set. Go's flag package prints English text of its own (and its whole
// usage) on a bad flag; Parse here keeps that quiet and prints one bilingual line instead.
type Flags struct {
	*flag.FlagSet
	name   string
	stderr io.Writer
}

// NewFlags makes a subcommand's flag set that reports errors instead of exiting.
func NewFlags(name string, stderr io.Writer) *Flags {
	fs := flag.NewFlagSet("otzvuk "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // the flag package calls it on every error; Parse says what went wrong
	return &Flags{FlagSet: fs, name: name, stderr: stderr}
}

// Parse parses args; on an error it prints the bilingual reason (or, for -h, the flags) and
// returns the error.
func (f *Flags) Parse(args []string) error {
	err := f.FlagSet.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		f.printDefaults()
	default:
		fmt.Fprintf(f.stderr, "%s: %s\n", f.FlagSet.Name(), flagMessage(f.FlagSet, err))
	}
	return err
}

// printDefaults lists the flags (what -h shows) on stderr.
func (f *Flags) printDefaults() {
	fmt.Fprintf(f.stderr, "%s:\n", say("usage", f.FlagSet.Name()))
	f.FlagSet.SetOutput(f.stderr)
	f.FlagSet.PrintDefaults()
	f.FlagSet.SetOutput(io.Discard)
}

// flagMessage turns Go's flag errors (English, in its own words) into one bilingual sentence.
func flagMessage(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return say("unknownFlag", name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return say("flagNeedsValue", name)
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return say("badFlagSyntax", arg)
	}
	// invalid value "x" for flag -n: parse error / invalid boolean value "x" for -b: parse error
	if i := strings.Index(msg, " for flag -"); strings.HasPrefix(msg, "invalid value ") && i > 0 {
		value := strings.TrimPrefix(msg[:i], "invalid value ")
		name, _, _ := strings.Cut(msg[i+len(" for flag -"):], ":")
		bg, en := flagKind(fs.Lookup(name))
		return in("bg", "invalidValue", value, name, bg) + " / " + in("en", "invalidValue", value, name, en)
	}
	if i := strings.Index(msg, " for -"); strings.HasPrefix(msg, "invalid boolean value ") && i > 0 {
		value := strings.TrimPrefix(msg[:i], "invalid boolean value ")
		name, _, _ := strings.Cut(msg[i+len(" for -"):], ":")
		return say("invalidBool", value, name)
	}
	if name, ok := strings.CutPrefix(msg, "invalid boolean flag "); ok {
		name, _, _ = strings.Cut(name, ":")
		return say("invalidBoolFlag", name)
	}
	return say("badArguments") + ": " + msg
}

// flagKind names what a flag takes, in both languages.
func flagKind(f *flag.Flag) (bg, en string) {
	if f == nil {
		return "стойност", "a value"
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return "стойност", "a value"
	}
	switch g.Get().(type) {
	case int, int64:
		return "цяло число", "a whole number"
	case uint, uint64:
		return "цяло неотрицателно число", "a whole number, 0 or more"
	case float64:
		return "число", "a number"
	case time.Duration:
		return "продължителност, напр. 30s", "a duration such as 30s"
	case bool:
		return "true или false", "true or false"
	}
	return "стойност", "a value"
}

// dbFlag is the --db flag every subcommand that reads the database takes.
func dbFlag(fs *Flags) *string {
	return fs.String("db", "", "database file (default: the desktop app's)")
}
