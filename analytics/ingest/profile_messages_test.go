package ingest

import (
	"strings"
	"testing"
)

// Profile mistakes are told in words, with the line and key, never in the YAML parser's own text.
func TestProfileYAMLMistakesInWords(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"", "профил p.yaml: файлът е празен — профилът трябва да посочи поне record_kind и fields / profile p.yaml: the file is empty — a profile names at least record_kind and fields"},
		{"# only a comment\n", "файлът е празен"},
		{"record_kind: signals\nfields:\n  id: {colum: a}\n", "ред 3: непознат ключ „fields.id.colum“ (може би column?); познати ключове тук: column, const, template, pattern, trim, map, strict, missing, default, period / profile p.yaml: line 3: unknown key \"fields.id.colum\" (did you mean column?); the keys known here: column, const, template, pattern, trim, map, strict, missing, default, period"},
		{"record_kind: signals\nNew_Departments: create\n", "(did you mean new_departments?)"},
		{"record_kind: survey_responses\nitems:\n  scale: {min: low, max: 5}\n", "ред 3, ключ „items.scale.min“: стойността „low“ е текст, а трябва да е число / profile p.yaml: line 3, key items.scale.min: the value \"low\" is text, expected a number"},
		{"record_kind: signals\nmissing: NA\n", "line 2, key missing: the value \"NA\" is text, expected a list"},
		{"record_kind: signals\nfields:\n  id: {column: \"a}\n", "line 3: the text is not valid YAML"},
	} {
		_, err := ParseProfile("p.yaml", []byte(c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got %v\nwant …%s…", c.body, err, c.want)
			continue
		}
		for _, parser := range []string{"EOF", "not found in type", "unmarshal", "!!", "did not find", "mapping values"} {
			if strings.Contains(err.Error(), parser) {
				t.Errorf("%q: parser text %q in %v", c.body, parser, err)
			}
		}
	}
}
