package yamlerr

import (
	"errors"

	"gopkg.in/yaml.v3"
)

// ListItem is one entry of a YAML list file, decoded, or why not.
type ListItem[T any] struct {
	Value  *T
	ID     string // the entry's id: key, for naming a broken entry
	Line   int
	BG, EN string // why the entry could not be decoded (empty when Value is set)
}

// ReadList reads a file that is a YAML list of entries (the catalogue's indicators, the text
// themes, any later list): an empty file is an empty list; a syntax error or a file that is not a
// list is one problem for the whole file (what says "a list of", in each language); otherwise
// every entry is decoded on its own, so one broken entry is named and the others still load.
func ReadList[T any](body []byte, whatBG, whatEN string) (items []ListItem[T], fileBG, fileEN string) {
	root, syntax, err := Parse(body)
	if errors.Is(err, ErrEmpty) {
		return nil, "", ""
	}
	if syntax != nil {
		return nil, syntax.BG, syntax.EN
	}
	if root.Content[0].Kind != yaml.SequenceNode {
		return nil, "файлът трябва да е YAML списък от " + whatBG + " (всеки елемент започва с „- id:“)",
			"the file must be a YAML list of " + whatEN + " (each item starting with '- id:')"
	}
	for _, n := range root.Content[0].Content {
		item := ListItem[T]{ID: idOf(n), Line: n.Line}
		var v T
		if issues := Decode(n, &v); len(issues) > 0 {
			item.BG, item.EN = Join(issues)
		} else {
			item.Value = &v
		}
		items = append(items, item)
	}
	return items, "", ""
}

// idOf is a mapping's id: value, for naming a broken entry.
func idOf(n *yaml.Node) string {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" {
			return n.Content[i+1].Value
		}
	}
	return ""
}
