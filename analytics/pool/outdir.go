package pool

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"otzvuk/analytics/export"
)

// checkOutDir says whether a package may be written to dir: a new folder in an existing one, an
// empty folder, or an earlier package (which is replaced whole). Never the database or a folder
// holding it, never a folder with anything else in it.
func checkOutDir(dir string, guard export.Guard) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	refuse := func(bg, en string) error { return &PackageError{Dir: dir, BG: bg, EN: en} }
	// The manifest is a JSON export: the project's guard refuses a database's name or file.
	if err := guard.Check(filepath.Join(abs, ManifestName), export.KindJSON); err != nil {
		var oe *export.OutputError
		if errors.As(err, &oe) && oe.Code != export.RefusedNoFolder {
			return err
		}
	}
	for _, p := range guard.Protect {
		pa, err := filepath.Abs(p)
		if err != nil || p == "" {
			continue
		}
		if pa == abs || strings.HasPrefix(pa, abs+string(filepath.Separator)) {
			return refuse("папката съдържа базата данни; пакетът се записва в друга папка",
				"the folder holds the database; write the package into another folder")
		}
	}
	if strings.EqualFold(filepath.Ext(abs), ".duckdb") {
		return &export.OutputError{Path: dir, Kind: export.KindJSON, Code: export.RefusedDatabase}
	}
	st, err := os.Lstat(abs)
	if errors.Is(err, os.ErrNotExist) {
		if ps, err := os.Stat(filepath.Dir(abs)); err != nil || !ps.IsDir() {
			return &export.OutputError{Path: dir, Kind: export.KindJSON, Code: export.RefusedNoFolder}
		}
		return nil
	}
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return refuse("съществува и не е папка; не се заменя", "exists and is not a folder; it is not replaced")
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	m, ok, _ := ReadManifest(abs)
	if !ok {
		return refuse("папката не е празна и не е по-ранен пакет на Отзвук; нищо в нея не се заменя — изберете празна или нова папка",
			"the folder is not empty and is not an earlier Otzvuk package; nothing in it is replaced — choose an empty or new folder")
	}
	if err := m.Verify(abs); err != nil {
		return refuse("папката е по-ранен пакет, но съдържа и други или променени файлове; не се заменя",
			"the folder is an earlier package but holds other or changed files; it is not replaced")
	}
	return nil
}

// swapIn moves the finished package tmp to dir, replacing an earlier package there only now.
func swapIn(tmp, dir string) error {
	abs, _ := filepath.Abs(dir)
	if _, err := os.Lstat(abs); err == nil {
		old, err := os.MkdirTemp(filepath.Dir(abs), ".otzvuk-old-package-*")
		if err != nil {
			return err
		}
		if err := os.Remove(old); err != nil {
			return err
		}
		if err := os.Rename(abs, old); err != nil {
			return err
		}
		if err := os.Rename(tmp, abs); err != nil {
			os.Rename(old, abs)
			return err
		}
		return os.RemoveAll(old)
	}
	if err := os.Rename(tmp, abs); err != nil {
		return fmt.Errorf("move the package into place: %w", err)
	}
	return nil
}
