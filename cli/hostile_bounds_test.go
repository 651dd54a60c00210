package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"otzvuk/analytics/store"
)

// The hostile suite's cases for requests that could grow without bound and for messages: each
// asserts the exit code, the words in both languages and, where a refusal must come before any
// work, that nothing was written.

// manyThemes is a theme file of n small themes (each valid on its own).
func manyThemes(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "- id: t%d\n  name: {bg: \"Т\", en: \"T\"}\n  words: [%s]\n", i, cyrillicWord(i))
	}
	return b.String()
}

// cyrillicWord spells n in Cyrillic letters (a digit would split the word).
func cyrillicWord(n int) string {
	r := []rune("абвгдежзиклмнопрст")
	s := "тема"
	for {
		s += string(r[n%len(r)])
		n /= len(r)
		if n == 0 {
			return s
		}
	}
}

// emptyDB creates a migrated database with no records.
func emptyDB(t *testing.T, dir string) { emptyDBAt(t, filepath.Join(dir, "h.duckdb")) }

func boundsCases() []hostileCase {
	seed := [][]string{{"import", "--db", "{db}", "--profile", "{p}", "{dir}/seed.csv"}}
	seeded := func(m map[string]string) map[string]string {
		m["seed.csv"] = hH + hR1 + hR2
		return m
	}
	next := strconv.Itoa(time.Now().Year() + 1)
	return []hostileCase{
		// periods
		{name: "range 0001–9999 by month is cut to the data", files: seeded(map[string]string{}), before: seed,
			args: []string{"indicators", "--db", "{db}", "--from", "0001-01-02", "--to", "9999-12-31", "--grain", "month", "--indicator", "CARD_NEG"},
			want: []string{"the range was cut to the data: 2026-03-01", "периодът е ограничен до данните", "Дял негативни карти"}, not: []string{"9999"}},
		{name: "spc over 0001–9999 is cut to the data", files: seeded(map[string]string{}), before: seed,
			args: []string{"spc", "--db", "{db}", "--indicator", "CARD_NEG", "--from", "0001-01-02", "--to", "9999-12-31"},
			want: []string{"the range was cut to the data: 2026-03-01", "периодът е ограничен до данните"}},
		{name: "backlog over 0001–9999 by month is cut to the data",
			files:  map[string]string{"r.csv": hReqH + "R1,GRAO,05.03.2026 10:00,06.03.2026 10:00,гише\nR2,GRAO,07.03.2026 10:00,,онлайн\n"},
			before: [][]string{{"import", "--db", "{db}", "--profile", "{rq}", "{dir}/r.csv"}},
			args:   []string{"backlog", "--db", "{db}", "--from", "0001-01-02", "--to", "9999-12-31", "--grain", "month"},
			want:   []string{"the range was cut to the data: 2026-03-01", "периодът е ограничен до данните"}},
		{name: "range wholly after the data", files: seeded(map[string]string{}), before: seed,
			args: []string{"indicators", "--db", "{db}", "--from", "2090-01-01", "--to", "2099-12-31", "--indicator", "CARD_NEG"},
			want: []string{"the requested range holds no data", "в поискания период няма данни"}},
		{name: "periods over the cap are refused", setup: emptyDB,
			args: []string{"indicators", "--db", "{db}", "--from", "1900-01-01", "--to", "2100-12-31", "--grain", "month"}, code: 2,
			want: []string{"the request spans 2412 periods", "at most 600", "заявката обхваща 2412 периода"}},
		{name: "--from after --to", args: []string{"indicators", "--db", "{dir}/none.duckdb", "--from", "2026-05-01", "--to", "2026-01-01"}, code: 2,
			want: []string{"--from 2026-05-01 is after --to 2026-01-01", "е след --to"}, query: "-"},
		{name: "themes --from after --to", args: []string{"themes", "--db", "{dir}/none.duckdb", "--from", "2026-05-01", "--to", "2026-01-01"}, code: 2,
			want: []string{"is after --to", "е след --to"}},
		{name: "bad date", args: []string{"indicators", "--from", "05.03.2026"}, code: 2, want: []string{`--from: bad date "05.03.2026"`, "неправилна дата"}},
		{name: "unknown grain in both languages", args: []string{"indicators", "--grain", "week"}, code: 2, want: []string{"unknown grain", "непозната стъпка"}},
		{name: "unknown dimension", args: []string{"indicators", "--by", "street"}, code: 2, want: []string{"unknown dimension", "непознато разрязване"}},
		// drivers --bootstrap: refused before the database is even opened
		{name: "bootstrap -1", args: []string{"drivers", "--db", "{dir}/none.duckdb", "--bootstrap", "-1"}, code: 2,
			want: []string{"--bootstrap -1: give 100 to 100000 resamples", "посочете от 100 до 100000"}, query: "-"},
		{name: "bootstrap 10 million", args: []string{"drivers", "--db", "{dir}/none.duckdb", "--bootstrap", "10000000"}, code: 2,
			want: []string{"--bootstrap 10000000: give 100 to 100000"}, query: "-"},
		{name: "bootstrap 99", args: []string{"drivers", "--db", "{dir}/none.duckdb", "--bootstrap", "99"}, code: 2, want: []string{"give 100 to 100000"}},
		{name: "bootstrap not a number", args: []string{"drivers", "--bootstrap", "много"}, code: 2,
			want: []string{`invalid value "много" for -bootstrap (a whole number expected)`, "очаква се цяло число"}, not: []string{"parse error", "Usage"}},
		// Go's flag parser, in both languages
		{name: "unknown flag", args: []string{"indicators", "--frm", "2026-01-01"}, code: 2,
			want: []string{"непознат флаг -frm / unknown flag -frm"}, not: []string{"flag provided but not defined", "Usage of"}},
		{name: "flag without its value", args: []string{"quarantine", "--out"}, code: 2, want: []string{"флагът -out иска стойност / the flag -out needs a value"}},
		{name: "bad boolean", args: []string{"publish", "--bom=може"}, code: 2, want: []string{`invalid value "може" for -bom (true or false expected)`}},
		// unknown department: an error naming it, not an empty answer
		{name: "themes unknown department", files: seeded(map[string]string{}), before: seed, args: []string{"themes", "--db", "{db}", "--department", "НЯМА"}, code: 2,
			want: []string{`unknown department "НЯМА"`, `непознат отдел "НЯМА"`, "GRAO"}},
		{name: "drivers unknown department", files: seeded(map[string]string{}), before: seed, args: []string{"drivers", "--db", "{db}", "--department", "НЯМА"}, code: 2,
			want: []string{`unknown department "НЯМА"`, `непознат отдел "НЯМА"`}},
		// theme files
		{name: "2,000 themes are bounded", files: seeded(map[string]string{"themes/many.yaml": manyThemes(2000)}), before: seed,
			args: []string{"themes", "--db", "{db}", "--format", "csv"},
			want: []string{"at most 100 themes of the municipality's own are read; 1900 themes", "собствените теми са най-много 100"}},
		{name: "theme file over 256 KB", files: seeded(map[string]string{"themes/big.yaml": "# " + strings.Repeat("я", 150<<10) + "\n"}), before: seed,
			args: []string{"themes", "--db", "{db}"}, want: []string{"big.yaml: the file is", "at most 256 KB", "файлът е"}},
		{name: "theme file that is not YAML", files: seeded(map[string]string{"themes/bad.yaml": "- id: [x\n"}), before: seed,
			args: []string{"themes", "--db", "{db}"}, want: []string{"bad.yaml: line 1: the text is not valid YAML", "не е валиден YAML"}, not: []string{"did not find expected", "flow sequence"}},
		{name: "theme with an unknown key", files: seeded(map[string]string{"themes/k.yaml": "- id: kk\n  name: {bg: \"К\", en: \"K\"}\n  wrds: [дума]\n"}), before: seed,
			args: []string{"themes", "--db", "{db}"}, want: []string{`unknown key "wrds" (did you mean words?)`, "непознат ключ „wrds“"}, not: []string{"not found in type"}},
		// years
		{name: "report year 0", args: []string{"report", "--db", "{dir}/none.duckdb", "--year", "0", "--out", "{dir}/r.html"}, code: 2,
			want: []string{"--year 0: give a year from 2000 to", "посочете година от 2000"}, absent: "{dir}/r.html"},
		{name: "report in the future", args: []string{"report", "--db", "{dir}/none.duckdb", "--year", next, "--out", "{dir}/r.html"}, code: 2,
			want: []string{"--year " + next + ": give a year from 2000 to"}, absent: "{dir}/r.html"},
		{name: "publish in the future", args: []string{"publish", "--db", "{dir}/none.duckdb", "--year", next, "--out", "{dir}/site"}, code: 2,
			want: []string{"give a year from 2000 to"}, absent: "{dir}/site"},
		// outputs
		{name: "report --out and --docx the same file", files: seeded(map[string]string{}), before: seed,
			args: []string{"report", "--db", "{db}", "--year", "2025", "--out", "{dir}/r.html", "--docx", "{dir}/./r.html"}, code: 2,
			want: []string{"--out and --docx name the same file", "сочат един и същ файл", "nothing was written"}, absent: "{dir}/r.html"},
		{name: "forms --out at the database", files: seeded(map[string]string{}), before: seed, args: []string{"forms", "--db", "{db}", "--out", "{db}"}, code: 1,
			want: []string{"{db} is an Otzvuk database", "{db} е база данни на Отзвук"}, not: []string{"cannot be created"}, query: `SELECT count(*) FROM feedback_cards`, n: 2},
		{name: "publish --out at the database", files: seeded(map[string]string{}), before: seed, args: []string{"publish", "--db", "{db}", "--year", "2025", "--out", "{db}"}, code: 1,
			want: []string{"{db} is an Otzvuk database", "е база данни на Отзвук"}, not: []string{"folder"}, query: `SELECT count(*) FROM feedback_cards`, n: 2},
		// wrong reasons
		{name: "a byte order mark and nothing else", files: map[string]string{"c.csv": "\ufeff"}, args: []string{"import", "--db", "{db}", "--profile", "{p}", "{dir}/c.csv"}, code: 1,
			want: []string{"the file is empty", "файлът е празен"}, not: []string{"delimiter"}},
		{name: "valid but very deep JSON", files: map[string]string{"c.json": `[{"№":"K1","Дата":"05.03.2026","Отдел":"GRAO","Оценка":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}]`},
			args: []string{"import", "--db", "{db}", "--profile", "{p}", "{dir}/c.json"}, code: 1,
			want: []string{"nested too deep", "вложен твърде дълбоко"}, not: []string{"invalid JSON"}},
		// quarantine of an import that does not exist
		{name: "quarantine --import 999999", files: seeded(map[string]string{}), before: seed,
			args: []string{"quarantine", "--db", "{db}", "--import", "999999", "--out", "{dir}/q.csv"}, code: 1,
			want: []string{"--import 999999: there is no such import", "няма такъв импорт"}, absent: "{dir}/q.csv"},
	}
}

