package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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

// jsonObject is one record: its keys in the order written, and the first key that repeats
// (exactly, or differing only in case or surrounding spaces), if any.
type jsonObject struct {
	keys   []string
	values []json.RawMessage
	dupKey string
}

// openJSON reads an array of objects, or newline-delimited JSON (one object per line). Exports are
// small enough to read whole. A record's row is its 1-based position in the array (NDJSON: its
// line), so a minified array is numbered like a pretty-printed one. The header is every key in
// order of first appearance; keys that differ only in case or surrounding spaces are one column.
func openJSON(path string, o Options) (Source, error) {
	name := filepath.Base(path)
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, newErr(name, 0, "", "", "io", err.Error())
	}
	bom := 0
	if bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}) {
		body, bom = body[3:], 3
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, newErr(name, 0, "", "", "empty_file", "")
	}
	var objects []jsonObject
	var rows []int
	switch trimmed[0] {
	case '[':
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		if _, err := dec.Token(); err != nil {
			return nil, jsonSyntax(name, body, bom, 0, err)
		}
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, jsonSyntax(name, body, bom, 0, err)
			}
			obj, ok := parseObject(raw)
			if !ok {
				return nil, newErr(name, len(objects)+1, "", "", "json_not_object", "")
			}
			objects, rows = append(objects, obj), append(rows, len(objects)+1)
		}
		if _, err := dec.Token(); err != nil { // the closing ]
			return nil, jsonSyntax(name, body, bom, 0, err)
		}
		end := int(dec.InputOffset())
		if rest := bytes.TrimLeft(body[end:], " \t\r\n"); len(rest) > 0 {
			off := len(body) - len(rest) + bom
			return nil, newErr(name, 0, "", string(clipBytes(rest, 40)), "json_trailing", strconv.Itoa(off))
		}
	case '{':
		start := 0
		for i, l := range bytes.SplitAfter(body, []byte("\n")) {
			lineStart := start
			start += len(l)
			t := bytes.TrimSpace(l)
			if len(t) == 0 {
				continue
			}
			dec := json.NewDecoder(bytes.NewReader(l))
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, singleObjectProblem(path, body, bom, i+1, lineStart, err)
			}
			if rest := bytes.TrimLeft(l[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
				if p := singleObjectProblem(path, body, bom, i+1, lineStart, nil); p != nil {
					return nil, p
				}
				off := lineStart + len(l) - len(rest) + bom
				return nil, newErr(name, i+1, "", string(clipBytes(rest, 40)), "json_trailing", strconv.Itoa(off))
			}
			obj, ok := parseObject(raw)
			if !ok {
				return nil, newErr(name, i+1, "", "", "json_not_object", "")
			}
			objects, rows = append(objects, obj), append(rows, i+1)
		}
		if len(objects) == 1 {
			if key := arrayKey(objects[0]); key != "" {
				return nil, newErr(name, 1, "", "", "json_object", fmt.Sprintf(" (записите са под ключ %q / the records are under key %q)", key, key))
			}
		}
	default:
		return nil, newErr(name, 1, "", "", "json_syntax", jsonAt(body, bom, len(body)-len(bytes.TrimLeft(body, " \t\r\n"))))
	}
	if len(objects) == 0 {
		return nil, newErr(name, 0, "", "", "header_only", "")
	}
	s := &jsonSource{path: path}
	index := map[string]int{}
	for _, obj := range objects {
		for _, k := range obj.keys {
			n := jsonKey(k)
			if _, ok := index[n]; !ok {
				index[n] = len(s.header)
				s.header = append(s.header, k)
			}
		}
	}
	for i, obj := range objects {
		row := jsonRow{line: rows[i], cells: make([]string, len(s.header))}
		if obj.dupKey != "" {
			var same []string
			for _, k := range obj.keys {
				if jsonKey(k) == jsonKey(obj.dupKey) {
					same = append(same, strconv.Quote(k))
				}
			}
			row.err = newErr(name, rows[i], obj.dupKey, "", "json_duplicate_key", strings.Join(same, ", "))
		}
		for j, k := range obj.keys {
			cell, bad := jsonCell(obj.values[j])
			if bad && row.err == nil {
				row.err = newErr(name, rows[i], k, string(obj.values[j]), "json_nested", "")
			}
			row.cells[index[jsonKey(k)]] = cell
		}
		s.rows = append(s.rows, row)
	}
	return s, nil
}

