package export

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Kind is what an output file holds. An output may replace an existing file only when that file
// already holds the same kind (an earlier export): never the database, its WAL, a folder, an
// import's source data or any other document the user keeps beside it.
type Kind string

const (
	KindHTML Kind = "html"
	KindXLSX Kind = "xlsx"
	KindCSV  Kind = "csv"
	KindPNG  Kind = "png"
	KindSVG  Kind = "svg"
	KindJSON Kind = "json"
	KindPDF  Kind = "pdf"
	// KindMarkdown is a README Otzvuk writes: text starting with a "# " heading.
	KindMarkdown Kind = "md"
	// KindDOCX is a Word document Otzvuk writes ([Content_Types].xml first, as XLSX).
	KindDOCX Kind = "docx"
)

// Refusal is why an output path was refused; its Code is stable (the window translates it).
type Refusal string

const (
	RefusedDatabase  Refusal = "database"  // the open database, its WAL, or any DuckDB file
	RefusedDirectory Refusal = "directory" // a folder
	RefusedOtherKind Refusal = "otherKind" // an existing file Otzvuk did not write (or that was changed since)
	RefusedFolder    Refusal = "folder"    // a folder output into a folder of other files
	RefusedNoFolder  Refusal = "noFolder"  // the folder to write into does not exist
	RefusedWrite     Refusal = "write"     // the file system refused (permissions, disk full, …)
)

// OutputError names the target (never the temporary file) and says why, in Bulgarian and English.
type OutputError struct {
	Path string
	Kind Kind
	Code Refusal
	// What the system said, for RefusedWrite, in each language.
	DetailBG, DetailEN string
}

func (e *OutputError) Error() string {
	bg, en := e.Messages()
	return bg + " / " + en
}

// Messages returns the whole message once in each language.
func (e *OutputError) Messages() (bg, en string) {
	p := e.Path
	switch e.Code {
	case RefusedDatabase:
		return fmt.Sprintf("%s е база данни на Отзвук (или неин журнал); експорт никога не я заменя — изберете друго име", p),
			fmt.Sprintf("%s is an Otzvuk database (or its journal); an export never replaces it — choose another name", p)
	case RefusedDirectory:
		return fmt.Sprintf("%s е папка; посочете име на файл", p),
			fmt.Sprintf("%s is a folder; give a file name", p)
	case RefusedOtherKind:
		return fmt.Sprintf("%s вече съществува и не е записан от Отзвук (или е променян след това); не се заменя — изберете друго име", p),
			fmt.Sprintf("%s exists and was not written by Otzvuk (or was changed since); it is not replaced — choose another name", p)
	case RefusedFolder:
		return fmt.Sprintf("папката %s съдържа други файлове и не е създадена от Отзвук; изберете празна или нова папка", p),
			fmt.Sprintf("the folder %s holds other files and was not made by Otzvuk; choose an empty or a new folder", p)
	case RefusedNoFolder:
		return fmt.Sprintf("папката на %s не съществува", p),
			fmt.Sprintf("the folder of %s does not exist", p)
	default:
		return fmt.Sprintf("%s не може да бъде записан: %s", p, e.DetailBG),
			fmt.Sprintf("%s could not be written: %s", p, e.DetailEN)
	}
}

// Guard knows which files an output must never replace: the open database (and so its WAL).
type Guard struct {
	Protect []string
	// LedgerDir, for a folder output, keeps one ledger in the folder's root for every file
	// under it (LedgerName); empty: each file is listed in the ledger of its own folder.
	LedgerDir string
}

// Write checks the target and writes it atomically: an existing export of the same kind is
// replaced only by a complete new file; anything else is refused before a byte is written.
func (g Guard) Write(path string, kind Kind, write func(w io.Writer) error) error {
	if err := g.Check(path, kind); err != nil {
		return err
	}
	h := sha256.New()
	var size int64
	err := WriteAtomic(path, func(w io.Writer) error {
		return write(io.MultiWriter(w, h, sizeCounter{&size}))
	})
	if err == nil {
		if abs, aerr := filepath.Abs(path); aerr == nil {
			// A ledger that cannot be written only means this file cannot be replaced later:
			// the safe side, so the output itself still counts as written.
			_ = g.record(abs, kind, hex.EncodeToString(h.Sum(nil)), size)
		}
		return nil
	}
	if err != nil {
		var oe *OutputError
		if errors.As(err, &oe) {
			return err
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			// The temporary file's name means nothing to the user: say what failed on the target.
			return (&OutputError{Path: path, Kind: kind, Code: RefusedWrite}).withReason(pe.Err)
		}
		return err
	}
	return nil
}

