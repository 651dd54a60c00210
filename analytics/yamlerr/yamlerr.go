// Package yamlerr reads YAML (mapping profiles, indicator files) into Go values and says what is
// wrong in words people read — the line, the key, the keys known there, in Bulgarian and English —
// instead of the parser's own text ("field minN not found in type methodology.Indicator", "EOF").
package yamlerr

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Issue is one thing wrong with a YAML file: where, and why in each language.
type Issue struct {
	Line int
	BG   string
	EN   string
}

// ErrEmpty: the file holds no YAML document (empty, or only comments).
var ErrEmpty = errors.New("empty YAML")

// Parse reads body's first document; ErrEmpty when there is none, else an Issue for a syntax error.
func Parse(body []byte) (*yaml.Node, *Issue, error) {
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(body)).Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, ErrEmpty
		}
		is := syntaxIssue(err)
		return nil, &is, nil
	}
	if len(root.Content) == 0 {
		return nil, nil, ErrEmpty
	}
	return &root, nil, nil
}

var reLine = regexp.MustCompile(`line (\d+)`)

func syntaxIssue(err error) Issue {
	line := 0
	if m := reLine.FindStringSubmatch(err.Error()); m != nil {
		fmt.Sscan(m[1], &line)
	}
	return Issue{Line: line,
		BG: prefixBG(line) + "текстът не е валиден YAML (проверете отстъпите, двоеточията след ключовете и затварящите кавички и скоби)",
		EN: prefixEN(line) + "the text is not valid YAML (check the indentation, the colons after keys and closing quotes and brackets)"}
}

func prefixBG(line int) string {
	if line > 0 {
		return fmt.Sprintf("ред %d: ", line)
	}
	return ""
}

func prefixEN(line int) string {
	if line > 0 {
		return fmt.Sprintf("line %d: ", line)
	}
	return ""
}

// Decode fills v from n: first every key unknown where it stands (with the keys known there and the
// closest one), then every value of the wrong type, each with its line and key.
func Decode(n *yaml.Node, v any) []Issue {
	keys := map[int][]keyAt{} // line of a value → the keys whose values stand there
	var out []Issue
	walk(n, reflect.TypeOf(v), "", keys, &out)
	if len(out) > 0 {
		return out
	}
	if err := n.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				out = append(out, typeIssue(e, keys))
			}
			return out
		}
		return []Issue{syntaxIssue(err)}
	}
	return nil
}

// Join puts issues one after another, per language.
func Join(issues []Issue) (bg, en string) {
	var b, e []string
	for _, is := range issues {
		b, e = append(b, is.BG), append(e, is.EN)
	}
	return strings.Join(b, "; "), strings.Join(e, "; ")
}

// Keys are the YAML keys of a struct type, in field order.
func Keys(t reflect.Type) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out = append(out, name)
	}
	return out
}

func field(t reflect.Type, key string) (reflect.Type, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if name == key && name != "-" && f.IsExported() {
			return f.Type, true
		}
	}
	return nil, false
}

// keyAt is a key and the text of its value, to tell which of the keys on one line a message is about.
type keyAt struct{ path, value string }

func note(keys map[int][]keyAt, n *yaml.Node, path string) {
	keys[n.Line] = append(keys[n.Line], keyAt{path, n.Value})
}

// keyOn is the key on a line whose value is v (the first one when none matches).
func keyOn(keys map[int][]keyAt, line int, v string) string {
	for _, k := range keys[line] {
		if k.value == v {
			return k.path
		}
	}
	if len(keys[line]) > 0 {
		return keys[line][0].path
	}
	return ""
}

