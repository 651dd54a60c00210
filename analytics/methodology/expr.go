package methodology

import (
	"fmt"
	"strings"
	"unicode"
)

// Catalogue expressions are SQL fragments written by the municipality (and by users, in YAML next
// to the database). They are embedded in queries, so they are checked token by token: only the
// view's columns, literals, operators and a short list of keywords and functions pass. No SELECT,
// no other table, no statement separator, no comment, no quoted identifier — so a catalogue entry
// can read its record view and nothing else, and can change nothing.

var exprKeywords = map[string]bool{
	"case": true, "when": true, "then": true, "else": true, "end": true, "and": true, "or": true, "not": true,
	"is": true, "null": true, "in": true, "between": true, "like": true, "ilike": true, "true": true, "false": true,
	"cast": true, "as": true, "double": true, "integer": true, "bigint": true, "varchar": true, "date": true,
	"boolean": true, "distinct": false,
}

var exprFunctions = map[string]bool{
	"coalesce": true, "nullif": true, "abs": true, "least": true, "greatest": true, "round": true,
	"floor": true, "ceil": true, "lower": true, "upper": true, "length": true, "trim": true,
	"year": true, "month": true, "day": true, "quarter": true, "date_diff": true, "ln": true, "sqrt": true,
}

var exprOperators = []string{"<=", ">=", "<>", "!=", "||", "+", "-", "*", "/", "%", "=", "<", ">", "(", ")", ","}

// checkExpr returns an error naming the first token that is not allowed.
func checkExpr(expr string, columns map[string]bool) error {
	depth := 0
	s := expr
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case c == '\'':
			j := i + 1
			for ; j < len(s); j++ {
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(s) {
				return fmt.Errorf("unterminated string literal")
			}
			i = j + 1
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			i = j
		case c == '_' || c < 128 && unicode.IsLetter(c):
			j := i
			for j < len(s) && (s[j] == '_' || s[j] < 128 && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])))) {
				j++
			}
			word := strings.ToLower(s[i:j])
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			isCall := k < len(s) && s[k] == '('
			switch {
			case exprKeywords[word]: // IN (…), NOT (…), CAST(…) are keywords, not calls
			case isCall && exprFunctions[word]:
			case !isCall && columns[word]:
			case isCall:
				return fmt.Errorf("function %q is not allowed", s[i:j])
			default:
				return fmt.Errorf("%q is not a column of this record view", s[i:j])
			}
			i = j
		default:
			if strings.HasPrefix(s[i:], "--") || strings.HasPrefix(s[i:], "/*") {
				return fmt.Errorf("comments are not allowed")
			}
			matched := false
			for _, op := range exprOperators {
				if strings.HasPrefix(s[i:], op) {
					if op == "(" {
						depth++
					} else if op == ")" {
						depth--
						if depth < 0 {
							return fmt.Errorf("unbalanced parentheses")
						}
					}
					i += len(op)
					matched = true
					break
				}
			}
			if !matched {
				return fmt.Errorf("character %q is not allowed", s[i:i+1])
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("unbalanced parentheses")
	}
	return nil
}
