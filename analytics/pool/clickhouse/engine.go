package clickhouse

import (
	"fmt"
	"strings"
	"unicode"
)

// Engine is a SQL dialect the catalogue runs on.
type Engine string

const (
	DuckDB     Engine = "duckdb"
	ClickHouse Engine = "clickhouse"
)

// TranslationRules say, one line each, what changes from DuckDB's text to ClickHouse's. The
// translation works on tokens of the one catalogue text (catalog_sql.go); anything it does not
// know is refused, never passed through on a guess.
var TranslationRules = []string{
	"median(x) → quantileExactInclusive(0.5)(x) (ClickHouse's median is approximate; the exact inclusive quantile interpolates like DuckDB's median)",
	"GROUP BY ALL → GROUP BY the select list's non-aggregate expressions",
	"date − date (columns of DATE type) → dateDiff('day', b, a) (ClickHouse does not subtract Date32 values)",
	"year/month/day/quarter(d) → toYear/toMonth/toDayOfMonth/toQuarter(d); make_date → makeDate; DATE 'YYYY-MM-DD' → toDate('YYYY-MM-DD')",
	"length → lengthUTF8 (characters, not bytes); trim → trimBoth; ln → log; date_diff → dateDiff; unnest(range(a, b)) → arrayJoin(range(a, b))",
	"a record view → file('PACKAGE/records/VIEW/**/*.parquet', Parquet) over every package (UNION ALL), the union views expanded over them",
	"SETTINGS use_hive_partitioning = 0 (the partition columns are in the files), optimize_move_to_prewhere = 0 (ClickHouse 26.7's automatic PREWHERE on Parquet under UNION ALL loses the filtered column: NOT_FOUND_COLUMN_IN_BLOCK)",
	"refused: round (ties differ), casts to INTEGER/BIGINT (DuckDB rounds, ClickHouse truncates), any function not listed",
}

// clickHouseSettings end every translated query.
const clickHouseSettings = "\nSETTINGS use_hive_partitioning = 0, optimize_move_to_prewhere = 0"

// functionMap: DuckDB function → ClickHouse function; "" means the same name.
var functionMap = map[string]string{
	"coalesce": "", "nullif": "", "abs": "", "least": "", "greatest": "", "floor": "", "ceil": "", "lower": "", "upper": "",
	"sqrt": "", "count": "", "sum": "", "min": "", "max": "", "avg": "",
	"length": "lengthUTF8", "trim": "trimBoth", "ln": "log", "date_diff": "dateDiff",
	"year": "toYear", "month": "toMonth", "day": "toDayOfMonth", "quarter": "toQuarter", "make_date": "makeDate",
	"median": "quantileExactInclusive(0.5)", "unnest": "arrayJoin", "range": "range",
}

// sqlKeywords may stand before a parenthesis without being a call.
var sqlKeywords = map[string]bool{"as": true, "in": true, "from": true, "and": true, "or": true, "not": true, "over": true,
	"when": true, "then": true, "else": true, "filter": true, "where": true, "on": true, "select": true, "exists": true,
	"join": true, "by": true, "having": true, "case": true, "is": true, "like": true, "ilike": true, "between": true,
	"union": true, "all": true, "distinct": true, "with": true}

var aggregates = map[string]bool{"count": true, "sum": true, "min": true, "max": true, "avg": true, "median": true}

// dateColumns are the record views' DATE columns (for the date − date rule).
var dateColumns = map[string]bool{"date": true, "received_date": true, "decided_date": true, "notified_date": true,
	"submitted_date": true, "due_date": true, "completed_date": true, "cancelled_date": true, "end_date": true}

// UntranslatableError names what the translation refused.
type UntranslatableError struct{ What string }

func (e *UntranslatableError) Error() string { return "untranslatable for ClickHouse: " + e.What }

type token struct {
	kind byte // 'w' word, 's' string, 'n' number, 'o' operator/punctuation, ' ' space
	text string
}

func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			out = append(out, token{' ', s[i:j]})
			i = j
		case c == '\'':
			j := i + 1
			for j < len(s) {
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			out = append(out, token{'s', s[i:min(j+1, len(s))]})
			i = j + 1
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			out = append(out, token{'n', s[i:j]})
			i = j
		case c == '_' || c < 128 && unicode.IsLetter(rune(c)):
			j := i
			for j < len(s) && (s[j] == '_' || s[j] < 128 && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])))) {
				j++
			}
			out = append(out, token{'w', s[i:j]})
			i = j
		default:
			n := 1
			if i+1 < len(s) {
				switch s[i : i+2] {
				case "<=", ">=", "<>", "!=", "||", "::":
					n = 2
				}
			}
			out = append(out, token{'o', s[i : i+n]})
			i += n
		}
	}
	return out
}

// next returns the index of the next non-space token after i (len(t) if none).
func next(t []token, i int) int {
	for i++; i < len(t) && t[i].kind == ' '; i++ {
	}
	return i
}

func prev(t []token, i int) int {
	for i--; i >= 0 && t[i].kind == ' '; i-- {
	}
	return i
}

func isWord(t token, w string) bool { return t.kind == 'w' && strings.EqualFold(t.text, w) }

