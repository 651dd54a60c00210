package ingest

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"otzvuk/analytics/ingest/read"
	"otzvuk/internal/benchdata"
)

// The register of requests has no key index (migration 0017): the import alone keeps each id
// once. Random sequences of imports over a few ids — a first import into the empty table (the
// direct insert), files repeating ids with the same or other content under each on_conflict rule,
// files changing stored records (replaced, or refused), the same file again — and after each one
// no id is stored twice, the records grew by exactly the import's new ones, and none was lost.
func TestRequestIDsStayUniqueThroughAnySequenceOfImports(t *testing.T) {
	rules := []string{"keep_most_complete", "keep_last", "keep_first", "reject"}
	var seen Summary // what the sequences went through, summed: each path must have been taken
	direct := directInserts
	for seq := 0; seq < 8; seq++ {
		rng := rand.New(rand.NewSource(int64(seq)))
		s := openStore(t)
		var previous string
		for step := 0; step < 8; step++ {
			prof := benchdata.RequestsProfile + fmt.Sprintf("on_conflict: %s\non_changed_record: %s\nnew_departments: %s\n",
				rules[rng.Intn(len(rules))], []string{"replace", "refuse"}[rng.Intn(2)], []string{"create", "reject"}[rng.Intn(2)])
			p, err := ParseProfile("p.yaml", []byte(prof))
			if err != nil {
				t.Fatal(err)
			}
			content := previous
			if content == "" || rng.Intn(4) > 0 { // else the same content again, under another name
				content = randomRequests(rng, step == 0 && seq%2 == 0) // half the sequences start with the direct insert
			}
			previous = content
			path := writeFile(t, fmt.Sprintf("r-%d-%d.csv", seq, step), content)
			before := count(t, s, `SELECT count(*) FROM service_requests`)
			stored := dump(t, s, `SELECT DISTINCT id FROM service_requests ORDER BY id`)
			sum, err := Import(context.Background(), s, p, path, Options{Now: testNow, MaxRejectRate: 0.5, RejectRateSet: true, ReplaceChanged: rng.Intn(3) == 0})
			after := count(t, s, `SELECT count(*) FROM service_requests`)
			if twice := count(t, s, `SELECT count(*) - count(DISTINCT id) FROM service_requests`); twice != 0 {
				t.Fatalf("sequence %d step %d: %d ids stored twice (%v)", seq, step, twice, err)
			}
			var pr *read.Problem
			if errors.As(err, &pr) && pr.Code == "key_stored_twice" {
				t.Fatalf("sequence %d step %d: %v", seq, step, err)
			}
			if err != nil {
				if after != before {
					t.Fatalf("sequence %d step %d: a failed import changed the records %d → %d: %v", seq, step, before, after, err)
				}
				continue
			}
			seen.New, seen.Replaced, seen.Duplicates, seen.Conflicting = seen.New+sum.New, seen.Replaced+sum.Replaced, seen.Duplicates+sum.Duplicates, seen.Conflicting+sum.Conflicting
			if after != before+sum.New {
				t.Fatalf("sequence %d step %d: %d records + %d new = %d, not %d", seq, step, before, sum.New, before+sum.New, after)
			}
			now := dump(t, s, `SELECT DISTINCT id FROM service_requests ORDER BY id`)
			for _, id := range stored {
				if !strings.Contains(strings.Join(now, "\n"), id) {
					t.Fatalf("sequence %d step %d: record %s was lost", seq, step, id)
				}
			}
		}
	}
	if directInserts == direct || seen.New == 0 || seen.Replaced == 0 || seen.Duplicates == 0 || seen.Conflicting == 0 {
		t.Errorf("a path was never taken: direct inserts %d, %+v", directInserts-direct, seen)
	}
}

// randomRequests: 5–15 rows over the ids R-0 … R-14, some rows repeated as they are, some ids
// repeated with other content; with distinct, each id once.
func randomRequests(rng *rand.Rand, distinct bool) string {
	var b strings.Builder
	b.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
	var rows []string
	ids := rng.Perm(15)
	for i, n := 0, 5+rng.Intn(11); i < n; i++ {
		id := rng.Intn(15)
		if distinct {
			id = ids[i]
		} else if len(rows) > 0 && rng.Intn(6) == 0 {
			rows = append(rows, rows[rng.Intn(len(rows))]) // the same row again
			continue
		}
		completed := ""
		if rng.Intn(2) == 0 {
			completed = fmt.Sprintf("%02d.03.2025 15:00", 21+rng.Intn(7))
		}
		rows = append(rows, fmt.Sprintf("R-%d;1997;%s;гише;%02d.03.2025 09:00;28.03.2025;%s;%s;%d\n",
			id, []string{"GRAO", "MDT", "NEW"}[rng.Intn(3)], 1+rng.Intn(20), completed,
			[]string{"изпълнена", "", "отказ"}[rng.Intn(3)], 1+rng.Intn(5)))
	}
	for _, r := range rows {
		b.WriteString(r)
	}
	return b.String()
}

// The check after merge fails an import that would store a key twice: here the stored table
// already holds one twice (as no writer may make it), and the staged record has that key.
func TestKeysStayUniqueFailsAnImportStoringAKeyTwice(t *testing.T) {
	s := openStore(t)
	k := Kinds["service_requests"]
	err := s.Raw(context.Background(), func(dc driver.Conn) error {
		for _, q := range []string{
			`INSERT INTO service_requests (id, department_code, submitted_at, import_id) VALUES ('A', 'GRAO', '2025-03-01', 1), ('A', 'GRAO', '2025-03-02', 1), ('B', 'GRAO', '2025-03-02', 1)`,
			`CREATE TEMP TABLE stg (_key VARCHAR)`, `INSERT INTO stg VALUES ('B')`,
		} {
			if _, err := dc.(driver.ExecerContext).ExecContext(context.Background(), q, nil); err != nil {
				return err
			}
		}
		sum := &Summary{File: "f.csv"}
		if err := keysStayUnique(context.Background(), dc, k, sum); err != nil {
			return fmt.Errorf("a key stored once failed the check: %w", err)
		}
		if _, err := dc.(driver.ExecerContext).ExecContext(context.Background(), `INSERT INTO stg VALUES ('A')`, nil); err != nil {
			return err
		}
		err := keysStayUnique(context.Background(), dc, k, sum)
		var pr *read.Problem
		if !errors.As(err, &pr) || pr.Code != "key_stored_twice" || !strings.Contains(pr.Error(), "nothing was imported") {
			return fmt.Errorf("a key stored twice: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
