package forms

import (
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
)

// Identity is what a template's hidden sheet says about it.
type Identity struct {
	Form     string
	Version  int
	Lang     string
	Instance string
}

// identity sheet layout: row 1 the keys, row 2 the values.
var identityKeys = []string{"form", "version", "lang", "instance", "generator"}

// Detect tells whether an input is an Otzvuk entry template; ok is false (and err nil) for any
// other file, so the caller can ask for a profile instead.
func Detect(path string) (id Identity, ok bool, err error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
	default:
		return id, false, nil
	}
	src, err := read.Open(path, read.Options{Format: "xlsx", Sheet: IdentitySheet, HeaderRow: 1})
	if err != nil {
		// no identity sheet (or not a readable workbook): not ours — the import says what is wrong
		return id, false, nil
	}
	defer src.Close()
	h := src.Header()
	cells, _, err := src.Next()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return id, false, nil
		}
		return id, false, nil
	}
	vals := map[string]string{}
	for i, k := range h {
		if i < len(cells) {
			vals[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(cells[i])
		}
	}
	if vals["generator"] != "otzvuk" {
		return id, false, nil
	}
	id = Identity{Form: vals["form"], Lang: vals["lang"], Instance: vals["instance"]}
	v, _ := strconv.ParseFloat(vals["version"], 64)
	id.Version = int(v)
	if _, known := Current[id.Form]; !known || id.Version < 1 || id.Version > Current[id.Form] {
		return id, true, errf("%s: шаблонът е на Отзвук, но формулярът „%s“ версия %s е непознат за тази версия на програмата — обновете Отзвук",
			"%s: the template is Otzvuk's, but form %q version %s is unknown to this version of the program — update Otzvuk",
			filepath.Base(path), id.Form, vals["version"])
	}
	if id.Lang != "en" {
		id.Lang = "bg"
	}
	if !validInstance(id.Instance) {
		return id, true, errf("%s: скритият лист %s е повреден (instance)", "%s: the hidden sheet %s is damaged (instance)", filepath.Base(path), IdentitySheet)
	}
	return id, true, nil
}

func validInstance(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// ProfileYAML is the built-in mapping of a form version: the profile a user would otherwise write.
func ProfileYAML(id Identity) ([]byte, error) {
	return profileYAML(id, map[string]any{"format": "xlsx", "sheet": DataSheet[id.Lang], "header_row": 1})
}

// AsNewBatch gives a template a batch of its own: its records' ids take a mark made from the
// file's content, so a copy of a template filled in by another clerk is kept beside the first
// clerk's records instead of colliding with them (the user's explicit choice, import --as-new-batch).
func AsNewBatch(id Identity, fileSHA256 string) Identity {
	mark := fileSHA256
	if len(mark) > 8 {
		mark = mark[:8]
	}
	id.Instance = id.Instance + "b" + strings.ToLower(mark)
	if len(id.Instance) > 32 {
		id.Instance = id.Instance[:32]
	}
	return id
}

// KioskInstance prefixes the ids of cards typed in the window's card entry: the card's number
// (written on the paper by the office) is then its identity, and a card typed twice is a duplicate.
const KioskInstance = "kiosk"

// kioskCardVersion is the card version the window's card entry types (its fields, in order:
// app.CardEntry): version 1, without the service column it does not ask for.
const kioskCardVersion = 1

// KioskHeader is the header of the CSV the kiosk profile reads (the kiosk card version's
// Bulgarian headers).
func KioskHeader() []string {
	var h []string
	for _, c := range Columns(Card, kioskCardVersion) {
		h = append(h, c.BG)
	}
	return h
}

// KioskProfile is the built-in mapping of the cards typed in the window (a UTF-8 CSV, KioskHeader).
func KioskProfile() (*ingest.Profile, error) {
	id := Identity{Form: Card, Version: kioskCardVersion, Lang: "bg", Instance: KioskInstance}
	body, err := profileYAML(id, map[string]any{"format": "csv", "encoding": "utf-8", "delimiter": ",", "header_row": 1})
	if err != nil {
		return nil, err
	}
	return ingest.ParseProfile("otzvuk:card-kiosk", body)
}

func profileYAML(id Identity, source map[string]any) ([]byte, error) {
	cols := Columns(id.Form, id.Version)
	if len(cols) == 0 {
		return nil, errf("непознат формуляр %q", "unknown form %q", id.Form)
	}
	type fieldMap struct {
		Column   string   `yaml:"column,omitempty"`
		Template string   `yaml:"template,omitempty"`
		Const    string   `yaml:"const,omitempty"`
		Pattern  string   `yaml:"pattern,omitempty"`
		Missing  []string `yaml:"missing,omitempty"`
	}
	fields := map[string]fieldMap{}
	var itemCols []string
	names := map[string]string{}
	for _, c := range cols {
		h := c.Header(id.Lang)
		switch {
		case c.Field == "" && c.Item == "":
			// a column the records have no field for (the card's service): typed, kept on paper
		case c.Item != "":
			itemCols = append(itemCols, h)
			names[h] = c.Item
		case c.Field == "id":
			pre := idPrefix(id.Form, id.Instance)
			fields["id"] = fieldMap{Template: pre + "{" + h + "}", Missing: []string{pre}}
		case c.List == "department" || c.List == "service":
			// "CODE — Name" from the drop-down, or the code typed alone
			fields[c.Field] = fieldMap{Column: h, Pattern: `^\s*([^\s—]+)`}
		default:
			fields[c.Field] = fieldMap{Column: h}
		}
	}
	if id.Form == Survey {
		fields["survey_id"] = fieldMap{Const: "otzvuk-" + id.Form + "-v" + strconv.Itoa(id.Version)}
	}
	p := map[string]any{
		"name":        "Otzvuk: " + title(id.Form, id.Lang) + " v" + strconv.Itoa(id.Version),
		"record_kind": kindOf(id.Form),
		"source":      source,
		"fields":      fields,
	}
	if id.Instance != KioskInstance {
		// copies of one template share its instance id: a second clerk's card № 1 must never
		// replace the first clerk's (ingest refuses it and names both files)
		p["on_changed_record"] = "refuse"
	}
	if len(itemCols) > 0 {
		p["items"] = map[string]any{"columns": itemCols, "names": names,
			"scale": map[string]any{"min": 1, "max": 5}, "missing": []string{dontKnow("bg"), dontKnow("en")}}
	}
	return yaml.Marshal(p)
}

// Profile is the parsed built-in mapping of a template.
func Profile(id Identity) (*ingest.Profile, error) {
	body, err := ProfileYAML(id)
	if err != nil {
		return nil, err
	}
	return ingest.ParseProfile("otzvuk:"+id.Form+"-v"+strconv.Itoa(id.Version), body)
}
