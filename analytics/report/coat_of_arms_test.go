package report

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"testing"

	"otzvuk/analytics/store"
)

// The coat of arms on the DOCX cover is 25 mm high, and a wide banner at most 50 mm wide (it was
// 98 inches for a 4000×40 image), its proportions kept.
func TestCoatOfArmsFitsTheCover(t *testing.T) {
	for _, size := range []image.Point{{30, 36}, {4000, 40}} {
		var b bytes.Buffer
		if err := png.Encode(&b, image.NewRGBA(image.Rectangle{Max: size})); err != nil {
			t.Fatal(err)
		}
		_, w, h, ok := coatPNG(&store.CoatOfArms{Data: b.Bytes(), Type: "image/png"})
		if !ok {
			t.Fatalf("%v: not drawn", size)
		}
		wmm, hmm := w*25.4, h*25.4
		if wmm > 50.001 || hmm > 25.001 || math.Abs(wmm/hmm-float64(size.X)/float64(size.Y)) > 1e-6 {
			t.Errorf("%v: %.1f × %.1f mm", size, wmm, hmm)
		}
	}
}
