package export

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// An output never replaces the database, its WAL, any DuckDB file, a folder or a file that is
// not an earlier export of its kind; an earlier export is replaced (atomically).
func TestGuardRefusesWhatIsNotAnExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "otzvuk.duckdb")
	duck := make([]byte, 64)
	copy(duck[8:], "DUCK")
	os.WriteFile(db, duck, 0o644)
	os.WriteFile(db+".wal", []byte("wal"), 0o644)
	otherDuck := filepath.Join(dir, "copy-of-db")
	os.WriteFile(otherDuck, duck, 0o644)
	source := filepath.Join(dir, "source.csv") // an import's source: no BOM
	os.WriteFile(source, []byte("id;date\n1;2025-01-01\n"), 0o644)
	notes := filepath.Join(dir, "notes.html")
	os.WriteFile(notes, []byte("just text, not a page"), 0o644)
	link := filepath.Join(dir, "link.html")
	os.Symlink(db, link)
	g := Guard{Protect: []string{db}}
	cases := []struct {
		path string
		kind Kind
		want Refusal
	}{
		{db, KindHTML, RefusedDatabase},
		{db, KindXLSX, RefusedDatabase},
		{db, KindCSV, RefusedDatabase},
		{db + ".wal", KindCSV, RefusedDatabase},
		{otherDuck, KindHTML, RefusedDatabase},
		{link, KindHTML, RefusedDatabase},
		{filepath.Join(dir, "new.duckdb"), KindHTML, RefusedDatabase},
		{dir, KindHTML, RefusedDirectory},
		{source, KindCSV, RefusedOtherKind},
		{notes, KindHTML, RefusedOtherKind},
		{source, KindXLSX, RefusedOtherKind},
		{filepath.Join(dir, "no", "such", "folder.html"), KindHTML, RefusedNoFolder},
	}
	for _, c := range cases {
		before, _ := os.ReadFile(c.path)
		err := g.Write(c.path, c.kind, writeString("<!DOCTYPE html>new"))
		var oe *OutputError
		if !errors.As(err, &oe) || oe.Code != c.want {
			t.Errorf("%s as %s: got %v, want %s", c.path, c.kind, err, c.want)
			continue
		}
		bg, en := oe.Messages()
		if bg == "" || en == "" || oe.Path != c.path {
			t.Errorf("%s: message %q / %q names %q", c.path, bg, en, oe.Path)
		}
		if after, _ := os.ReadFile(c.path); string(after) != string(before) {
			t.Errorf("%s was changed", c.path)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused output created folders")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".otzvuk-*.tmp")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestGuardReplacesAnEarlierExportOfTheSameKind(t *testing.T) {
	dir := t.TempDir()
	g := Guard{Protect: []string{filepath.Join(dir, "x.duckdb")}}
	for _, c := range []struct {
		name        string
		kind        Kind
		first, next string
	}{
		{"r.html", KindHTML, "\ufeff<!DOCTYPE html><p>1", "<!doctype html><p>2"},
		{"q.csv", KindCSV, "\ufeffa;b\r\n", "\ufeffa;c\r\n"},
		{"c.svg", KindSVG, `<?xml version="1.0"?><svg/>`, `<svg xmlns="http://www.w3.org/2000/svg"/>`},
		{"c.png", KindPNG, "\x89PNG\r\n\x1a\nold", "\x89PNG\r\n\x1a\nnew"},
		{"a.xlsx", KindXLSX, "PK\x03\x04....[Content_Types].xml", "PK\x03\x04....[Content_Types].xml2"},
	} {
		p := filepath.Join(dir, c.name)
		if err := g.Write(p, c.kind, writeString(c.first)); err != nil {
			t.Fatalf("%s first write: %v", c.name, err)
		}
		if err := g.Write(p, c.kind, writeString(c.next)); err != nil {
			t.Fatalf("%s replace: %v", c.name, err)
		}
		if b, _ := os.ReadFile(p); string(b) != c.next {
			t.Fatalf("%s holds %q", c.name, b)
		}
	}
	empty := filepath.Join(dir, "empty.html") // e.g. a file the save dialog just created
	os.WriteFile(empty, nil, 0o644)
	if err := g.Write(empty, KindHTML, writeString("<!DOCTYPE html>")); err != nil {
		t.Fatal(err)
	}
}

// A write that fails names the target and the system's reason, never the temporary file.
func TestGuardNamesTheTargetWhenTheWriteFails(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders; the disk-full case covers this as root")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	target := filepath.Join(ro, "r.html")
	err := Guard{}.Write(target, KindHTML, writeString("<!DOCTYPE html>"))
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Code != RefusedWrite || oe.Path != target || oe.DetailEN != "permission denied" {
		t.Fatalf("got %#v", err)
	}
}

// A full disk: the old export stays, the message names the target and says the disk is full.
// Needs root to mount a small tmpfs; skipped with a message otherwise.
func TestGuardOnAFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("not root: cannot mount a small tmpfs for the disk-full case")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("mount tmpfs: %v %s", err, out)
	}
	defer exec.Command("umount", dir).Run()
	target := filepath.Join(dir, "report.html")
	if err := (Guard{}).Write(target, KindHTML, writeString("<!DOCTYPE html>old")); err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("x", 200<<10)
	err := Guard{}.Write(target, KindHTML, writeString("<!DOCTYPE html>"+big))
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Path != target || oe.DetailEN != "the disk is full" || strings.Contains(err.Error(), ".otzvuk-") {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "<!DOCTYPE html>old" {
		t.Fatalf("old export damaged: %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".otzvuk-*.tmp")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}
