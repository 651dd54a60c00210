package report

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"image"
	"image/png"

	"otzvuk/analytics/store"
)

// The municipality's coat of arms on the title page, from `otzvuk settings --coat-of-arms`;
// without one the cover simply has none (no empty frame).

// coatOfArms reads the stored coat of arms; a database without settings (a pooled one) has none.
func coatOfArms(ctx context.Context, db *sql.DB) *store.CoatOfArms {
	c, err := store.GetCoatOfArms(ctx, db)
	if err != nil {
		return nil
	}
	return c
}

// coatAlt is the image's alternative text.
func (r *Report) CoatAlt() string { return fmt.Sprintf(word(r.Lang, "coatAlt"), r.Municipality) }

// coatPNG is the coat of arms as a PNG (a JPEG re-encoded: the DOCX carries PNG images only) and
// its size on the page, 25 mm high and at most 50 mm wide; ok false when there is none.
func coatPNG(c *store.CoatOfArms) (data []byte, wIn, hIn float64, ok bool) {
	if c == nil {
		return nil, 0, 0, false
	}
	img, _, err := image.Decode(bytes.NewReader(c.Data))
	if err != nil {
		return nil, 0, 0, false
	}
	data = c.Data
	if c.Type != "image/png" {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			return nil, 0, 0, false
		}
		data = b.Bytes()
	}
	size := img.Bounds().Size()
	hIn = 25 / 25.4
	wIn = hIn * float64(size.X) / float64(size.Y)
	if maxW := 50 / 25.4; wIn > maxW { // a wide banner: at most 50 mm, as the HTML cover draws it
		wIn, hIn = maxW, maxW*float64(size.Y)/float64(size.X)
	}
	return data, wIn, hIn, true
}
