package pool

import (
	"encoding/json"
	"fmt"
	"os"
	"otzvuk/analytics/digest"
	"otzvuk/analytics/export"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"otzvuk/analytics/store"
)

// PackageFormat is the layout of a package (folders, manifest fields); a pool refuses any other.
const PackageFormat = 1

// ManifestName is the package's table of contents, at its root.
const ManifestName = "manifest.json"

// Manifest says what a package holds and lets a pool check it: who, which schema, what span,
// how many rows, and each file's SHA-256.
type Manifest struct {
	Format        string             `json:"format"` // always "otzvuk-package"
	PackageFormat int                `json:"package_format"`
	SchemaVersion int                `json:"schema_version"` // the source database's last migration
	Otzvuk        string             `json:"otzvuk_version"`
	Municipality  store.Municipality `json:"municipality"`
	Key           string             `json:"key"` // the partition value municipality=KEY
	CreatedAt     string             `json:"created_at"`
	Contents      []string           `json:"contents"` // records, aggregates
	Coverage      map[string]Span    `json:"coverage"` // per record kind: the first and last day covered
	RowCounts     map[string]int64   `json:"row_counts"`
	Files         []File             `json:"files"`
}

// Span is a run of calendar days (YYYY-MM-DD).
type Span struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// File is one file of the package, relative to its root (forward slashes).
type File struct {
	Path   string `json:"path"`
	Rows   int64  `json:"rows"`
	SHA256 string `json:"sha256"`
}

const manifestFormat = "otzvuk-package"

// ReadManifest reads a package's manifest; ok is false when the folder holds none (or not ours).
func ReadManifest(dir string) (*Manifest, bool, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		if os.IsNotExist(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil || m.Format != manifestFormat {
		return nil, false, nil
	}
	return &m, true, nil
}

// listFiles lists every regular file under root, relative, sorted.
func listFiles(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && d.Name() == export.LedgerName && filepath.Dir(p) == filepath.Clean(root) {
			return nil // the ledger of what Otzvuk wrote beside the package, not a file of it
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			out = append(out, filepath.ToSlash(rel))
		} else if !d.IsDir() {
			// A link could point anywhere on the disk; a package holds only its own files.
			rel, _ := filepath.Rel(root, p)
			return &PackageError{Dir: root, BG: fmt.Sprintf("%s не е обикновен файл (връзка или устройство); пакетът съдържа само свои файлове", filepath.ToSlash(rel)),
				EN: fmt.Sprintf("%s is not a regular file (a link or a device); a package holds only its own files", filepath.ToSlash(rel))}
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Verify checks every file the manifest lists against its SHA-256, and that the package holds no other file.
func (m *Manifest) Verify(dir string) error {
	listed := map[string]bool{ManifestName: true}
	for _, f := range m.Files {
		// A manifest is another municipality's text: its paths must stay inside the package.
		clean := path.Clean(f.Path)
		if clean != f.Path || path.IsAbs(f.Path) || strings.HasPrefix(f.Path, "../") || strings.Contains(f.Path, "\\") ||
			!strings.HasSuffix(f.Path, ".parquet") ||
			!(strings.HasPrefix(f.Path, "records/") || strings.HasPrefix(f.Path, "aggregates/") || strings.HasPrefix(f.Path, "reference/")) {
			return &PackageError{Dir: dir, BG: fmt.Sprintf("манифестът назовава файл извън пакета: %q", f.Path),
				EN: fmt.Sprintf("the manifest names a file outside the package: %q", f.Path)}
		}
		listed[f.Path] = true
		sum, err := digest.File(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			return &PackageError{Dir: dir, BG: fmt.Sprintf("липсва файлът %s", f.Path), EN: fmt.Sprintf("the file %s is missing", f.Path)}
		}
		if sum != f.SHA256 {
			return &PackageError{Dir: dir, BG: fmt.Sprintf("файлът %s е променен (SHA-256 не съвпада с манифеста)", f.Path),
				EN: fmt.Sprintf("the file %s was changed (its SHA-256 differs from the manifest's)", f.Path)}
		}
	}
	all, err := listFiles(dir)
	if err != nil {
		return err
	}
	for _, f := range all {
		if !listed[f] {
			return &PackageError{Dir: dir, BG: fmt.Sprintf("файлът %s не е в манифеста", f), EN: fmt.Sprintf("the file %s is not in the manifest", f)}
		}
	}
	return nil
}

// PackageError is a package (or package folder) refused, in Bulgarian and English, naming the folder.
type PackageError struct{ Dir, BG, EN string }

func (e *PackageError) Error() string {
	return fmt.Sprintf("пакет %s: %s / package %s: %s", e.Dir, e.BG, e.Dir, e.EN)
}
