//go:build dev

package main

import (
	"os"
	"path/filepath"
)

// testSavePath lets the end-to-end tests save without the native dialog, which a headless
// browser cannot click: only in the dev build, only when OTZVUK_E2E_SAVE_DIR names a folder.
func testSavePath(name string) (string, bool) {
	dir := os.Getenv("OTZVUK_E2E_SAVE_DIR")
	if dir == "" {
		return "", false
	}
	return filepath.Join(dir, filepath.Base(name)), true
}
