package methodology

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	_ "github.com/duckdb/duckdb-go/v2" // the parser that decides what an expression is
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
	"list_contains": true, // a theme among a comment's themes (v_comments.themes)
}

var exprOperators = []string{"<=", ">=", "<>", "!=", "||", "+", "-", "*", "/", "%", "=", "<", ">", "(", ")", ","}

// MaxExprBytes bounds a catalogue expression: beyond it an entry is not a formula but a list.
const MaxExprBytes = 4 << 10

// maxExprDepth bounds nested parentheses (and so the parser's recursion).
const maxExprDepth = 32

// exprError is a catalogue expression problem in both languages.
type exprError struct{ bg, en string }

func (e *exprError) Error() string { return e.bg + " / " + e.en }

func exprErr(bg, en string, args ...any) error {
	return &exprError{bg: fmt.Sprintf(bg, args...), en: fmt.Sprintf(en, args...)}
}

// checkExpr accepts an expression only if both the token filter and DuckDB's own parse tree say it
// reads the view's columns through allowed functions and nothing else.
func checkExpr(expr string, columns map[string]bool) error {
	if len(expr) > MaxExprBytes {
		return exprErr("изразът е %d байта — над границата от %d", "the expression is %d bytes — above the limit of %d", len(expr), MaxExprBytes)
	}
	if err := checkTokens(expr, columns); err != nil {
		return err
	}
	return checkTree(expr, columns)
}

// checkTokens returns an error naming the first token that is not allowed. It is a first filter:
// the parse tree (checkTree) has the last word.
func checkTokens(expr string, columns map[string]bool) error {
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
				return exprErr("незатворен низ в кавички", "unterminated string literal")
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
			for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f' || s[k] == '\v') {
				k++
			}
			isCall := k < len(s) && s[k] == '('
			switch {
			case exprKeywords[word]: // IN (…), NOT (…), CAST(…) are keywords, not calls
			case isCall && exprFunctions[word]:
			case !isCall && columns[word]:
			case isCall:
				return exprErr("функцията %q не е разрешена", "function %q is not allowed", s[i:j])
			default:
				return exprErr("%q не е колона на този изглед", "%q is not a column of this record view", s[i:j])
			}
			i = j
		default:
			if strings.HasPrefix(s[i:], "--") || strings.HasPrefix(s[i:], "/*") {
				return exprErr("коментари не са разрешени", "comments are not allowed")
			}
			matched := false
			for _, op := range exprOperators {
				if strings.HasPrefix(s[i:], op) {
					if op == "(" {
						depth++
						if depth > maxExprDepth {
							return exprErr("скобите са вложени над %d нива", "parentheses nest deeper than %d levels", maxExprDepth)
						}
					} else if op == ")" {
						depth--
						if depth < 0 {
							return exprErr("скобите не са балансирани", "unbalanced parentheses")
						}
					}
					i += len(op)
					matched = true
					break
				}
			}
			if !matched {
				return exprErr("знакът %q не е разрешен", "character %q is not allowed", s[i:i+1])
			}
		}
	}
	if depth != 0 {
		return exprErr("скобите не са балансирани", "unbalanced parentheses")
	}
	return nil
}

// operatorFunctions are the FUNCTION nodes DuckDB's parser makes of operators.
var operatorFunctions = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "%": true, "||": true,
	"~~": true, "!~~": true, "~~*": true, "!~~*": true, // LIKE, NOT LIKE, ILIKE, NOT ILIKE
}

// exprClasses are the parse-tree node classes an expression may contain.
var exprClasses = map[string]bool{
	"COLUMN_REF": true, "CONSTANT": true, "FUNCTION": true, "COMPARISON": true, "CONJUNCTION": true,
	"OPERATOR": true, "CASE": true, "CAST": true, "BETWEEN": true,
}

var exprOperatorTypes = map[string]bool{
	"COMPARE_IN": true, "COMPARE_NOT_IN": true, "OPERATOR_NOT": true, "OPERATOR_IS_NULL": true,
	"OPERATOR_IS_NOT_NULL": true, "OPERATOR_COALESCE": true, "OPERATOR_NULLIF": true,
}

var exprCastTypes = map[string]bool{
	"DOUBLE": true, "FLOAT": true, "INTEGER": true, "BIGINT": true, "DECIMAL": true, "VARCHAR": true, "DATE": true, "BOOLEAN": true,
}

var (
	parserOnce sync.Once
	parserDB   *sql.DB
	parserErr  error
)

