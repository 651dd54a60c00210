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

// A profile that reads as YAML but says something wrong is told in each language on its side of
// the " / ": the Bulgarian side in Bulgarian (keys and values as written), the English in English.
func TestProfileCheckMessagesPerLanguage(t *testing.T) {
	for body, want := range map[string]string{
		"record_kind: signals\ndecimal: dot\n": "профил p.yaml: поле decimal: непознат десетичен знак „dot“ (comma, point) / profile p.yaml: field decimal: unknown decimal mark \"dot\" (comma, point)",
		"record_kind: feedback_cards\nfields: {id: {column: a}, card_date: {column: b}, department_code: {column: c}, text: {column: d, pattern: \"(x\"}}\n": "профил p.yaml: поле fields.text.pattern: регулярният израз „(x“ не може да бъде прочетен / profile p.yaml: field fields.text.pattern: the regular expression \"(x\" cannot be read (missing closing ))",
		"record_kind: feedback_cards\nfields: {id: {column: a}, card_date: {column: b, period: last}, department_code: {column: c}}\n":                       "поле fields.card_date.period: непознат ден от периода „last“ (end, start, middle) / profile p.yaml: field fields.card_date.period: unknown day of the period \"last\" (end, start, middle)",
	} {
		_, err := ParseProfile("p.yaml", []byte(body))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q:\n got %v\nwant …%s…", body, err, want)
		}
	}
	_, err := LoadProfile("no-such-profile.yaml")
	if err == nil || err.Error() != "профил no-such-profile.yaml: няма такъв файл / profile no-such-profile.yaml: no such file" {
		t.Errorf("missing profile: %v", err)
	}
}
