package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// otzvuk maintenance: an action is required; --rebuild and --check say in both languages what they
// did (the demo is below the size at which cubes are kept: none to build, none to check).
func TestMaintenanceRebuildAndCheck(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.duckdb")
	var out, errOut bytes.Buffer
	if code := Run([]string{"maintenance", "--db", db}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "give --rebuild or --check") {
		t.Fatalf("no action: exit %d, %q", code, errOut.String())
	}
	if code := Run([]string{"demo", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("demo: exit %d, %s", code, errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := Run([]string{"maintenance", "--db", db, "--rebuild", "--check"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	for _, want := range []string{"Няма сборни статистики за изграждане", "No summary statistics to build", "summary statistics checked: 0, с разлики / differing: 0"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
