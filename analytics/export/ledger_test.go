package export

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Issue 26.2: a file of the right format is not an earlier export. A user's own page, their JSON,
// a filled template whose zip lists [Content_Types].xml first — each is refused; what Otzvuk wrote
// is replaced until someone changes it.
func TestGuardReplacesOnlyWhatItWroteUnchanged(t *testing.T) {
	dir := t.TempDir()
	g := Guard{}
	mine := map[string]string{
		"index.html": "<html>my site</html>",
		"my.json":    `{"x":1}`,
		"karta.html": "<!DOCTYPE html><p>my own card",
		"typed.xlsx": "PK\x03\x04....[Content_Types].xml my 50 typed cards",
		"data.csv":   "\ufeffa;b\r\n1;2\r\n",
		"README.md":  "# my notes",
	}
	kinds := map[string]Kind{"index.html": KindHTML, "my.json": KindJSON, "karta.html": KindHTML, "typed.xlsx": KindXLSX, "data.csv": KindCSV, "README.md": KindMarkdown}
	for name, body := range mine {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		err := g.Write(p, kinds[name], writeString("otzvuk's output"))
		var oe *OutputError
		if !errors.As(err, &oe) || oe.Code != RefusedOtherKind {
			t.Errorf("%s: got %v, want a refusal", name, err)
		}
		if b, _ := os.ReadFile(p); string(b) != body {
			t.Errorf("%s was replaced", name)
		}
	}

	// Otzvuk's own output is replaced, again and again (the report's XLSX annex on a second run).
	annex := filepath.Join(dir, "report.xlsx")
	for i, body := range []string{"PK\x03\x04 annex 1", "PK\x03\x04 annex 2", "PK\x03\x04 annex 3"} {
		if err := g.Write(annex, KindXLSX, writeString(body)); err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
	}
	// …until a clerk types into it: then it is theirs.
	os.WriteFile(annex, []byte("PK\x03\x04 annex 3 + a clerk's typing"), 0o644)
	if err := g.Write(annex, KindXLSX, writeString("PK\x03\x04 annex 4")); err == nil {
		t.Fatal("a changed output was replaced")
	}
	// The ledger itself is never an output.
	if err := g.Write(filepath.Join(dir, LedgerName), KindJSON, writeString("{}")); err == nil {
		t.Fatal("the ledger was overwritten as an output")
	}
}

// A folder output goes into a new folder, an empty one, or one it wrote into before.
func TestFolderOutputsOnlyIntoTheirOwnFolders(t *testing.T) {
	root := t.TempDir()
	g := Guard{}
	if err := g.CheckFolder(filepath.Join(root, "new"), KindHTML); err != nil {
		t.Fatalf("new folder: %v", err)
	}
	empty := filepath.Join(root, "empty")
	os.Mkdir(empty, 0o755)
	if err := g.CheckFolder(empty, KindHTML); err != nil {
		t.Fatalf("empty folder: %v", err)
	}
	if err := g.Write(filepath.Join(empty, "index.html"), KindHTML, writeString("<!DOCTYPE html>")); err != nil {
		t.Fatal(err)
	}
	if err := g.CheckFolder(empty, KindHTML); err != nil {
		t.Fatalf("a folder Otzvuk wrote into: %v", err)
	}
	users := filepath.Join(root, "site")
	os.Mkdir(users, 0o755)
	os.WriteFile(filepath.Join(users, "index.html"), []byte("<html>my site</html>"), 0o644)
	var oe *OutputError
	if err := g.CheckFolder(users, KindHTML); !errors.As(err, &oe) || oe.Code != RefusedFolder {
		t.Fatalf("a folder of the user's files: %v", err)
	}
	bg, en := oe.Messages()
	if bg == "" || en == "" {
		t.Fatal("no message")
	}
	db := filepath.Join(root, "d.duckdb")
	os.WriteFile(db, []byte("12345678DUCK"), 0o644)
	if err := g.CheckFolder(db, KindHTML); !errors.As(err, &oe) || oe.Code != RefusedDatabase {
		t.Fatalf("the database as a folder: %v", err)
	}
}
