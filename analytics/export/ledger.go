package export

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"otzvuk/analytics/digest"
)

// LedgerName is the file beside Otzvuk's outputs that lists what Otzvuk wrote into that folder,
// with each file's SHA-256. An existing file is replaced only when the ledger lists it with the
// hash it still has: a user's own page, a JSON of theirs, or a template a clerk has typed into
// since Otzvuk wrote it all differ from what the ledger says, and are never replaced. A format
// test (a file that "looks like" an export) cannot tell those apart; the hash can.
const LedgerName = ".otzvuk-outputs.json"

const ledgerFormat = "otzvuk-outputs/1"

type ledger struct {
	Format string                 `json:"format"`
	Note   string                 `json:"note"`
	Files  map[string]ledgerEntry `json:"files"`
}

type ledgerEntry struct {
	SHA256  string    `json:"sha256"`
	Size    int64     `json:"size"`
	Kind    Kind      `json:"kind"`
	Written time.Time `json:"written"`
}

// readLedger reads dir's ledger; ok is false when there is none or the file there is not one.
func readLedger(dir string) (l *ledger, ok bool) {
	b, err := os.ReadFile(filepath.Join(dir, LedgerName))
	if err != nil {
		return &ledger{Format: ledgerFormat, Files: map[string]ledgerEntry{}}, false
	}
	var got ledger
	if json.Unmarshal(b, &got) != nil || got.Format != ledgerFormat {
		return &ledger{Format: ledgerFormat, Files: map[string]ledgerEntry{}}, false
	}
	if got.Files == nil {
		got.Files = map[string]ledgerEntry{}
	}
	return &got, true
}

// ledgerOf is the folder whose ledger lists abs, and the name it is listed under: the guard's
// LedgerDir for a folder output (the site lists data/… in its root's one ledger), else abs's folder.
func (g Guard) ledgerOf(abs string) (dir, name string) {
	if g.LedgerDir != "" {
		if root, err := filepath.Abs(g.LedgerDir); err == nil {
			if rel, err := filepath.Rel(root, abs); err == nil && filepath.IsLocal(rel) {
				return root, filepath.ToSlash(rel)
			}
		}
	}
	return filepath.Dir(abs), filepath.Base(abs)
}

// wroteIt tells whether the file at abs is, byte for byte, one Otzvuk wrote there.
func (g Guard) wroteIt(abs string) bool {
	dir, name := g.ledgerOf(abs)
	l, ok := readLedger(dir)
	if !ok {
		return false
	}
	e, listed := l.Files[name]
	if !listed {
		return false
	}
	st, err := os.Stat(abs)
	if err != nil || st.Size() != e.Size {
		return false
	}
	sum, err := digest.File(abs)
	return err == nil && sum == e.SHA256
}

// record adds the file Otzvuk has just written to its folder's ledger.
func (g Guard) record(abs string, kind Kind, sha string, size int64) error {
	dir, name := g.ledgerOf(abs)
	if st, err := os.Lstat(filepath.Join(dir, LedgerName)); err == nil && !st.Mode().IsRegular() {
		return errors.New("the outputs' ledger is not a regular file")
	}
	l, _ := readLedger(dir)
	l.Note = "Files Otzvuk wrote into this folder: it replaces only these, and only while unchanged. / Файловете, записани от Отзвук в тази папка: само тях и само непроменени той може да замени."
	l.Files[name] = ledgerEntry{SHA256: sha, Size: size, Kind: kind, Written: time.Now().UTC().Truncate(time.Second)}
	body, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	return WriteAtomic(filepath.Join(dir, LedgerName), func(w io.Writer) error { _, err := w.Write(body); return err })
}

// FolderIsOurs says whether a folder output (the public site, the forms) may write into dir: a
// folder that does not exist yet, an empty one, or one holding Otzvuk's ledger. A folder of the
// user's own files is never written into.
func FolderIsOurs(dir string) bool {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return true
	}
	if err != nil {
		return false
	}
	if len(entries) == 0 {
		return true
	}
	_, ok := readLedger(dir)
	return ok
}
