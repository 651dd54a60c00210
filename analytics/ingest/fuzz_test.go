package ingest

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"05.03.2026", "5.3.2026 г.", "2026-03-05T10:00:00.123", "03/05/2026 2:15 PM", "", "31.02.2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseDate(s, DateOptions{})
		ParseDate(s, DateOptions{Slashes: true, MonthFirst: true})
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1 234,5", "1,234.5", "-3", "1e9", "", "..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseNumber(s, false)
		ParseNumber(s, true)
	})
}

func fuzzRead(t *testing.T, name string, data []byte) {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Open(path, ReadOptions{})
	if err != nil {
		return
	}
	defer src.Close()
	for i := 0; i < 10000; i++ {
		if _, _, err := src.Next(); err == io.EOF {
			return
		} else if err != nil {
			return
		}
	}
}

func FuzzCSVReader(f *testing.F) {
	f.Add([]byte("a,b\n1,2\n"))
	f.Add([]byte("\xef\xbb\xbfa;b\r\n\"x;y\";2\r\n"))
	f.Add([]byte("\xff\xfea\x00,\x00b\x00\n\x00"))
	f.Add([]byte("\xc0\xe1\xe2;\xe3\n1;2\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.csv", data) })
}

func FuzzJSONReader(f *testing.F) {
	f.Add([]byte(`[{"a": 1, "b": "x"}]`))
	f.Add([]byte("{\"a\": 1}\n{\"a\": 2}\n"))
	f.Add([]byte(`{"rows": []}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.json", data) })
}