// jsonKey is a key as a mapping reads it: case and surrounding spaces do not count.
func jsonKey(k string) string { return strings.ToLower(strings.TrimSpace(k)) }

// parseObject reads one JSON object keeping every key, so a repeated key is seen, not overwritten.
func parseObject(raw json.RawMessage) (jsonObject, bool) {
	var obj jsonObject
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return obj, false
	}
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return obj, false
		}
		k, ok := t.(string)
		if !ok {
			return obj, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return obj, false
		}
		if seen[jsonKey(k)] && obj.dupKey == "" {
			obj.dupKey = k
		}
		seen[jsonKey(k)] = true
		obj.keys, obj.values = append(obj.keys, k), append(obj.values, v)
	}
	return obj, true
}

// jsonSyntax turns a decoder error into a problem naming the byte offset and line, in our words.
func jsonSyntax(name string, body []byte, bom, base int, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// The decoder counts from the value it was reading; the whole document counts from its start.
		var v any
		if errors.As(json.Unmarshal(body[base:], &v), &se) {
			err = se
		}
	}
	switch {
	case errors.As(err, &se):
		off := base + int(se.Offset) - 1
		if off < 0 {
			off = 0
		}
		if strings.Contains(se.Error(), "exceeded max depth") {
			// Valid JSON, only nested deeper than the decoder goes: not "invalid".
			return newErr(name, lineOf(body, int64(off)), "", "", "json_too_deep", jsonAt(body, bom, off))
		}
		return newErr(name, lineOf(body, int64(off)), "", "", "json_syntax", jsonAt(body, bom, off))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return newErr(name, lineOf(body, int64(len(body))), "", "", "json_truncated", strconv.Itoa(len(body)+bom))
	}
	return newErr(name, 0, "", "", "json_syntax", jsonAt(body, bom, base))
}

// jsonAt: "N (…text…)": a byte offset in the file and what stands there.
func jsonAt(body []byte, bom, off int) string {
	if off > len(body) {
		off = len(body)
	}
	return fmt.Sprintf("%d: %q", off+bom, clipBytes(body[off:], 20))
}

func clipBytes(b []byte, n int) []byte {
	r := []rune(string(b[:min(len(b), 4*n)]))
	if len(r) > n {
		r = r[:n]
	}
	return []byte(string(r))
}

// singleObjectProblem: a file that starts with { but is not one object per line is one object
// (a pretty-printed single object); otherwise the line's own error. With lineErr nil it returns
// nil unless the file is one object.
func singleObjectProblem(path string, body []byte, bom, line, lineStart int, lineErr error) error {
	var whole map[string]json.RawMessage
	if err := json.Unmarshal(body, &whole); err == nil {
		detail := ""
		if key := arrayKeyRaw(whole); key != "" {
			detail = fmt.Sprintf(" (записите са под ключ %q / the records are under key %q)", key, key)
		}
		return newErr(filepath.Base(path), 1, "", "", "json_object", detail)
	}
	if lineErr == nil {
		return nil
	}
	pr := jsonSyntax(filepath.Base(path), body, bom, lineStart, lineErr).(*Problem)
	pr.Row = line
	return pr
}

func arrayKey(obj jsonObject) string {
	for i, k := range obj.keys {
		if t := bytes.TrimSpace(obj.values[i]); len(t) > 0 && t[0] == '[' {
			return k
		}
	}
	return ""
}

func arrayKeyRaw(obj map[string]json.RawMessage) string {
	keys := orderedKeys(obj)
	for _, k := range keys {
		if t := bytes.TrimSpace(obj[k]); len(t) > 0 && t[0] == '[' {
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
