package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Staging files carry the PID of the process that made them (otzvuk-stage-p1234-567.csv). A
// process killed with -9 (or on a power cut) cannot remove its own, so the next import removes
// every one that is older than this process and whose process is gone.

var processStart = time.Now()

var stalePattern = regexp.MustCompile(`^otzvuk-(stage|items)-p([0-9]+)-[0-9]+\.csv$`)

// stagePattern puts this process's PID into a CreateTemp pattern ("otzvuk-stage-*.csv").
func stagePattern(pattern string) string {
	prefix, suffix, ok := strings.Cut(pattern, "*")
	if !ok {
		return pattern
	}
	return prefix + "p" + strconv.Itoa(os.Getpid()) + "-*" + suffix
}

var cleaned sync.Map // directory → done

func cleanStaleOnce(dir string) {
	if dir == "" {
		dir = os.TempDir()
	}
	if _, done := cleaned.LoadOrStore(dir, true); !done {
		CleanStaleStageFiles(dir)
	}
}

// CleanStaleStageFiles removes the staging files in dir ("" = the temp directory) that Otzvuk
// processes left behind: Otzvuk's name, older than this process, and their PID not alive.
// It returns how many it removed.
func CleanStaleStageFiles(dir string) int {
	if dir == "" {
		dir = os.TempDir()
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		m := stalePattern.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		pid, err := strconv.Atoi(m[2])
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(processStart) {
			continue // possibly another Otzvuk running now, or ours
		}
		if pid != os.Getpid() && processAlive(pid) {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			n++
		}
	}
	return n
}