// A value outside an entry template's drop-down is rejected with advice a clerk can follow (pick
// from the list), not the profile setting of a profile the clerk never wrote.
func TestTemplateValueOutsideTheDropDown(t *testing.T) {
	dir := t.TempDir()
	db := formsDB(t, dir)
	outDir := filepath.Join(dir, "forms")
	var out, errOut bytes.Buffer
	if code := Run([]string{"forms", "--db", db, "--out", outDir}, &out, &errOut); code != 0 {
		t.Fatalf("forms exit %d: %s", code, errOut.String())
	}
	tpl := filepath.Join(outDir, "anketa-shablon.xlsx")
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	fillSurvey(t, tpl, [][]any{
		{1, day, "GRAO — ГРАО", "", "гише", "граждани", 5, 4, 4, 4, 5, 5, 4, 9, 12.5, ""},
		{2, day, "НЯМА — Друг отдел", "", "гише", "граждани", 5, 4, 4, 4, 5, 5, 4, 9, 12.5, ""},
	})
	out.Reset()
	errOut.Reset()
	Run([]string{"import", "--db", db, "--max-reject-rate=1", tpl}, &out, &errOut)
	text := out.String() + errOut.String()
	for _, w := range []string{"row 3", "a value outside the drop-down list", "стойност извън падащия списък"} {
		if !strings.Contains(text, w) {
			t.Errorf("output lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "new_departments") {
		t.Errorf("advises a profile setting:\n%s", text)
	}
}

// A full disk under the database during the merge or the commit: a bilingual reason naming the
// database, no summary of counts that were never written, and nothing imported.
func TestImportOnAFullDiskSaysSo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("a small tmpfs needs root")
	}
	dir := t.TempDir()
	full := filepath.Join(dir, "full")
	must(t, os.Mkdir(full, 0o755))
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", full).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", full).Run() })
	db := filepath.Join(full, "d.duckdb")
	emptyDBAt(t, db)
	var rows strings.Builder
	rows.WriteString(hH)
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&rows, "K%d,05.03.2026,GRAO,box,4,коментар номер %d\n", i, i)
	}
	in := filepath.Join(dir, "c.csv")
	must(t, os.WriteFile(in, []byte(rows.String()), 0o644))
	p := filepath.Join(dir, "p.yaml")
	must(t, os.WriteFile(p, []byte(hProfile), 0o644))
	// Fill the disk to the last byte, then free leave bytes: 0 and 4 KB fail within the import (its
	// first write, or the commit); 8 KB lets the import commit and the comments' themes fail after
	// it, which is said in both languages and loses nothing.
	for _, c := range []struct {
		leave  int64
		code   int
		want   []string
		stored int
	}{
		{0, 1, []string{"the disk holding the database " + db + " is full", "дискът с базата данни", "nothing was imported", "NOT IMPORTED"}, 0},
		{4 << 10, 1, []string{"the disk holding the database " + db + " is full", "дискът с базата данни", "nothing was imported", "NOT IMPORTED"}, 0},
		{8 << 10, 0, []string{"нови/new 50", "the comments' themes will be computed on the next use: дискът с базата данни " + db + " е пълен / the disk holding the database " + db + " is full"}, 50},
	} {
		leave := c.leave
		t.Run(fmt.Sprintf("%d bytes free", leave), func(t *testing.T) {
			fillPath := filepath.Join(full, "filler")
			filler, err := os.Create(fillPath)
			must(t, err)
			block := make([]byte, 4096)
			for {
				if _, err := filler.Write(block); err != nil {
					break
				}
			}
			for {
				if _, err := filler.Write(block[:1]); err != nil {
					break
				}
			}
			st, _ := filler.Stat()
			must(t, filler.Truncate(st.Size()-leave))
			filler.Close()
			var out, errOut bytes.Buffer
			code := Run([]string{"import", "--db", db, "--profile", p, in}, &out, &errOut)
			text := out.String() + errOut.String()
			if code != c.code {
				t.Errorf("exit %d\n%s", code, text)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
			not := []string{"TransactionContext", "No space left on device"}
			if c.stored == 0 {
				not = append(not, "нови/new 50")
			}
			for _, w := range not {
				if strings.Contains(text, w) {
					t.Errorf("output has %q:\n%s", w, text)
				}
			}
			os.Remove(fillPath)
			s, err := store.Open(context.Background(), db, store.Options{})
			must(t, err)
			defer s.Close()
			var n int
			must(t, s.DB.QueryRow(`SELECT count(*) FROM feedback_cards`).Scan(&n))
			if n != c.stored {
				t.Errorf("%d cards stored, want %d", n, c.stored)
			}
		})
	}
}

func emptyDBAt(t *testing.T, path string) {
	s, err := store.Open(context.Background(), path, store.Options{})
	must(t, err)
	must(t, s.Close())
}
