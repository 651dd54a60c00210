package ingest

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"otzvuk/analytics/methodology"
	"otzvuk/internal/benchdata"
)

// requestRow: one line of benchdata's requests file, random in every field a cube reads (days over
// four months, open and closed, NULL and half-minute waits, two departments, five channels).
func requestRow(rng *rand.Rand, id string) string {
	channels := []string{"гише", "портал", "ССЕВ", "имейл", "поща"}
	d, m := 1+rng.Intn(20), 1+rng.Intn(4)
	due := ""
	if rng.Intn(5) > 0 {
		due = fmt.Sprintf("%02d.%02d.2025", d+rng.Intn(8), m)
	}
	completed, status := "", ""
	if rng.Intn(3) > 0 {
		completed = fmt.Sprintf("%02d.%02d.2025 10:00", d+rng.Intn(8), m+rng.Intn(2))
		if rng.Intn(2) == 0 {
			status = "изпълнена"
		}
	}
	wait := ""
	if rng.Intn(4) > 0 {
		wait = fmt.Sprint(rng.Intn(40))
		if rng.Intn(2) == 0 {
			wait += ",5"
		}
	}
	return fmt.Sprintf("%s;%d;%s;%s;%02d.%02d.2025 %02d:00;%s;%s;%s;%s\n", id, 1997+rng.Intn(3), []string{"GRAO", "MDT"}[rng.Intn(2)],
		channels[rng.Intn(5)], d, m, 8+rng.Intn(9), due, completed, status, wait)
}

// cubeSignalsProfile: a signals register (cubes over v_signals take a delta; the ones over
// v_feedback_items and v_method_activity, which signals feed with no record key, are rebuilt).
const cubeSignalsProfile = `
name: signals
record_kind: signals
source: {delimiter: ";"}
fields:
  id: {column: id}
  received_date: {column: received}
  kind: {column: kind}
  channel: {column: channel}
  department_code: {column: dept}
  deadline_days: {column: deadline}
  decided_date: {column: decided}
  outcome: {column: outcome}
  implemented: {column: implemented}
`

const cubeSignalsHeader = "id;received;kind;channel;dept;deadline;decided;outcome;implemented\n"

func signalRow(rng *rand.Rand, id string) string {
	d, m := 1+rng.Intn(20), 1+rng.Intn(4)
	decided, outcome, implemented := "", "", ""
	if rng.Intn(3) > 0 {
		decided = fmt.Sprintf("%02d.%02d.2025", d+rng.Intn(8), m+rng.Intn(2))
		outcome = []string{"основателна", "неоснователна", "частично основателна"}[rng.Intn(3)]
		implemented = []string{"да", "не", ""}[rng.Intn(3)]
	}
	deadline := ""
	if rng.Intn(4) > 0 {
		deadline = fmt.Sprint(1 + rng.Intn(30))
	}
	return fmt.Sprintf("%s;%02d.%02d.2025;%s;%s;%s;%s;%s;%s;%s\n", id, d, m, []string{"жалба", "сигнал", "предложение", "похвала"}[rng.Intn(4)],
		[]string{"гише", "имейл", "портал"}[rng.Intn(3)], []string{"GRAO", "MDT"}[rng.Intn(2)], deadline, decided, outcome, implemented)
}

