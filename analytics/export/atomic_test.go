package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteAtomicKeepsTheOldFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("the failure was lost")
	}
	if body, _ := os.ReadFile(path); string(body) != "old" {
		t.Fatalf("old file damaged: %q", body)
	}
	if err := WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if body, _ := os.ReadFile(path); string(body) != "new" {
		t.Fatalf("got %q", body)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".otzvuk-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}
