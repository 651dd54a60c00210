package cli

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// otzvuk settings --coat-of-arms: a PNG or JPEG by its content, refused by name in both languages
// otherwise (exit 2, the stored one kept), shown in the settings, cleared by an empty value.
func TestSettingsCoatOfArms(t *testing.T) {
	dir := t.TempDir()
	db := municipalityDB(t, dir, "Община Перущица")
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 30, 36))); err != nil {
		t.Fatal(err)
	}
	herb := filepath.Join(dir, "herb.png")
	fake := filepath.Join(dir, "fake.jpg")
	big := filepath.Join(dir, "big.png")
	cut := filepath.Join(dir, "cut.png") // a whole header, half a body
	folder := filepath.Join(dir, "folder.png")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for p, data := range map[string][]byte{herb: b.Bytes(), fake: []byte("<html><script>alert(1)</script>"), big: append(b.Bytes(), make([]byte, 600<<10)...), cut: b.Bytes()[:len(b.Bytes())/2]} {
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := Run(append([]string{"settings", "--db", db}, args...), &out, &errOut)
		return code, out.String(), errOut.String()
	}
	if code, out, errOut := run("--coat-of-arms", herb); code != 0 || !strings.Contains(out, "Герб / Coat of arms:    PNG, 1 KB") {
		t.Fatalf("set: %d %s %s", code, out, errOut)
	}
	for _, bad := range []struct{ path, bg, en string }{
		{fake, "„fake.jpg“ не е изображение PNG или JPEG", `"fake.jpg" is not a PNG or JPEG image`},
		{big, "„big.png“ е по-голям от 512 KB", `"big.png" is larger than 512 KB`},
		{filepath.Join(dir, "missing.png"), "„missing.png“ не съществува", `"missing.png" does not exist`},
		{cut, "„cut.png“ е повредено изображение", `"cut.png" is a damaged image`},
		{folder, "„folder.png“ не е файл", `"folder.png" is not a file`},
	} {
		// and also given with another change: nothing is stored when any value is refused
		code, _, errOut := run("--coat-of-arms", bad.path, "--email", "changed@example.bg")
		if code != 2 || !strings.Contains(errOut, bad.bg) || !strings.Contains(errOut, bad.en) {
			t.Errorf("%s: exit %d, %s", filepath.Base(bad.path), code, errOut)
		}
		if strings.Contains(errOut, "no such file") || strings.Contains(errOut, "is a directory") || strings.Contains(errOut, dir) {
			t.Errorf("%s: Go's own words or the whole path reach the user: %s", filepath.Base(bad.path), errOut)
		}
		if _, out, _ := run("--format", "json"); strings.Contains(out, "changed@example.bg") {
			t.Errorf("%s refused, yet the e-mail given with it was stored", filepath.Base(bad.path))
		}
	}
	if _, out, _ := run("--format", "json"); !strings.Contains(out, `"coatOfArms": "PNG, 1 KB"`) {
		t.Errorf("a refused file replaced the coat of arms: %s", out)
	}
	if code, out, errOut := run("--coat-of-arms", ""); code != 0 || !strings.Contains(out, "Герб / Coat of arms:    (не е посочен / not set)") {
		t.Errorf("cleared: %d %s %s", code, out, errOut)
	}
}
