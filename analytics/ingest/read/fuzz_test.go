package read

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func fuzzRead(t *testing.T, name string, data []byte) {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Open(path, Options{})
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
