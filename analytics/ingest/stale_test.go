package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

// importChild runs an import in a child process whose temp directory is tmp; with kill set it
// is killed by that signal once it has read some rows. It returns the child's PID.
func importChild(t *testing.T, db, file, tmp string, kill os.Signal) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killEnv+"="+db+"|"+file, "TMPDIR="+tmp)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var stage string
		var rows int
		if n, _ := fmt.Sscanf(sc.Text(), "PROGRESS %s %d", &stage, &rows); n == 2 && kill != nil && rows >= 20_000 {
			cmd.Process.Signal(kill)
			break
		}
		if strings.HasPrefix(sc.Text(), "DONE") || strings.HasPrefix(sc.Text(), "ERR") {
			if kill != nil {
				t.Fatalf("the import ended before it could be killed: %s", sc.Text())
			}
			break
		}
	}
	cmd.Wait()
	return cmd.Process.Pid
}

func stageFilesOf(t *testing.T, dir string, pid int) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, "otzvuk-*-p"+strconv.Itoa(pid)+"-*.csv"))
	return m
}

// kill -9 or SIGTERM during an import leave its staging files; the next import (in a new
// process) removes them — and only them: not a running process's, not another program's.
func TestStaleStageFilesAreRemovedByTheNextImport(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.csv")
	writeCards(t, big, 200_000, "B")
	small := filepath.Join(dir, "small.csv")
	writeCards(t, small, 10, "S")
	for _, sig := range []os.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			tmp := t.TempDir()
			db := filepath.Join(t.TempDir(), "stale.duckdb")
			s := openStoreAt(t, db)
			s.Close()
			killed := importChild(t, db, big, tmp, sig)
			left := stageFilesOf(t, tmp, killed)
			if len(left) == 0 {
				t.Fatalf("no staging files of the killed import (pid %d) in %s", killed, tmp)
			}
			old := time.Now().Add(-time.Hour)
			alive := filepath.Join(tmp, fmt.Sprintf("otzvuk-stage-p%d-1.csv", os.Getppid()))
			foreign := filepath.Join(tmp, "other-stage-p1-1.csv")
			for _, f := range []string{alive, foreign} {
				os.WriteFile(f, []byte("x"), 0o644)
				os.Chtimes(f, old, old)
			}
			next := importChild(t, db, small, tmp, nil)
			if left := stageFilesOf(t, tmp, killed); len(left) != 0 {
				t.Errorf("left behind: %v", left)
			}
			if own := stageFilesOf(t, tmp, next); len(own) != 0 {
				t.Errorf("the next import left its own: %v", own)
			}
			for _, f := range []string{alive, foreign} {
				if _, err := os.Stat(f); err != nil {
					t.Errorf("%s removed: %v", filepath.Base(f), err)
				}
			}
		})
	}
}

func openStoreAt(t *testing.T, db string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`); err != nil {
		t.Fatal(err)
	}
	return s
}
