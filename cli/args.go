package cli

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"otzvuk/analytics/methodology"
)

// argError is a bad value of a flag, in both languages; the command prints it and exits 2 before
// any work.
type argError struct{ bg, en string }

func (e *argError) Error() string { return e.bg + " / " + e.en }

// argErr is the words' sentence (words.go) of key, each language filled with a.
func argErr(key string, a ...any) *argError {
	w := wordsOf(key)
	return &argError{bg: fmt.Sprintf(w[0], a...), en: fmt.Sprintf(w[1], a...)}
}

// parseDay reads a YYYY-MM-DD flag value ("" is no date).
func parseDay(flagName, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, argErr("badDate", flagName, s)
	}
	return t, nil
}

// parseGrain reads --grain.
func parseGrain(s string) (methodology.Grain, error) {
	g, err := methodology.ParseGrain(s)
	if err != nil {
		return g, argErr("unknownGrain", s)
	}
	return g, nil
}

// parseDimensions reads --by.
func parseDimensions(s string) ([]methodology.Dimension, error) {
	d, err := methodology.ParseDimensions(s)
	if err != nil {
		return d, argErr("unknownDimension", s)
	}
	return d, nil
}

// checkFormat refuses a --format the command does not write.
func checkFormat(s string, allowed ...string) error {
	for _, a := range allowed {
		if s == a {
			return nil
		}
	}
	list := strings.Join(allowed, ", ")
	return argErr("unknownFormat", s, list)
}

// checkLang refuses a --lang other than bg and en.
func checkLang(s string) error {
	if s != "bg" && s != "en" {
		return argErr("unknownLang", s)
	}
	return nil
}

// checkRange refuses --from after --to: the answer would be silently empty.
func checkRange(from, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		f, t := from.Format("2006-01-02"), to.Format("2006-01-02")
		return argErr("fromAfterTo", f, t)
	}
	return nil
}

// printArgError prints a flag's bad value once per language.
func printArgError(stderr interface{ Write([]byte) (int, error) }, cmd string, err error) {
	if ae, ok := err.(*argError); ok {
		fmt.Fprintf(stderr, "otzvuk %s: %s\notzvuk %s: %s\n", cmd, ae.bg, cmd, ae.en)
		return
	}
	fmt.Fprintf(stderr, "otzvuk %s: %v\n", cmd, err)
}

// checkDepartment refuses a --department code the database does not know (an empty answer would
// look like a department without feedback), naming it and the codes it has.
func checkDepartment(ctx context.Context, db *sql.DB, code string) error {
	if code == "" {
		return nil
	}
	rows, err := db.QueryContext(ctx, `SELECT code FROM departments`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var codes []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return err
		}
		if c == code {
			return nil
		}
		codes = append(codes, c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	sort.Strings(codes)
	more := ""
	if len(codes) > 20 {
		more = fmt.Sprintf(" … (+%d)", len(codes)-20)
		codes = codes[:20]
	}
	list := strings.Join(codes, ", ") + more
	return argErr("unknownDepartmentCode", code, list)
}