// Check says whether path may receive an output of kind, without writing anything.
func (g Guard) Check(path string, kind Kind) error {
	if path == "" {
		return &OutputError{Path: path, Kind: kind, Code: RefusedNoFolder}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return (&OutputError{Path: path, Kind: kind, Code: RefusedWrite}).withReason(err)
	}
	if isDatabaseName(abs) {
		return &OutputError{Path: path, Kind: kind, Code: RefusedDatabase}
	}
	if strings.EqualFold(filepath.Base(abs), LedgerName) {
		return &OutputError{Path: path, Kind: kind, Code: RefusedOtherKind}
	}
	for _, p := range g.Protect {
		if p == "" {
			continue
		}
		if pa, err := filepath.Abs(p); err == nil && (samePath(abs, pa) || samePath(abs, pa+".wal")) {
			return &OutputError{Path: path, Kind: kind, Code: RefusedDatabase}
		}
	}
	if st, err := os.Stat(filepath.Dir(abs)); err != nil || !st.IsDir() {
		return &OutputError{Path: path, Kind: kind, Code: RefusedNoFolder}
	}
	st, err := os.Stat(abs) // follows a link: what it points at is what would be lost
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return (&OutputError{Path: path, Kind: kind, Code: RefusedWrite}).withReason(err)
	}
	if st.IsDir() {
		return &OutputError{Path: path, Kind: kind, Code: RefusedDirectory}
	}
	if !st.Mode().IsRegular() {
		return &OutputError{Path: path, Kind: kind, Code: RefusedOtherKind}
	}
	if st.Size() == 0 {
		return nil
	}
	head, err := readHead(abs)
	if err != nil {
		return (&OutputError{Path: path, Kind: kind, Code: RefusedWrite}).withReason(err)
	}
	if isDuckDB(head) {
		return &OutputError{Path: path, Kind: kind, Code: RefusedDatabase}
	}
	if !g.wroteIt(abs) {
		return &OutputError{Path: path, Kind: kind, Code: RefusedOtherKind}
	}
	return nil
}

// CheckFolder says whether a folder output may write into dir (FolderIsOurs), without writing.
func (g Guard) CheckFolder(dir string, kind Kind) error {
	if abs, err := filepath.Abs(dir); err == nil && isDatabaseName(abs) {
		return &OutputError{Path: dir, Kind: kind, Code: RefusedDatabase}
	}
	for _, p := range g.Protect {
		if p != "" && samePath(dir, p) {
			return &OutputError{Path: dir, Kind: kind, Code: RefusedDatabase}
		}
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		if head, herr := readHead(dir); herr == nil && isDuckDB(head) {
			return &OutputError{Path: dir, Kind: kind, Code: RefusedDatabase}
		}
		return &OutputError{Path: dir, Kind: kind, Code: RefusedFolder}
	}
	if !FolderIsOurs(dir) {
		return &OutputError{Path: dir, Kind: kind, Code: RefusedFolder}
	}
	return nil
}

type sizeCounter struct{ n *int64 }

func (c sizeCounter) Write(p []byte) (int, error) { *c.n += int64(len(p)); return len(p), nil }

// isDatabaseName refuses names that only a database or its journal carries, even when new.
func isDatabaseName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".duckdb", ".ddb", ".wal":
		return true
	}
	return false
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 4096)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:n], nil
}

// isDuckDB recognises DuckDB's file header: the magic "DUCK" at byte 8.
func isDuckDB(head []byte) bool {
	return len(head) >= 12 && string(head[8:12]) == "DUCK"
}

// withReason keeps the operating system's reason without Go's "open /tmp/.otzvuk-123.tmp:" prefix.
func (e *OutputError) withReason(err error) *OutputError {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, os.ErrPermission):
		e.DetailBG, e.DetailEN = "няма права за запис", "permission denied"
	case strings.Contains(err.Error(), "no space left"):
		e.DetailBG, e.DetailEN = "дискът е пълен", "the disk is full"
	case strings.Contains(err.Error(), "read-only file system"):
		e.DetailBG, e.DetailEN = "файловата система е само за четене", "the file system is read-only"
	default:
		e.DetailBG, e.DetailEN = err.Error(), err.Error()
	}
	return e
}
