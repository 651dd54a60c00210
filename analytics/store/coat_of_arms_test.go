package store

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testImage encodes a small picture with enc.
func testImage(t *testing.T, w, h int, enc func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(1, 1, color.RGBA{200, 20, 20, 255})
	var b bytes.Buffer
	if err := enc(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCoatOfArmsIsCheckedByContentAndKept(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pngData := testImage(t, 40, 48, func(b *bytes.Buffer, i image.Image) error { return png.Encode(b, i) })
	jpgData := testImage(t, 40, 48, func(b *bytes.Buffer, i image.Image) error { return jpeg.Encode(b, i, nil) })
	gifData := testImage(t, 40, 48, func(b *bytes.Buffer, i image.Image) error { return gif.Encode(b, i, nil) })
	// refused, each naming the file in both languages
	for name, data := range map[string][]byte{
		"page.png":  []byte("<svg onload=alert(1)>"), // the name says PNG, the content does not
		"anim.gif":  gifData,
		"big.png":   append(append([]byte{}, pngData...), make([]byte, MaxCoatOfArms)...),
		"empty.jpg": nil,
		"wide.png":  testImage(t, maxCoatOfArmsSide+1, 1, func(b *bytes.Buffer, i image.Image) error { return png.Encode(b, i) }),
	} {
		_, err := ReadCoatOfArms(write(name, data))
		se, ok := err.(*SettingError)
		if !ok || !strings.Contains(se.BG, name) || !strings.Contains(se.EN, name) {
			t.Errorf("%s: %v, want a refusal naming the file", name, err)
		}
	}
	if _, err := ReadCoatOfArms(filepath.Join(dir, "missing.png")); err == nil || !strings.Contains(err.Error(), "missing.png") {
		t.Errorf("a missing file: %v", err)
	}

	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(dir, "c.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := GetCoatOfArms(ctx, s.DB); c != nil || err != nil {
		t.Fatalf("a new database has a coat of arms: %v %v", c, err)
	}
	for name, typ := range map[string]string{"herb.png": "image/png", "herb.jpg": "image/jpeg"} {
		data := map[string][]byte{"herb.png": pngData, "herb.jpg": jpgData}[name]
		c, err := ReadCoatOfArms(write(name, data))
		if err != nil {
			t.Fatal(err)
		}
		if err := SetCoatOfArms(ctx, s.DB, c); err != nil {
			t.Fatal(err)
		}
		got, err := GetCoatOfArms(ctx, s.DB)
		if err != nil || got == nil || got.Type != typ || !bytes.Equal(got.Data, data) {
			t.Errorf("%s: stored %v %v", name, got, err)
		}
		if !strings.HasPrefix(got.DataURI(), "data:"+typ+";base64,") {
			t.Errorf("data URI %.40s", got.DataURI())
		}
	}
	if err := SetCoatOfArms(ctx, s.DB, &CoatOfArms{Data: []byte("not an image"), Type: "image/png"}); err == nil {
		t.Error("unchecked bytes stored")
	}
	if err := SetCoatOfArms(ctx, s.DB, nil); err != nil {
		t.Fatal(err)
	}
	if c, err := GetCoatOfArms(ctx, s.DB); c != nil || err != nil {
		t.Errorf("cleared, still %v %v", c, err)
	}
}
