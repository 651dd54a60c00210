package pool

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// DuckDB's COPY takes its file name and the partition values as literals, not parameters. Only
// two kinds of text reach those literals, both checked here: a municipality key ([0-9a-z-], made
// so by store.Municipality.Key) and a path (quotes doubled; control characters refused).

var keyPattern = regexp.MustCompile(`^[0-9a-z][0-9a-z-]{0,63}$`)

// ValidKey tells whether a municipality key may name a partition and reach SQL as a literal.
func ValidKey(k string) bool { return keyPattern.MatchString(k) }

// pathLiteral quotes a path for COPY … TO '…' / read_parquet('…').
func pathLiteral(p string) (string, error) {
	for _, r := range p {
		if unicode.IsControl(r) {
			return "", fmt.Errorf("the path %q holds a control character / пътят %q съдържа управляващ знак", p, p)
		}
	}
	return "'" + strings.ReplaceAll(p, "'", "''") + "'", nil
}

func keyLiteral(k string) (string, error) {
	if !ValidKey(k) {
		return "", fmt.Errorf("municipality key %q is not [0-9a-z-] / ключът на общината %q не е от [0-9a-z-]", k, k)
	}
	return "'" + k + "'", nil
}
