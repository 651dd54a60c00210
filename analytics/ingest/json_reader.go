package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type jsonSource struct {
	path   string
	header []string
	rows   []jsonRow
	next   int
}

type jsonRow struct {
	line  int
	cells []string
	err   *Problem
}

// openJSON reads an array of objects, or newline-delimited JSON (one object per line). Exports are
// small enough to read whole; the header is every key in order of first appearance.
func openJSON(path string, o ReadOptions) (Source, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, newErr(filepath.Base(path), 0, "", "", "io", err.Error())
	}
	body = bytes.TrimPrefix(body, []byte{0xEF, 0xBB, 0xBF})
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, newErr(filepath.Base(path), 0, "", "", "empty_file", "")
	}
	var objects []map[string]json.RawMessage
	var lines []int
	switch trimmed[0] {
	case '[':
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		var raw []json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, newErr(filepath.Base(path), lineOf(body, dec.InputOffset()), "", "", "json_syntax", err.Error())
		}
		offset := bytes.IndexByte(body, '[') + 1
		for _, r := range raw {
			var obj map[string]json.RawMessage
			at := bytes.Index(body[offset:], r)
			line := lineOf(body, int64(offset+max(at, 0)))
			if at >= 0 {
				offset += at + len(r)
			}
			if err := json.Unmarshal(r, &obj); err != nil || obj == nil {
				return nil, newErr(filepath.Base(path), line, "", "", "json_not_object", "")
			}
			objects, lines = append(objects, obj), append(lines, line)
		}
	case '{':
		for i, l := range bytes.Split(body, []byte("\n")) {
			l = bytes.TrimSpace(l)
			if len(l) == 0 {
				continue
			}
			var obj map[string]json.RawMessage
			if err := json.Unmarshal(l, &obj); err != nil {
				return nil, singleObjectProblem(path, body, i+1, err)
			}
			objects, lines = append(objects, obj), append(lines, i+1)
		}
		if len(objects) == 1 {
			if key := arrayKey(objects[0]); key != "" {
				return nil, newErr(filepath.Base(path), 1, "", "", "json_object", fmt.Sprintf(" (записите са под ключ %q / the records are under key %q)", key, key))
			}
		}
	default:
		return nil, newErr(filepath.Base(path), 1, "", "", "json_syntax", "expected [ or {")
	}
	if len(objects) == 0 {
		return nil, newErr(filepath.Base(path), 0, "", "", "header_only", "")
	}
	s := &jsonSource{path: path}
	index := map[string]int{}
	for _, obj := range objects {
		for _, k := range orderedKeys(obj) {
			if _, ok := index[k]; !ok {
				index[k] = len(s.header)
				s.header = append(s.header, k)
			}
		}
	}
	for i, obj := range objects {
		row := jsonRow{line: lines[i], cells: make([]string, len(s.header))}
		for k, v := range obj {
			cell, bad := jsonCell(v)
			if bad && row.err == nil {
				row.err = newErr(filepath.Base(path), lines[i], k, string(v), "json_nested", "")
			}
			row.cells[index[k]] = cell
		}
		s.rows = append(s.rows, row)
	}
	return s, nil
}

// singleObjectProblem: a file that starts with { but is not one object per line is one object.
func singleObjectProblem(path string, body []byte, line int, lineErr error) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(body, &obj); err == nil {
		detail := ""
		if key := arrayKey(obj); key != "" {
			detail = fmt.Sprintf(" (записите са под ключ %q / the records are under key %q)", key, key)
		}
		return newErr(filepath.Base(path), 1, "", "", "json_object", detail)
	}
	return newErr(filepath.Base(path), line, "", "", "json_syntax", lineErr.Error())
}

func arrayKey(obj map[string]json.RawMessage) string {
	for k, v := range obj {
		if t := bytes.TrimSpace(v); len(t) > 0 && t[0] == '[' {
			return k
		}
	}
	return ""
}

// orderedKeys returns an object's keys sorted: mappings go by name, so the order only has to be stable.
func orderedKeys(obj map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func jsonCell(v json.RawMessage) (string, bool) {
	t := bytes.TrimSpace(v)
	if len(t) == 0 || string(t) == "null" {
		return "", false
	}
	switch t[0] {
	case '"':
		var s string
		json.Unmarshal(t, &s)
		return s, false
	case '{', '[':
		return "", true
	}
	return strings.TrimSpace(string(t)), false
}

func lineOf(body []byte, offset int64) int {
	if offset > int64(len(body)) {
		offset = int64(len(body))
	}
	return bytes.Count(body[:offset], []byte("\n")) + 1
}

func (s *jsonSource) Header() []string { return s.header }
func (s *jsonSource) Info() SourceInfo {
	return SourceInfo{Format: "json", Encoding: "utf-8", HeaderRow: 0}
}
func (s *jsonSource) Close() error { return nil }

func (s *jsonSource) Next() ([]string, int, error) {
	if s.next >= len(s.rows) {
		return nil, 0, io.EOF
	}
	r := s.rows[s.next]
	s.next++
	if r.err != nil {
		return r.cells, r.line, r.err
	}
	return r.cells, r.line, nil
}
