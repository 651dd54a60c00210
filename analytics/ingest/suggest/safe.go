package suggest

import (
	"fmt"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// A draft quotes an export's headers and values, and an export is hostile: a header holding a line
// break followed by `"anonymous": {const: "да"}` must stay text, never become a field. Values are
// written as quoted scalars (q); comments quote them raw, so every line is made one line here, and
// the finished draft is parsed back and checked against the header before anyone sees it.

// oneLine makes what a draft line quotes stay on its line: line breaks and other control
// characters (which YAML would read as a new line, or refuse) are written as visible escapes.
func oneLine(s string) string {
	if strings.IndexFunc(s, breaksLine) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if breaksLine(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func breaksLine(r rune) bool {
	return (unicode.IsControl(r) && r != '\t') || r == '\u2028' || r == '\u2029' || r == '\ufeff'
}

// draftKeys are the top-level keys a draft writes.
var draftKeys = map[string]bool{"name": true, "record_kind": true, "source": true, "dates": true, "decimal": true,
	"missing": true, "key": true, "new_departments": true, "fields": true, "items": true}

// constFields are the only fields a draft maps to a constant (its fallbacks).
var constFields = map[string]bool{"survey_id": true, "department_code": true, "kind": true}

// checkDraft parses a draft back and holds it to what the writer meant: only its own keys, every
// column it names one of the header's (or a ??? placeholder), constants only where a fallback
// writes one.
func checkDraft(text string, header []string) error {
	cols := map[string]bool{}
	for _, h := range header {
		cols[h] = true
	}
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return draftError("it is not valid YAML")
	}
	for k := range doc {
		if !draftKeys[k] {
			return draftError("key " + k)
		}
	}
	isColumn := func(v any) bool {
		s, ok := v.(string)
		return ok && (cols[s] || strings.HasPrefix(s, "??? "))
	}
	fields, _ := doc["fields"].(map[string]any)
	for name, v := range fields {
		fm, ok := v.(map[string]any)
		if !ok {
			return draftError("fields." + name)
		}
		if c, has := fm["column"]; has && !isColumn(c) {
			return draftError("fields." + name + ".column")
		}
		if _, has := fm["const"]; has && !constFields[name] {
			return draftError("fields." + name + ".const")
		}
		if _, has := fm["template"]; has {
			return draftError("fields." + name + ".template")
		}
	}
	if key, ok := doc["key"].(map[string]any); ok {
		hash, _ := key["hash"].([]any)
		for _, c := range hash {
			if !isColumn(c) {
				return draftError("key.hash")
			}
		}
	}
	if items, ok := doc["items"].(map[string]any); ok {
		list, _ := items["columns"].([]any)
		for _, c := range list {
			if !isColumn(c) {
				return draftError("items.columns")
			}
		}
		names, _ := items["names"].(map[string]any)
		for c := range names {
			if !isColumn(c) {
				return draftError("items.names")
			}
		}
	}
	return nil
}

func draftError(where string) error {
	return words.Problem("", 0, "", "", "unsafe_draft", where, where)
}
