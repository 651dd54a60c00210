package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/store"
	"otzvuk/internal/benchdata"
)

// The memory child: imports one file (cards profile), then prints its problems and its peak RSS.
const memoryEnv = "OTZVUK_TEST_MEMORY_CHILD"

func memoryChild(spec string) {
	db, file, _ := strings.Cut(spec, "|")
	s, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	s.DB.Exec(`INSERT INTO departments (code, name) VALUES ('GRAO', 'ГРАО')`)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	t0 := time.Now()
	sum, err := Import(context.Background(), s, p, file, Options{Now: testNow, MaxRejectRate: 0.9})
	for _, pr := range sum.Problems {
		fmt.Printf("PROBLEM %s %d %s | %s\n", pr.Code, pr.Row, pr.Column, pr.Error())
	}
	var pr *read.Problem
	if errors.As(err, &pr) {
		fmt.Printf("PROBLEM %s %d %s | %s\n", pr.Code, pr.Row, pr.Column, pr.Error())
	}
	fmt.Printf("NEW %d\nSECONDS %.2f\nPEAK_KB %d\nDONE %v\n", sum.New, time.Since(t0).Seconds(), vmHWM("self"), err)
	os.Exit(0)
}

// vmHWM is a process's peak resident memory in kB, from /proc/PID/status.
func vmHWM(pid string) int {
	body, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.Fields(l)[1])
			return kb
		}
	}
	return -1
}

// writeHuge streams head, then n copies of unit, then tail into path (never all in memory).
func writeHuge(t *testing.T, path, head, unit string, n int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	block := []byte(strings.Repeat(unit, (1<<20)/len(unit)))
	for written := 0; written < n*len(unit); written += len(block) {
		w.Write(block)
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func runMemoryChild(t *testing.T, file string) (out string, peakMB float64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), memoryEnv+"="+filepath.Join(t.TempDir(), "mem.duckdb")+"|"+file)
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\n%s", err, b.String())
	}
	out = b.String()
	for _, l := range strings.Split(out, "\n") {
		if kb, ok := strings.CutPrefix(l, "PEAK_KB "); ok {
			n, _ := strconv.Atoi(kb)
			peakMB = float64(n) / 1024
		}
	}
	return out, peakMB
}

// Memory follows the limits, not the file: a 600 MB CSV whose third row is one run of commas, or
// one quoted field full of commas and line breaks, is read in bounded memory; that row is
// quarantined naming its limit, row and column, and the rows around it are imported.
func TestHugeSparseCSVStaysInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 600 MB files")
	}
	const size = 600 << 20
	tail := "\nK3,06.03.2026,GRAO,box,5,след\n"
	cases := []struct {
		name, head, unit string
		size             int
		code, column     string
	}{
		{"600 MB of commas", "K2,05.03.2026,GRAO,box,4,", ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,", size, "too_many_columns", ""},
		{"600 MB quoted field", "K2,05.03.2026,GRAO,box,4,\"", "жж,\"\",  ", size, "cell_too_large", "Коментар"},
		{"300 MB line", "K2,05.03.2026,GRAO,box,4,", "жжжжжжжжжжжжжжжж", size / 2, "cell_too_large", "Коментар"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "huge.csv")
			end := tail
			if strings.HasSuffix(c.head, "\"") {
				end = "\"" + tail
			}
			writeHuge(t, path, cardsHeader+goodRow+c.head, c.unit, c.size/len(c.unit), end)
			t0 := time.Now()
			out, peak := runMemoryChild(t, path)
			t.Logf("%s: peak RSS %.0f MB, %.1f s\n%s", c.name, peak, time.Since(t0).Seconds(), out)
			if peak <= 0 || peak > 500 {
				t.Errorf("peak RSS %.0f MB (limit 500)", peak)
			}
			want := fmt.Sprintf("PROBLEM %s 3 %s |", c.code, c.column)
			if !strings.Contains(out, want) || !strings.Contains(out, "NEW 2\n") {
				t.Errorf("want %q and the two other rows imported", want)
			}
		})
	}
}

// A strict map of 10,000 values rejects 100 cells at once, each reason naming ten values and
// counting the rest; a larger map is refused when the profile is read.
func TestStrictMapRejectionsAreCheapAndBounded(t *testing.T) {
	base := strings.Replace(cardsProfile, `source: {column: "Източник"}`, `source: {column: "Източник", strict: true, map: {%s}}`, 1)
	mapOf := func(n int) string {
		var b strings.Builder
		b.WriteString(`"кутия": box`)
		for i := 0; i < n-1; i++ {
			fmt.Fprintf(&b, `, "v%05d": box`, i)
		}
		return b.String()
	}
	if _, err := ParseProfile("big.yaml", []byte(fmt.Sprintf(base, mapOf(MaxMapEntries+1)))); err == nil ||
		!strings.Contains(err.Error(), "10000") || !strings.Contains(err.Error(), "fields.source.map") {
		t.Fatalf("a %d-entry map: %v", MaxMapEntries+1, err)
	}
	p, err := ParseProfile("ok.yaml", []byte(fmt.Sprintf(base, mapOf(MaxMapEntries))))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bad.csv")
	var b strings.Builder
	b.WriteString(cardsHeader)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "K%d,05.03.2026,GRAO,гълъб%d,4,x\n", i, i)
	}
	for i := 100; i < 200; i++ {
		fmt.Fprintf(&b, "K%d,05.03.2026,GRAO,кутия,4,x\n", i)
	}
	os.WriteFile(path, []byte(b.String()), 0o644)
	s := openStore(t)
	t0 := time.Now()
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 0.9})
	took := time.Since(t0)
	// The source is optional: its 100 unknown values are emptied cells, their cards kept.
	if err != nil || sum.FieldsEmptied != 100 || sum.Rejected != 0 || sum.New != 200 {
		t.Fatalf("%+v %v", sum, err)
	}
	if took > 3*time.Second {
		t.Errorf("100 rejected cells took %v", took)
	}
	var longest int
	var reason string
	s.DB.QueryRow("SELECT max(length(reason_bg) + length(reason_en)), any_value(reason_en) FROM quarantine").Scan(&longest, &reason)
	if longest > 600 || !strings.Contains(reason, "and 9990 more") {
		t.Fatalf("reason of %d chars: %s", longest, reason)
	}
	t.Logf("100 rejected cells in %v; reason: %s", took, reason)
}

// 200,000 rows of XLSX end to end in a child process: peak memory and time.
func TestXLSX200kRowsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and imports 200,000 rows")
	}
	path := filepath.Join(t.TempDir(), "cards200k.xlsx")
	writeCardsXLSX(t, path, 200_000)
	st, _ := os.Stat(path)
	t0 := time.Now()
	out, peak := runMemoryChild(t, path)
	t.Logf("%.1f MB XLSX: peak RSS %.0f MB, %.1f s\n%s", float64(st.Size())/(1<<20), peak, time.Since(t0).Seconds(), out)
	if !strings.Contains(out, "NEW 200000\n") {
		t.Fatalf("not all rows imported")
	}
	if peak <= 0 || peak > 500 {
		t.Errorf("peak RSS %.0f MB", peak)
	}
}

// writeCardsXLSX writes n feedback cards as the import benchmark does.
func writeCardsXLSX(t testing.TB, path string, n int) {
	if err := benchdata.WriteCardsXLSX(path, n); err != nil {
		t.Fatal(err)
	}
}