// After any sequence of imports — new records, corrections that replace records, files that
// repeat stored records, a file imported again — the cubes the import kept current in its own
// transaction equal cubes built from all records, daily and monthly, row for row; after a
// removal outside an import (as an undo or the demo's removal makes) they are rebuilt and equal too.
// Every import step must leave every cube current (WarmCubes then builds none): the delta, not a
// fallback, is what is compared.
func TestIncrementalCubesEqualRebuilt(t *testing.T) {
	cat, err := methodology.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile("bench.yaml", []byte(benchdata.RequestsProfile))
	if err != nil {
		t.Fatal(err)
	}
	sp, err := ParseProfile("signals.yaml", []byte(cubeSignalsProfile))
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			s := openStore(t)
			ctx := methodology.WithCubes(context.Background())
			dir := t.TempDir()
			// the cubes exist before the first import, over no record: it takes the direct insert
			if _, err := methodology.WarmCubes(ctx, s.DB, nil, cat); err != nil {
				t.Fatal(err)
			}
			total, diffs, err := methodology.CheckCubes(ctx, s.DB, cat)
			if err != nil || len(diffs) > 0 || total == 0 {
				t.Fatalf("built: %d current, %v, %v", total, diffs, err)
			}
			stored := map[string]string{} // id → its line as stored
			var files []string
			next, nextSignal, seenSignal := 0, 0, map[string]bool{}
			var signalRebuilt int // the cubes over v_feedback_items and v_method_activity
			s.DB.QueryRow(`SELECT count(*) FROM stat_cubes WHERE definition LIKE '%v\_feedback\_items%' ESCAPE '\' OR definition LIKE '%v\_method\_activity%' ESCAPE '\'`).Scan(&signalRebuilt)
			if signalRebuilt == 0 {
				t.Fatal("no cube over the views signals feed without a key: the fallback is not exercised")
			}
			for step := 0; step < 10; step++ {
				op := rng.Intn(7)
				if step == 0 {
					op = 0
				}
				var what string
				switch {
				case op == 6:
					// a signals register: new signals and corrections of earlier ones
					var b strings.Builder
					b.WriteString(cubeSignalsHeader)
					for i := 0; i < 5+rng.Intn(20); i++ {
						id := fmt.Sprintf("С-%d", rng.Intn(nextSignal+10))
						if id == fmt.Sprintf("С-%d", nextSignal) || rng.Intn(2) == 0 {
							id = fmt.Sprintf("С-%d", nextSignal)
							nextSignal++
						}
						if seenSignal[id] {
							continue // one row per signal in a file
						}
						seenSignal[id] = true
						b.WriteString(signalRow(rng, id))
					}
					clear(seenSignal)
					path := filepath.Join(dir, fmt.Sprintf("signals%d.csv", step))
					if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					sum, err := Import(ctx, s, sp, path, Options{Now: testNow, ReplaceChanged: true, Cubes: []*methodology.Catalog{cat}})
					if err != nil || sum.Status != "ok" {
						t.Fatalf("step %d: %+v %v", step, sum, err)
					}
					what = fmt.Sprintf("signals: %d new, %d replaced", sum.New, sum.Replaced)
					// the cubes over the views signals feed with no record key are rebuilt, and only they
					if built, err := methodology.WarmCubes(ctx, s.DB, nil, cat); err != nil || built != signalRebuilt {
						t.Errorf("step %d (%s): %d cubes rebuilt, want %d: %v", step, what, built, signalRebuilt, err)
					}
				case op <= 3 || len(files) == 0:
					// new records, corrections of stored ones, and stored ones repeated unchanged
					var b strings.Builder
					b.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
					ids := make([]string, 0, len(stored))
					for id := range stored {
						ids = append(ids, id)
					}
					sort.Strings(ids)
					rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
					nNew, nFix, nSame := 5+rng.Intn(40), 0, 0
					if len(ids) > 0 {
						nFix, nSame = rng.Intn(min(20, len(ids))), rng.Intn(min(10, len(ids)))
					}
					for i := 0; i < nNew; i++ {
						id := fmt.Sprintf("ЗУ-%d", next)
						next++
						row := requestRow(rng, id)
						stored[id] = row
						b.WriteString(row)
					}
					for i := 0; i < nFix && i < len(ids); i++ {
						row := requestRow(rng, ids[i])
						stored[ids[i]] = row
						b.WriteString(row)
					}
					for i := nFix; i < nFix+nSame && i < len(ids); i++ {
						b.WriteString(stored[ids[i]])
					}
					path := filepath.Join(dir, fmt.Sprintf("step%d.csv", step))
					if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					files = append(files, path)
					sum, err := Import(ctx, s, p, path, Options{Now: testNow, ReplaceChanged: true, Cubes: []*methodology.Catalog{cat}})
					if err != nil || sum.Status != "ok" {
						t.Fatalf("step %d: %+v %v", step, sum, err)
					}
					what = fmt.Sprintf("import: %d new, %d replaced, %d duplicates", sum.New, sum.Replaced, sum.Duplicates)
				case op == 4:
					// a file imported again: nothing changes
					path := files[rng.Intn(len(files))]
					sum, err := Import(ctx, s, p, path, Options{Now: testNow, Cubes: []*methodology.Catalog{cat}})
					if err != nil || sum.Status != "unchanged" {
						t.Fatalf("step %d: %+v %v", step, sum, err)
					}
					what = "the same file again"
				default:
					// records removed outside an import (an undo, the demo's removal): the cubes fall back
					var gone []string
					for id := range stored {
						if rng.Intn(4) == 0 {
							gone = append(gone, id)
						}
					}
					for _, id := range gone {
						delete(stored, id)
						if _, err := s.DB.Exec(`DELETE FROM service_requests WHERE id = ?`, id); err != nil {
							t.Fatal(err)
						}
					}
					built, err := methodology.WarmCubes(ctx, s.DB, nil, cat)
					if err != nil || (len(gone) > 0 && built != total) {
						t.Fatalf("step %d: rebuilt %d of %d after a removal: %v", step, built, total, err)
					}
					what = fmt.Sprintf("removal of %d", len(gone))
				}
				t.Logf("step %d: %s", step, what)
				current, diffs, err := methodology.CheckCubes(ctx, s.DB, cat)
				if err != nil {
					t.Fatal(err)
				}
				if current != total {
					t.Errorf("step %d (%s): %d of %d cubes current", step, what, current, total)
				}
				for _, d := range diffs {
					t.Errorf("step %d (%s): %s", step, what, d)
				}
				if built, err := methodology.WarmCubes(ctx, s.DB, nil, cat); err != nil || built != 0 {
					t.Errorf("step %d (%s): %d cubes rebuilt after it: %v", step, what, built, err)
				}
				if t.Failed() {
					t.FailNow()
				}
				var n int
				s.DB.QueryRow(`SELECT count(*) FROM service_requests`).Scan(&n)
				if n != len(stored) {
					t.Fatalf("step %d: %d records, want %d", step, n, len(stored))
				}
			}
			// otzvuk maintenance --rebuild: every cube built again, equal to the records
			if built, err := methodology.RebuildCubes(ctx, s.DB, nil, cat); err != nil || built != total {
				t.Fatalf("rebuilt %d of %d: %v", built, total, err)
			}
			if current, diffs, err := methodology.CheckCubes(ctx, s.DB, cat); err != nil || current != total || len(diffs) > 0 {
				t.Fatalf("after the rebuild: %d of %d current, %v, %v", current, total, diffs, err)
			}
		})
	}
}
