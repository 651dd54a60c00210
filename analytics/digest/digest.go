// Package digest is the one SHA-256 of a file: an import's identity (a file imported twice adds
// nothing), a package's manifest, and the outputs' ledger all use it.
package digest

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
)

// File is the hex SHA-256 of a file's bytes.
func File(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return Reader(f)
}

// Reader is the hex SHA-256 of what r holds.
func Reader(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