func walk(n *yaml.Node, t reflect.Type, path string, keys map[int][]keyAt, out *[]Issue) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.DocumentNode {
		for _, c := range n.Content {
			walk(c, t, path, keys, out)
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return // a wrong type: Decode says so
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if k.Kind == yaml.ScalarNode && (k.Tag == "!!merge" || k.Value == "<<" && k.Style == 0) {
				// A merge key (<<: *base, or a list of aliases): the merged mappings' keys are checked
				// as keys of this mapping.
				if val.Kind == yaml.SequenceNode {
					for _, m := range val.Content {
						walk(m, t, path, keys, out)
					}
				} else {
					walk(val, t, path, keys, out)
				}
				continue
			}
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			ft, ok := field(t, k.Value)
			if !ok {
				known := Keys(t)
				hintBG, hintEN := "", ""
				if s := closest(k.Value, known); s != "" {
					hintBG, hintEN = fmt.Sprintf(" (може би %s?)", s), fmt.Sprintf(" (did you mean %s?)", s)
				}
				*out = append(*out, Issue{Line: k.Line,
					BG: fmt.Sprintf("%sнепознат ключ „%s“%s; познати ключове тук: %s", prefixBG(k.Line), p, hintBG, strings.Join(known, ", ")),
					EN: fmt.Sprintf("%sunknown key %q%s; the keys known here: %s", prefixEN(k.Line), p, hintEN, strings.Join(known, ", "))})
				continue
			}
			note(keys, val, p)
			walk(val, ft, p, keys, out)
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			note(keys, n.Content[i+1], p)
			walk(n.Content[i+1], t.Elem(), p, keys, out)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i+1)
			note(keys, c, p)
			walk(c, t.Elem(), p, keys, out)
		}
	}
}

var reType = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")

var nodeWords = map[string][2]string{
	"str": {"текст", "text"}, "int": {"цяло число", "a whole number"}, "float": {"число", "a number"},
	"bool": {"да/не", "yes/no"}, "seq": {"списък", "a list"}, "map": {"набор от ключове", "a mapping of keys"},
	"null": {"празна стойност", "an empty value"}, "timestamp": {"дата", "a date"},
}

func goWords(t string) (string, string) {
	t = strings.TrimPrefix(t, "*")
	switch {
	case strings.HasPrefix(t, "[]"):
		return "списък", "a list"
	case strings.HasPrefix(t, "map["), strings.Contains(t, "."), strings.HasPrefix(t, "struct"):
		return "набор от ключове", "a mapping of keys"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "цяло число", "a whole number"
	case strings.HasPrefix(t, "float"):
		return "число", "a number"
	case t == "bool":
		return "true или false", "true or false"
	}
	return "текст", "text"
}

func typeIssue(e string, keys map[int][]keyAt) Issue {
	m := reType.FindStringSubmatch(e)
	if m == nil {
		line := 0
		if l := reLine.FindStringSubmatch(e); l != nil {
			fmt.Sscan(l[1], &line)
		}
		return Issue{Line: line, BG: prefixBG(line) + "стойност от неподходящ вид", EN: prefixEN(line) + "a value of the wrong kind"}
	}
	var line int
	fmt.Sscan(m[1], &line)
	got := nodeWords[m[2]]
	if got[0] == "" {
		got = [2]string{m[2], m[2]}
	}
	wantBG, wantEN := goWords(m[4])
	keyBG, keyEN := "", ""
	if k := keyOn(keys, line, m[3]); k != "" {
		keyBG, keyEN = fmt.Sprintf(", ключ „%s“", k), fmt.Sprintf(", key %s", k)
	}
	valBG, valEN := "", ""
	if m[3] != "" {
		valBG, valEN = fmt.Sprintf(" „%s“", m[3]), fmt.Sprintf(" %q", m[3])
	}
	return Issue{Line: line,
		BG: fmt.Sprintf("ред %d%s: стойността%s е %s, а трябва да е %s", line, keyBG, valBG, got[0], wantBG),
		EN: fmt.Sprintf("line %d%s: the value%s is %s, expected %s", line, keyEN, valEN, got[1], wantEN)}
}

// closest is the known key meant by a mistyped one: the same letters without case and _ or -, or at
// most two edits away.
func closest(k string, known []string) string {
	norm := func(s string) string {
		return strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToLower(s))
	}
	for _, c := range known {
		if norm(c) == norm(k) {
			return c
		}
	}
	best, bestD := "", 3
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	for _, c := range sorted {
		if d := distance(norm(k), norm(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)]
}
