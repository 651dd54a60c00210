package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// refuseSameOutput refuses two outputs of one command given the same file (--out and --docx):
// the second would replace the first after it was written. Checked before anything is written.
func refuseSameOutput(cmd string, stderr io.Writer, flags ...[2]string) bool {
	for i, a := range flags {
		for _, b := range flags[i+1:] {
			if a[1] == "" || b[1] == "" || !sameFile(a[1], b[1]) {
				continue
			}
			fmt.Fprintf(stderr, "otzvuk %s: %s и %s сочат един и същ файл %s; дайте им различни имена (нищо не е записано)\n"+
				"otzvuk %s: %s and %s name the same file %s; give them different names (nothing was written)\n", cmd, a[0], b[0], a[1], cmd, a[0], b[0], a[1])
			return true
		}
	}
	return false
}

// sameFile: the same path once made absolute, or one existing file under two names.
func sameFile(a, b string) bool {
	aa, errA := filepath.Abs(a)
	ab, errB := filepath.Abs(b)
	if errA == nil && errB == nil && aa == ab {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
