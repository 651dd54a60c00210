package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestOpenFreshAppliesEveryMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "fresh.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := all[len(all)-1].version; v != want {
		t.Fatalf("schema version %d, want %d", v, want)
	}
	for _, table := range []string{"departments", "services", "service_requests", "survey_responses", "survey_ratings",
		"feedback_cards", "signals", "mystery_visits", "mystery_items", "consultations", "import_log", "quarantine"} {
		var n int
		if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: found %d (%v)", table, n, err)
		}
	}
}

func TestReopenKeepsDataAndDoesNotReapply(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "reopen.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, "INSERT INTO departments (code, name) VALUES ('X', 'Отдел Х')"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var applied, depts int
	s.DB.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&applied)
	s.DB.QueryRowContext(ctx, "SELECT count(*) FROM departments").Scan(&depts)
	all, _ := loadMigrations()
	if applied != len(all) || depts != 1 {
		t.Fatalf("after reopen: %d migrations recorded (want %d), %d departments (want 1)", applied, len(all), depts)
	}
}

func TestSofiaTimeZone(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "tz.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var tz string
	if err := s.DB.QueryRowContext(ctx, "SELECT current_setting('TimeZone')").Scan(&tz); err != nil {
		t.Fatal(err)
	}
	if tz != "Europe/Sofia" {
		t.Fatalf("TimeZone %q", tz)
	}
}

// holdEnv makes the test binary a helper process that keeps the database open.
const holdEnv = "OTZVUK_TEST_HOLD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(holdEnv); path != "" {
		s, err := Open(context.Background(), path, Options{})
		if err != nil {
			os.Stdout.WriteString("ERR " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString("READY\n")
		time.Sleep(60 * time.Second) // the test kills us long before
		s.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestSecondProcessGetsClearLockMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.duckdb")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	buf := make([]byte, 256)
	n, _ := out.Read(buf)
	if !strings.HasPrefix(string(buf[:n]), "READY") {
		t.Fatalf("helper did not open the database: %q", buf[:n])
	}
	_, err = Open(context.Background(), path, Options{})
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("want LockedError, got %v", err)
	}
	if locked.PID != strconv.Itoa(cmd.Process.Pid) {
		t.Errorf("lock holder PID %q, want %d", locked.PID, cmd.Process.Pid)
	}
	msg := err.Error()
	for _, want := range []string{"вече е отворена", "already open", path} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}
