package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

// The helper process: imports a large file and says how far it got, until the parent kills it.
const killEnv = "OTZVUK_TEST_IMPORT_UNTIL_KILLED"

func TestMain(m *testing.M) {
	if spec := os.Getenv(memoryEnv); spec != "" {
		memoryChild(spec)
	}
	if spec := os.Getenv(killEnv); spec != "" {
		db, file, _ := strings.Cut(spec, "|")
		s, err := store.Open(context.Background(), db, store.Options{})
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
		_, err = Import(context.Background(), s, p, file, Options{Now: testNow, Progress: func(pg Progress) {
			fmt.Printf("PROGRESS %s %d\n", pg.Stage, pg.Rows)
		}})
		fmt.Println("DONE", err)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func writeCards(t testing.TB, path string, n int, prefix string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString(cardsHeader)
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, "%s%d,%02d.%02d.2026,GRAO,box,%d,Коментар номер %d\n", prefix, i, 1+i%28, 1+i%10, 1+i%5, i)
	}
	w.Flush()
	f.Close()
}

func TestKilledImportLeavesThePreviousStateExactly(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kill.duckdb")
	s, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`)
	small := filepath.Join(dir, "small.csv")
	writeCards(t, small, 100, "S")
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	if _, err := Import(context.Background(), s, p, small, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	var before string
	s.DB.QueryRow(`SELECT count(*) || '/' || sum(rating) || '/' || (SELECT count(*) FROM import_log) FROM feedback_cards`).Scan(&before)
	s.Close()

	big := filepath.Join(dir, "big.csv")
	writeCards(t, big, 600_000, "B")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killEnv+"="+db+"|"+big)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(out)
	killedAt := ""
	deadline := time.Now().Add(2 * time.Minute)
	for sc.Scan() && time.Now().Before(deadline) {
		line := sc.Text()
		var stage string
		var rows int
		if n, _ := fmt.Sscanf(line, "PROGRESS %s %d", &stage, &rows); n == 2 && (rows >= 200_000 || stage != "reading") {
			cmd.Process.Signal(syscall.SIGKILL)
			killedAt = line
			break
		}
		if strings.HasPrefix(line, "DONE") || strings.HasPrefix(line, "ERR") {
			t.Fatalf("the import ended before it could be killed: %s", line)
		}
	}
	cmd.Wait()
	if killedAt == "" {
		t.Fatal("no progress seen")
	}
	s, err = store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatalf("database does not open after kill -9 (%s): %v", killedAt, err)
	}
	defer s.Close()
	var after string
	s.DB.QueryRow(`SELECT count(*) || '/' || sum(rating) || '/' || (SELECT count(*) FROM import_log) FROM feedback_cards`).Scan(&after)
	if after != before {
		t.Fatalf("killed at %q: state %s, before %s", killedAt, after, before)
	}
	// And the same file imports completely afterwards.
	if _, err := Import(context.Background(), s, p, big, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "SELECT count(*) FROM feedback_cards"); n != 600_100 {
		t.Fatalf("%d cards after the re-run", n)
	}
}
