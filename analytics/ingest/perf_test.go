package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"otzvuk/internal/benchdata"
)

// The fast writers must write the very bytes the old ones wrote: the record hash is stored, and a
// re-import of an unchanged file must still find every record identical.

func TestAppendTimeAsAppendFormat(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	sofia, err := time.LoadLocation("Europe/Sofia")
	if err != nil {
		sofia = time.FixedZone("EET", 2*3600)
	}
	times := []time.Time{
		{}, time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 12, 31, 23, 59, 59, 999_999_999, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 1000, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 4, 5, 6, 7, 0, time.UTC), time.Date(999, 3, 4, 5, 6, 7, 8, time.UTC),
		time.Date(2024, 3, 31, 3, 30, 0, 0, sofia),
	}
	for i := 0; i < 20000; i++ {
		loc := time.UTC
		if i%3 == 0 {
			loc = sofia
		}
		times = append(times, time.Date(1900+r.Intn(200), time.Month(1+r.Intn(12)), 1+r.Intn(31), r.Intn(24), r.Intn(60), r.Intn(60), r.Intn(1e9), loc))
	}
	for _, tm := range times {
		for _, dateOnly := range []bool{true, false} {
			layout := "2006-01-02 15:04:05.000000"
			if dateOnly {
				layout = "2006-01-02"
			}
			if got, want := string(appendTime(nil, tm, dateOnly)), tm.Format(layout); got != want {
				t.Fatalf("%v dateOnly=%v: %q, want %q", tm, dateOnly, got, want)
			}
		}
	}
}

