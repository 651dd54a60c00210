package ingest

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf16"

	"otzvuk/analytics/ingest/read"
)

// A key made of hashed columns together with a mapped id: a corrected file replaces the record
// whose hashed columns match, instead of failing on the id already stored.
func TestHashKeyWithMappedIDReplaces(t *testing.T) {
	const profile = `
name: Карти
record_kind: feedback_cards
key: {hash: [Дата, Отдел]}
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`
	s := openStore(t)
	p, err := ParseProfile("p.yaml", []byte(profile))
	if err != nil {
		t.Fatal(err)
	}
	first := writeFile(t, "cards.csv", cardsHeader+"H-0,05.03.2026,GRAO,box,4,x\n")
	if _, err := Import(context.Background(), s, p, first, Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	second := writeFile(t, "cards.csv", cardsHeader+"H-0,05.03.2026,GRAO,box,2,поправено\n")
	sum, err := Import(context.Background(), s, p, second, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Replaced != 1 || sum.New != 0 {
		t.Errorf("replaced %d new %d, want 1, 0", sum.Replaced, sum.New)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards WHERE rating = 2`); n != 1 {
		t.Errorf("%d corrected records", n)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards`); n != 1 {
		t.Errorf("%d records, want 1", n)
	}
}

// A time written with an offset is converted to Sofia's wall clock (EET +02:00, EEST +03:00).
func TestDateTimeOffsetsBecomeSofiaTime(t *testing.T) {
	for in, want := range map[string]string{
		"2026-01-10T10:00:00Z":      "2026-01-10 12:00:00",
		"2026-07-10T10:00:00Z":      "2026-07-10 13:00:00",
		"2026-01-10T10:00:00+05:00": "2026-01-10 07:00:00",
		"2026-01-10 23:30:00-01:00": "2026-01-11 02:30:00",
		"2026-01-10T10:00:00+0200":  "2026-01-10 10:00:00",
		"2026-01-10 10:00:00":       "2026-01-10 10:00:00",
	} {
		got, err := ParseDate(in, DateOptions{})
		if err != nil || got.Format("2006-01-02 15:04:05") != want {
			t.Errorf("%s: %v %v, want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"2026-01-10Z", "2026-01-10T10:00:00+25:00"} {
		if _, err := ParseDate(in, DateOptions{}); err == nil {
			t.Errorf("%s read as a date", in)
		}
	}
}

// A NUL byte in a text cell rejects that row, naming the column, whether it is in the first 64 KB
// or after it; a file that is mostly NULs is binary.
func TestNULBytesOneRule(t *testing.T) {
	pad := ""
	for i := 0; len(pad) < 70<<10; i++ {
		pad += "P" + itoaRow(i) + ",05.03.2026,GRAO,box,4,попълване на файла\n"
	}
	for name, content := range map[string]string{
		"early": cardsHeader + "N1,05.03.2026,GRAO,box,4,а\x00б\n" + pad,
		"late":  cardsHeader + pad + "N1,05.03.2026,GRAO,box,4,а\x00б\n",
	} {
		t.Run(name, func(t *testing.T) {
			s := openStore(t)
			p, err := ParseProfile("p.yaml", []byte(cardsProfile))
			if err != nil {
				t.Fatal(err)
			}
			sum, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", content), Options{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Rejected != 1 || len(sum.Problems) != 1 || sum.Problems[0].Code != "nul_byte" || sum.Problems[0].Column != "Коментар" {
				t.Fatalf("rejected %d, problems %+v", sum.Rejected, sum.Problems)
			}
			if n := count(t, s, `SELECT count(*) FROM feedback_cards WHERE contains(text, chr(0))`); n != 0 {
				t.Errorf("%d records hold a NUL", n)
			}
		})
	}
	t.Run("binary", func(t *testing.T) {
		s := openStore(t)
		p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
		b := make([]byte, 4096)
		copy(b, cardsHeader)
		_, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", string(b)), Options{Now: testNow})
		var pr *read.Problem
		if !errors.As(err, &pr) || pr.Code != "binary" {
			t.Fatalf("%v", err)
		}
	})
}

// A UTF-16 file with an odd number of bytes was cut: the last row names the problem, nothing is
// stored and no U+FFFD reaches a record.
func TestTruncatedUTF16IsReported(t *testing.T) {
	text := cardsHeader + goodRow + "K2,05.03.2026,GRAO,box,4,край\n"
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		b = append(b, byte(u), byte(u>>8))
	}
	b = b[:len(b)-3] // cut inside the "й" of the last row: an odd byte count
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	_, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", string(b)), Options{Now: testNow})
	var pr *read.Problem
	if !errors.As(err, &pr) || pr.Code != "truncated_utf16" || pr.Row != 3 || pr.File != "cards.csv" {
		t.Fatalf("%v", err)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards`); n != 0 {
		t.Errorf("%d records stored", n)
	}
}

// An oversized Cyrillic cell reaches the quarantine with its preview (not NULL); the readers cut
// it on a character boundary (read's TestOversizedCyrillicCellPreview).
func TestOversizedCyrillicCellIsQuarantined(t *testing.T) {
	big := "x" + strings.Repeat("я", read.MaxCell/2+10)
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	rows := cardsHeader
	for i := 0; i < 30; i++ {
		rows += "G" + itoaRow(i) + ",05.03.2026,GRAO,box,4,x\n"
	}
	if _, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", rows+"K2,05.03.2026,GRAO,box,4,"+big+"\n"), Options{Now: testNow}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT count(*) FROM quarantine WHERE value LIKE 'xяя%'`); n != 1 {
		t.Errorf("%d previews in the quarantine", n)
	}
}

// A full temporary folder names the folder, in both languages, not the row being written.
func TestFullTempFolderIsNamed(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	t.Setenv("OTZVUK_STAGE_DIR", dir)
	rows := cardsHeader
	for i := 0; len(rows) < 400<<10; i++ {
		rows += "T" + itoaRow(i) + ",05.03.2026,GRAO,box,4,достатъчно дълъг коментар за да напълни диска\n"
	}
	s := openStore(t)
	p, _ := ParseProfile("p.yaml", []byte(cardsProfile))
	_, err := Import(context.Background(), s, p, writeFile(t, "cards.csv", rows), Options{Now: testNow})
	var pr *read.Problem
	if !errors.As(err, &pr) || pr.Code != "temp_full" || pr.Row != 0 || pr.File != "cards.csv" ||
		!strings.Contains(pr.BG, dir) || !strings.Contains(pr.EN, dir) || strings.Contains(err.Error(), "row") {
		t.Fatalf("%v", err)
	}
	if n := count(t, s, `SELECT count(*) FROM feedback_cards`); n != 0 {
		t.Errorf("%d records stored", n)
	}
}
