package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The import rules of docs/architecture.md, read from `go list -deps`, and the page itself: every
// package of the module is in its table.
func TestArchitectureRules(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports,Deps", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	type pkg struct {
		ImportPath string
		Imports    []string
		Deps       []string
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	has := func(list []string, prefix string) string {
		for _, d := range list {
			if d == prefix || strings.HasPrefix(d, prefix+"/") {
				return d
			}
		}
		return ""
	}
	doc, err := os.ReadFile("docs/architecture.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		rel := strings.TrimPrefix(p.ImportPath, "otzvuk/")
		if rel != "otzvuk" && !strings.Contains(string(doc), "`"+rel+"`") {
			t.Errorf("docs/architecture.md does not name the package %s", rel)
		}
		switch {
		case strings.HasPrefix(p.ImportPath, "otzvuk/analytics/"):
			for _, bad := range []string{"github.com/wailsapp/wails", "otzvuk/app", "otzvuk/cli"} {
				if d := has(p.Deps, bad); d != "" {
					t.Errorf("%s depends on %s", p.ImportPath, d)
				}
			}
		case p.ImportPath == "otzvuk/app":
			for _, bad := range []string{"database/sql", "github.com/duckdb/duckdb-go"} {
				if d := has(p.Imports, bad); d != "" {
					t.Errorf("app imports %s", d)
				}
			}
		case p.ImportPath == "otzvuk/cli":
			if d := has(p.Imports, "github.com/duckdb/duckdb-go"); d != "" {
				t.Errorf("cli imports %s: it opens the database through analytics/workspace", d)
			}
		}
		switch p.ImportPath {
		case "otzvuk/analytics/ingest/read":
			if d := has(p.Imports, "otzvuk/analytics/ingest"); d != "" {
				t.Errorf("analytics/ingest/read imports %s: the readers stand below the import", d)
			}
		case "otzvuk/analytics/ingest":
			if d := has(p.Imports, "otzvuk/analytics/ingest/suggest"); d != "" {
				t.Errorf("analytics/ingest imports %s: an import never needs a draft", d)
			}
		}
		if p.ImportPath != "otzvuk/scripts/bench" && !strings.HasPrefix(p.ImportPath, "otzvuk/internal/") {
			if d := has(p.Imports, "otzvuk/internal"); d != "" {
				t.Errorf("%s imports %s outside its tests", p.ImportPath, d)
			}
		}
	}
	// The window reaches the database through workspace, and cli only in main.go (the help text).
	src, err := os.ReadFile("window.go")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(src), `"otzvuk/cli"`) {
		t.Error("window.go imports cli")
	}
}
