package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // the decoders DecodeConfig checks a coat of arms with
	_ "image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// CoatOfArms is the municipality's coat of arms, printed on the report's title page and in the
// public site's header: a PNG or JPEG image, kept in the settings (base64) beside the name.
type CoatOfArms struct {
	Data []byte
	Type string // image/png or image/jpeg
}

// MaxCoatOfArms bounds the image: a title-page emblem needs far less, and the report, the site
// and the database each carry a copy.
const MaxCoatOfArms = 512 << 10

// maxCoatOfArmsSide bounds its pixels, so a small file cannot ask a reader for a huge canvas.
const maxCoatOfArmsSide = 4000

// DataURI is the image as a data: URI for an <img> (the site and the report allow data: images).
func (c *CoatOfArms) DataURI() string {
	return "data:" + c.Type + ";base64," + base64.StdEncoding.EncodeToString(c.Data)
}

// Ext is the file extension of its type, without the dot.
func (c *CoatOfArms) Ext() string {
	if c.Type == "image/jpeg" {
		return "jpeg"
	}
	return "png"
}

// ReadCoatOfArms reads and checks an image file: PNG or JPEG by its content (not its name), at
// most MaxCoatOfArms bytes and maxCoatOfArmsSide pixels a side. Each refusal names the file.
func ReadCoatOfArms(path string) (*CoatOfArms, error) {
	base := shownName(path)
	cannot := &SettingError{fmt.Sprintf("„%s“ не може да бъде отворен", base), fmt.Sprintf("%q cannot be opened", base)}
	// a regular file only: a directory, a pipe or a device would block or fail with Go's own words
	if info, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &SettingError{fmt.Sprintf("„%s“ не съществува", base), fmt.Sprintf("%q does not exist", base)}
		}
		return nil, cannot
	} else if !info.Mode().IsRegular() {
		return nil, &SettingError{fmt.Sprintf("„%s“ не е файл", base), fmt.Sprintf("%q is not a file", base)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, cannot
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxCoatOfArms+1))
	if err != nil {
		return nil, &SettingError{fmt.Sprintf("„%s“ не може да бъде прочетен", base), fmt.Sprintf("%q cannot be read", base)}
	}
	return CheckCoatOfArms(base, data)
}

// CheckCoatOfArms checks an image's bytes; name is the file's name for the messages.
func CheckCoatOfArms(name string, data []byte) (*CoatOfArms, error) {
	if len(data) > MaxCoatOfArms {
		return nil, CoatOfArmsTooLarge(name)
	}
	cfg, kind, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (kind != "png" && kind != "jpeg") {
		return nil, &SettingError{fmt.Sprintf("„%s“ не е изображение PNG или JPEG", name), fmt.Sprintf("%q is not a PNG or JPEG image", name)}
	}
	if cfg.Width < 1 || cfg.Height < 1 || cfg.Width > maxCoatOfArmsSide || cfg.Height > maxCoatOfArmsSide {
		return nil, &SettingError{fmt.Sprintf("„%s“ е %d×%d пиксела; гербът може да е до %d пиксела на страна", name, cfg.Width, cfg.Height, maxCoatOfArmsSide),
			fmt.Sprintf("%q is %d×%d pixels; a coat of arms may be at most %d pixels a side", name, cfg.Width, cfg.Height, maxCoatOfArmsSide)}
	}
	// the whole image, not only its header: a truncated PNG would be a broken image on the cover
	// (the side limit above bounds the memory this takes)
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return nil, &SettingError{fmt.Sprintf("„%s“ е повредено изображение", name), fmt.Sprintf("%q is a damaged image", name)}
	}
	return &CoatOfArms{Data: data, Type: "image/" + kind}, nil
}

// CoatOfArmsTooLarge is the refusal of a file over MaxCoatOfArms, naming it.
func CoatOfArmsTooLarge(name string) error {
	return &SettingError{fmt.Sprintf("„%s“ е по-голям от %d KB — гербът може да е най-много толкова", name, MaxCoatOfArms>>10),
		fmt.Sprintf("%q is larger than %d KB, the most a coat of arms may be", name, MaxCoatOfArms>>10)}
}

// GetCoatOfArms reads the stored coat of arms; nil when none is set (or what is stored no longer
// passes the check, so a reader never prints a broken image).
func GetCoatOfArms(ctx context.Context, db *sql.DB) (*CoatOfArms, error) {
	var enc string
	if err := readSettings(ctx, db, map[string]*string{"coat_of_arms": &enc}); err != nil || enc == "" {
		return nil, err
	}
	data, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return nil, nil
	}
	c, err := CheckCoatOfArms("coat_of_arms", data)
	if err != nil {
		return nil, nil
	}
	return c, nil
}

// SetCoatOfArms stores a checked coat of arms; nil clears it.
func SetCoatOfArms(ctx context.Context, db *sql.DB, c *CoatOfArms) error {
	if c == nil {
		return writeSetting(ctx, db, "coat_of_arms", "")
	}
	if _, err := CheckCoatOfArms("coat_of_arms", c.Data); err != nil {
		return err
	}
	return writeSetting(ctx, db, "coat_of_arms", base64.StdEncoding.EncodeToString(c.Data))
}

// shownName is the file's name as the messages show it: control characters (a terminal's escape
// sequences in a hostile name) become U+FFFD.
func shownName(path string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, filepath.Base(path))
}
