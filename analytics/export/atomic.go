// Package export writes what leaves Otzvuk: files that replace an existing one only once they are complete.
package export

import (
	"io"
	"os"
	"path/filepath"
)

// WriteAtomic writes a file through write into a temporary file beside it and renames it into
// place, so an existing file is replaced only by a complete new one (never half-written).
func WriteAtomic(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".otzvuk-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	err = write(tmp)
	if err == nil {
		// CreateTemp makes the file private; an export is an ordinary document (or keeps the mode of the file it replaces).
		mode := os.FileMode(0o644)
		if st, serr := os.Stat(path); serr == nil {
			mode = st.Mode().Perm()
		}
		err = tmp.Chmod(mode)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