// oldRecordHash is recordHash as it was before the fast writers, kept as the oracle.
func oldRecordHash(rec *Record) string {
	h := sha256.New()
	var b []byte
	for _, v := range rec.Values {
		if v == nil {
			b = append(b, 0)
		}
		switch x := v.(type) {
		case nil:
		case string:
			b = append(b, x...)
		case int64:
			b = strconv.AppendInt(b, x, 10)
		case float64:
			b = strconv.AppendFloat(b, x, 'g', -1, 64)
		case bool:
			b = strconv.AppendBool(b, x)
		case time.Time:
			b = x.AppendFormat(b, "2006-01-02 15:04:05.000000")
		default:
			b = fmt.Append(b, v)
		}
		b = append(b, 0x1f)
	}
	h.Write(b)
	for _, it := range rec.Items {
		fmt.Fprintf(h, "%s=%g/%g-%g;", it.Item, it.Value, it.Min, it.Max)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func TestRecordHashUnchanged(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	floats := []float64{0, -0.5, 1, 4.5, 1e21, 1e-7, 123456789.125, 3.0000000000000004, 1e20, 0.1 + 0.2}
	for i := 0; i < 5000; i++ {
		rec := &Record{Values: []any{
			"ЗУ-" + strconv.Itoa(i), nil, int64(r.Intn(1e6) - 5000), floats[i%len(floats)] * r.Float64(), i%2 == 0,
			time.Date(1990+r.Intn(40), time.Month(1+r.Intn(12)), 1+r.Intn(28), r.Intn(24), r.Intn(60), r.Intn(60), r.Intn(1e9), time.UTC), "",
		}}
		for j := 0; j < i%5; j++ {
			rec.Items = append(rec.Items, Rating{Item: fmt.Sprintf("q%d „въпрос“", j), Value: floats[(i+j)%len(floats)], Min: float64(j % 2), Max: float64(5 + j*5)})
		}
		if got, want := recordHash(rec), oldRecordHash(rec); got != want {
			t.Fatalf("record %d: hash %s, before %s", i, got, want)
		}
	}
}

// The memo of converted cells: a bad value repeated on many rows is reported on each of its rows,
// and the same text converts to the same value on every row, beyond the memo's size as well.
func TestRepeatedCellsEachRowReported(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("bench.yaml", []byte(benchdata.RequestsProfile))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "requests.csv")
	var b strings.Builder
	b.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
	n := 2*memoSize + 500 // past the memo's size, and past the point where the id column's memo is given up
	for i := 0; i < n; i++ {
		submitted := fmt.Sprintf("%02d.03.2025 %02d:%02d", 1+i%28, i%24, i%60)
		if i%1000 == 7 {
			submitted = "32.13.2025" // the same bad date on several rows
		}
		fmt.Fprintf(&b, "R-%d;1997;grao;портал;%s;30.03.2025;;изпълнена;%d,5\n", i, submitted, i%40)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), s, p, path, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var badRows []int
	for _, pr := range sum.Problems {
		if pr.Code != "not_date" || pr.Value != "32.13.2025" {
			t.Errorf("problem %+v", pr)
		}
		badRows = append(badRows, pr.Row)
	}
	want := []int{}
	for i := 0; i < n; i++ {
		if i%1000 == 7 {
			want = append(want, i+2) // line numbers: the header is line 1
		}
	}
	if fmt.Sprint(badRows) != fmt.Sprint(want) {
		t.Fatalf("rejected rows %v, want %v", badRows, want)
	}
	if sum.Read != n || sum.New != n-len(want) {
		t.Fatalf("summary read %d new %d", sum.Read, sum.New)
	}
	// grao is the stored GRAO on every row; each row keeps its own time; 7.5 = 7,5.
	if c := count(t, s, `SELECT count(*) FROM service_requests WHERE department_code = 'GRAO' AND channel = 'portal'`); c != sum.New {
		t.Errorf("%d rows of GRAO by portal, want %d", c, sum.New)
	}
	if c := count(t, s, `SELECT count(*) FROM service_requests WHERE id = 'R-4595' AND submitted_at = TIMESTAMP '2025-03-04 11:35' AND waiting_minutes = 35.5`); c != 1 {
		t.Error("R-4595 is not as written")
	}
}

// A cancelled import stops reading and imports nothing.
func TestCancelWhileReading(t *testing.T) {
	s := openStore(t)
	p, err := ParseProfile("bench.yaml", []byte(benchdata.RequestsProfile))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "requests.csv")
	writeRequests(t, path, 50_000)
	ctx, cancel := context.WithCancel(context.Background())
	_, err = Import(ctx, s, p, path, Options{Now: testNow, Progress: func(pg Progress) {
		if pg.Stage == "reading" && pg.Rows >= 10_000 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want cancelled", err)
	}
	if c := count(t, s, `SELECT count(*) FROM service_requests`); c != 0 {
		t.Fatalf("%d rows imported", c)
	}
}

// Item cells repeat the same few texts: each repeat of a bad one is reported at its own row and
// column, "don't know" is no rating wherever it stands, and the stored ratings are as written.
func TestRepeatedItemCells(t *testing.T) {
	s := openStore(t)
	profile := `name: Анкета
record_kind: survey_responses
fields:
  id: {column: id}
  survey_id: {const: A1}
  response_date: {column: date}
  department_code: {const: GRAO}
items:
  columns: [q1, q2, q3]
  scale: {min: 1, max: 5}
  missing: ["9"]
`
	p, err := ParseProfile("p.yaml", []byte(profile))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("id,date,q1,q2,q3\n")
	for i := 0; i < 100; i++ {
		switch i {
		case 10, 60:
			fmt.Fprintf(&b, "R%d,05.03.2026,4,7,9\n", i) // 7 is off the scale, twice
		default:
			fmt.Fprintf(&b, "R%d,05.03.2026,%d,9,%d\n", i, 1+i%5, 5-i%5)
		}
	}
	sum, err := Import(context.Background(), s, p, writeFile(t, "s.csv", b.String()), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, pr := range sum.Problems {
		got = append(got, fmt.Sprintf("%d/%s/%s/%s/%s", pr.Row, pr.Column, pr.Value, pr.Code, pr.Kind))
	}
	if fmt.Sprint(got) != "[12/q2/7/out_of_range/field 62/q2/7/out_of_range/field]" {
		t.Fatalf("problems %v", got)
	}
	// A rating off the scale costs that item, not the response: all 100 responses are kept. The 98
	// others each have q1 and q3 (q2 is 9 = don't know): 196 ratings; rows 10 and 60 keep q1 = 4
	// (their q3 is 9): 198. q1 sums 1…5 over the 98 (i%5 = 0 for 10 and 60 → 300 − 2 = 298) plus
	// 4 + 4 = 306; q3 sums 300 − 2·5 = 290.
	if n := count(t, s, `SELECT count(*) FROM survey_responses`); n != 100 {
		t.Errorf("%d responses", n)
	}
	if n := count(t, s, `SELECT count(*) FROM survey_ratings`); n != 198 {
		t.Errorf("%d ratings", n)
	}
	if n := count(t, s, `SELECT sum(rating)::INTEGER FROM survey_ratings WHERE item = 'q1'`); n != 306 {
		t.Errorf("q1 sum %d", n)
	}
	if n := count(t, s, `SELECT sum(rating)::INTEGER FROM survey_ratings WHERE item = 'q3'`); n != 290 {
		t.Errorf("q3 sum %d", n)
	}
	// The old rule, when the profile asks for it: the two responses are rejected whole.
	s2 := openStore(t)
	old, err := ParseProfile("p.yaml", []byte(profile+"on_invalid_optional: reject_row\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), s2, old, writeFile(t, "s2.csv", b.String()), Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s2, `SELECT count(*) FROM survey_responses`); n != 98 {
		t.Errorf("reject_row: %d responses", n)
	}
	if n := count(t, s, `SELECT count(*) FROM survey_ratings WHERE item = 'q2'`); n != 0 {
		t.Errorf("%d q2 ratings, want none", n)
	}
}