// Translate turns one catalogue text (DuckDB) into ClickHouse's; source gives each record view's
// FROM text (a table function over the packages).
func Translate(sql string, source func(view string) (string, bool)) (string, error) {
	t := tokenize(sql)
	// GROUP BY ALL first, while the select lists still read as DuckDB's.
	t, err := expandGroupByAll(t)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		tk := t[i]
		if tk.kind != 'w' {
			if tk.kind == 'o' && tk.text == "::" {
				return "", &UntranslatableError{"the cast operator ::"}
			}
			b.WriteString(tk.text)
			continue
		}
		lw := strings.ToLower(tk.text)
		n := next(t, i)
		switch {
		case lw == "date" && n < len(t) && t[n].kind == 's':
			fmt.Fprintf(&b, "toDate(%s)", t[n].text)
			i = n
			continue
		case lw == "cast":
			// CAST(x AS type): integer types truncate in ClickHouse where DuckDB rounds.
			depth := 0
			for j := n; j < len(t); j++ {
				if t[j].text == "(" {
					depth++
				} else if t[j].text == ")" {
					depth--
					if depth == 0 {
						break
					}
				} else if depth == 1 && isWord(t[j], "as") {
					ty := t[next(t, j)]
					if isWord(ty, "integer") || isWord(ty, "bigint") {
						return "", &UntranslatableError{"CAST to " + ty.text}
					}
				}
			}
			b.WriteString(tk.text)
			continue
		case n < len(t) && t[n].text == "(" && !sqlKeywords[lw]:
			f, ok := functionMap[lw]
			if !ok {
				return "", &UntranslatableError{"function " + tk.text}
			}
			if f == "" {
				f = tk.text
			}
			b.WriteString(f)
			continue
		case dateColumns[lw] && n < len(t) && t[n].text == "-":
			r := next(t, n)
			if r < len(t) && t[r].kind == 'w' && dateColumns[strings.ToLower(t[r].text)] {
				// a - b on dates: a qualified name (s.a) keeps its qualifier.
				qa, qb := tk.text, t[r].text
				if p := prev(t, i); p >= 1 && t[p].text == "." {
					// already written "s." — the qualifier stays before dateDiff's argument
					s := b.String()
					cut := strings.LastIndex(s, t[p-1].text+".")
					b.Reset()
					b.WriteString(s[:cut])
					qa = t[p-1].text + "." + qa
				}
				if q := next(t, r); q < len(t) && t[q].text == "." {
					return "", &UntranslatableError{"date subtraction with a qualified right side"}
				}
				fmt.Fprintf(&b, "dateDiff('day', %s, %s)", qb, qa)
				i = r
				continue
			}
		}
		if v, ok := source(tk.text); ok {
			if p := prev(t, i); p >= 0 && (isWord(t[p], "from") || isWord(t[p], "join")) {
				b.WriteString(v)
				continue
			}
		}
		b.WriteString(tk.text)
	}
	return b.String() + clickHouseSettings, nil
}

// expandGroupByAll replaces each GROUP BY ALL with the non-aggregate items of its select list
// (as tokens, so the rest of the translation applies to them too).
func expandGroupByAll(t []token) ([]token, error) {
	repl := map[int][]token{}
	depthAt := make([]int, len(t))
	d := 0
	for i, tk := range t {
		if tk.text == ")" {
			d--
		}
		depthAt[i] = d
		if tk.text == "(" {
			d++
		}
	}
	for i := range t {
		if !isWord(t[i], "group") {
			continue
		}
		by := next(t, i)
		all := next(t, by)
		if all >= len(t) || !isWord(t[by], "by") || !isWord(t[all], "all") {
			continue
		}
		dep := depthAt[i]
		sel := -1
		for j := i - 1; j >= 0; j-- {
			if depthAt[j] == dep && isWord(t[j], "select") {
				sel = j
				break
			}
		}
		from := -1
		for j := sel + 1; sel >= 0 && j < i; j++ {
			if depthAt[j] == dep && isWord(t[j], "from") {
				from = j
				break
			}
		}
		if sel < 0 || from < 0 {
			return nil, &UntranslatableError{"GROUP BY ALL without its select list"}
		}
		var keys [][]token
		var item []token
		var itemDepth []int
		flush := func() {
			agg := false
			end := len(item)
			for k, tk := range item {
				if tk.kind == 'w' && (aggregates[strings.ToLower(tk.text)] || isWord(tk, "over")) {
					agg = true
				}
				if isWord(tk, "as") && itemDepth[k] == dep && end == len(item) {
					end = k // the alias: the key is the expression before it
				}
			}
			k := item[:end]
			for len(k) > 0 && k[0].kind == ' ' {
				k = k[1:]
			}
			for len(k) > 0 && k[len(k)-1].kind == ' ' {
				k = k[:len(k)-1]
			}
			if !agg {
				keys = append(keys, k)
			}
			item, itemDepth = nil, nil
		}
		for j := sel + 1; j < from; j++ {
			if depthAt[j] == dep && t[j].text == "," {
				flush()
				continue
			}
			item = append(item, t[j])
			itemDepth = append(itemDepth, depthAt[j])
		}
		flush()
		var r []token
		for i, k := range keys {
			if i > 0 {
				r = append(r, token{'o', ","}, token{' ', " "})
			}
			r = append(r, k...)
		}
		repl[all] = r
	}
	var out []token
	for i, tk := range t {
		if r, ok := repl[i]; ok {
			out = append(out, r...)
			continue
		}
		out = append(out, tk)
	}
	return out, nil
}