// parser is an in-memory DuckDB used only to parse expressions (never to read data). It is opened
// at its first use, never beside another DuckDB being opened: the Windows build under wine once
// failed to check a catalogue's expression when it was opened on its own goroutine while the
// database file was being opened (stop 34's landing run; the ~30 ms it saved are not worth it).
func parser() (*sql.DB, error) {
	parserOnce.Do(func() {
		parserDB, parserErr = sql.Open("duckdb", "?autoinstall_known_extensions=false&autoload_known_extensions=false&enable_external_access=false")
		if parserErr == nil {
			parserDB.SetMaxOpenConns(2)
			parserErr = parserDB.Ping()
		}
	})
	return parserDB, parserErr
}

// parsedTrees keeps DuckDB's parse tree (as its JSON text) of each expression this process checked:
// a parse is a query, and a catalogue of a hundred expressions is loaded by every command and at
// the window's start. The tree of a text is always the same, so a kept one is as good as a new one.
var parsedTrees sync.Map // expression → JSON text

// maxParsedTrees bounds what parsedTrees keeps of expressions that are not the catalogues'
// (a user typing expressions one after another); beyond it they are parsed each time.
const maxParsedTrees = 4096

var parsedCount atomic.Int64

func keepTree(expr, text string) {
	if parsedCount.Load() < maxParsedTrees {
		if _, loaded := parsedTrees.LoadOrStore(expr, text); !loaded {
			parsedCount.Add(1)
		}
	}
}

// parseTrees parses many expressions in one query (a catalogue's, before its entries are checked
// one by one); a failure only leaves them to parseTree's own query.
func parseTrees(exprs []string) {
	var todo []string
	for _, e := range exprs {
		if _, ok := parsedTrees.Load(e); !ok && e != "" && len(e) <= MaxExprBytes {
			todo = append(todo, e)
		}
	}
	if len(todo) == 0 {
		return
	}
	db, err := parser()
	if err != nil {
		return
	}
	list, err := json.Marshal(todo)
	if err != nil {
		return
	}
	rows, err := db.Query(`SELECT e, json_serialize_sql('SELECT ' || e)::VARCHAR FROM (SELECT unnest(from_json(?::JSON, '["VARCHAR"]')) AS e)`, string(list))
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var e, text string
		if rows.Scan(&e, &text) == nil {
			keepTree(e, text)
		}
	}
}

// parseTree returns DuckDB's parse tree of "SELECT <expr>" (the expression is a bound parameter).
func parseTree(expr string) (map[string]any, error) {
	var text string
	if kept, ok := parsedTrees.Load(expr); ok {
		text = kept.(string)
	} else {
		db, err := parser()
		if err != nil {
			return nil, exprErr("изразът не може да бъде проверен (няма анализатор)", "the expression cannot be checked (no parser)")
		}
		if err := db.QueryRow(`SELECT json_serialize_sql('SELECT ' || ?::VARCHAR)::VARCHAR`, expr).Scan(&text); err != nil {
			return nil, exprErr("изразът не може да бъде проверен", "the expression cannot be checked")
		}
		keepTree(expr, text)
	}
	var tree map[string]any
	if err := json.Unmarshal([]byte(text), &tree); err != nil {
		return nil, exprErr("изразът не може да бъде проверен", "the expression cannot be checked")
	}
	return tree, nil
}

// checkTree reads DuckDB's parse tree: one SELECT of one expression, with no FROM, WHERE, GROUP,
// subquery, CTE, window or set operation; only allowed node classes, functions and view columns.
func checkTree(expr string, columns map[string]bool) error {
	tree, err := parseTree(expr)
	if err != nil {
		return err
	}
	notSQL := exprErr("изразът не е валиден SQL израз", "the expression is not valid SQL")
	if e, _ := tree["error"].(bool); e {
		return notSQL
	}
	stmts, _ := tree["statements"].([]any)
	if len(stmts) != 1 {
		return notSQL
	}
	st, _ := stmts[0].(map[string]any)
	node, _ := st["node"].(map[string]any)
	if node == nil || node["type"] != "SELECT_NODE" {
		return exprErr("изразът трябва да е една стойност, а не заявка", "the expression must be one value, not a query")
	}
	if m, _ := node["modifiers"].([]any); len(m) > 0 {
		return exprErr("ORDER BY, LIMIT и DISTINCT не са разрешени", "ORDER BY, LIMIT and DISTINCT are not allowed")
	}
	if cte, _ := node["cte_map"].(map[string]any); cte != nil {
		if m, _ := cte["map"].([]any); len(m) > 0 {
			return exprErr("WITH не е разрешено", "WITH is not allowed")
		}
	}
	if from, _ := node["from_table"].(map[string]any); from == nil || from["type"] != "EMPTY" {
		return exprErr("FROM не е разрешено", "FROM is not allowed")
	}
	for _, k := range []string{"where_clause", "having", "sample", "qualify"} {
		if node[k] != nil {
			return exprErr("заявки (WHERE, HAVING, QUALIFY) не са разрешени", "query clauses (WHERE, HAVING, QUALIFY) are not allowed")
		}
	}
	for _, k := range []string{"group_expressions", "group_sets"} {
		if g, _ := node[k].([]any); len(g) > 0 {
			return exprErr("GROUP BY не е разрешено", "GROUP BY is not allowed")
		}
	}
	list, _ := node["select_list"].([]any)
	if len(list) != 1 {
		return exprErr("очаква се точно един израз (без запетаи на най-горно ниво)", "exactly one expression is expected (no top-level commas)")
	}
	return walkExpr(list[0], columns, 0)
}

func walkExpr(v any, columns map[string]bool, depth int) error {
	if depth > 200 {
		return exprErr("изразът е вложен твърде дълбоко", "the expression nests too deeply")
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if err := walkExpr(e, columns, depth+1); err != nil {
				return err
			}
		}
		return nil
	case map[string]any:
		class, isExpr := x["class"].(string)
		if isExpr {
			if err := checkNode(class, x, columns); err != nil {
				return err
			}
		}
		for k, e := range x {
			if k == "value" && class == "CONSTANT" {
				continue // a literal's value is data, not a node
			}
			if err := walkExpr(e, columns, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkNode(class string, n map[string]any, columns map[string]bool) error {
	if !exprClasses[class] {
		return exprErr("конструкцията %s не е разрешена", "the construct %s is not allowed", strings.ToLower(class))
	}
	if a, _ := n["alias"].(string); a != "" {
		return exprErr("AS (псевдоним) не е разрешено", "AS (an alias) is not allowed")
	}
	switch class {
	case "COLUMN_REF":
		names, _ := n["column_names"].([]any)
		name, _ := firstString(names)
		if len(names) != 1 || !columns[strings.ToLower(name)] {
			return exprErr("%q не е колона на този изглед", "%q is not a column of this record view", name)
		}
	case "FUNCTION":
		name, _ := n["function_name"].(string)
		schema, _ := n["schema"].(string)
		catalog, _ := n["catalog"].(string)
		lower := strings.ToLower(name)
		if schema != "" || catalog != "" || !(exprFunctions[lower] || operatorFunctions[lower]) {
			return exprErr("функцията %q не е разрешена", "function %q is not allowed", name)
		}
		if n["filter"] != nil || n["distinct"] == true || n["export_state"] == true {
			return exprErr("FILTER и DISTINCT във функция не са разрешени", "FILTER and DISTINCT in a function are not allowed")
		}
		if ob, _ := n["order_bys"].(map[string]any); ob != nil {
			if o, _ := ob["orders"].([]any); len(o) > 0 {
				return exprErr("ORDER BY във функция не е разрешено", "ORDER BY in a function is not allowed")
			}
		}
	case "CAST":
		ct, _ := n["cast_type"].(map[string]any)
		id, _ := ct["id"].(string)
		info, _ := ct["type_info"].(map[string]any)
		if !exprCastTypes[id] || (info != nil && info["type"] != "DECIMAL_TYPE_INFO") {
			return exprErr("преобразуване към непознат тип", "a cast to an unknown type")
		}
	case "OPERATOR":
		if t, _ := n["type"].(string); !exprOperatorTypes[t] {
			return exprErr("операторът %s не е разрешен", "the operator %s is not allowed", strings.ToLower(t))
		}
	}
	return nil
}

func firstString(xs []any) (string, bool) {
	if len(xs) == 0 {
		return "", false
	}
	s, ok := xs[0].(string)
	return s, ok
}

// calledFunctions lists the functions and operators a SELECT statement calls, by DuckDB's parser
// (for tests that check what an accepted expression really does).
func calledFunctions(query string) ([]string, error) {
	db, err := parser()
	if err != nil {
		return nil, err
	}
	var text string
	if err := db.QueryRow(`SELECT json_serialize_sql(?::VARCHAR)::VARCHAR`, query).Scan(&text); err != nil {
		return nil, err
	}
	var tree any
	if err := json.Unmarshal([]byte(text), &tree); err != nil {
		return nil, err
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			if c, _ := x["class"].(string); c == "FUNCTION" || c == "WINDOW" || c == "AGGREGATE" {
				name, _ := x["function_name"].(string)
				out = append(out, strings.ToLower(name))
			}
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(tree)
	return out, nil
}

// exprFunctionAllowed says whether an accepted expression may call the function (or operator).
func exprFunctionAllowed(name string) bool {
	name = strings.ToLower(name)
	return exprFunctions[name] || operatorFunctions[name]
}
