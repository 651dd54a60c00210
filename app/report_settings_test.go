package app

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"
	"strings"
	"testing"
)

// The window sets the contact and the coat of arms through the store's checks: a refused value
// comes back with its reason in both languages and leaves the stored one as it was.
func TestTheWindowSetsTheContactAndTheCoatOfArms(t *testing.T) {
	st, rec := startedState(t)
	svc := NewReportService(st, rec.emit, saveInto(t.TempDir()))
	if r := svc.SaveContact("obshtina@perushtitsa.bg", "https://perushtitsa.bg/"); !r.OK {
		t.Fatal(r.Problem)
	}
	if r := svc.SaveContact("javascript:alert(1)", ""); r.OK || r.Problem.Key != "errors.contact" || r.Problem.Params["bg"] == "" || r.Problem.Params["en"] == "" {
		t.Fatalf("a hostile e-mail: %+v", r)
	}
	if c := svc.Contact(); c.Email != "obshtina@perushtitsa.bg" || c.Website != "https://perushtitsa.bg/" {
		t.Fatalf("contact %+v", c)
	}

	if c := svc.CoatOfArms(); !c.OK || c.Image != "" {
		t.Fatalf("a new database has a coat of arms: %+v", c)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 30, 36))); err != nil {
		t.Fatal(err)
	}
	herb := b.Bytes()
	r := svc.SaveCoatOfArms("herb.png", base64.StdEncoding.EncodeToString(herb))
	if !r.OK || !strings.HasPrefix(r.Image, "data:image/png;base64,") || r.Bytes != len(herb) {
		t.Fatalf("set: %+v", r.Outcome)
	}
	for name, data := range map[string]string{
		"page.png": base64.StdEncoding.EncodeToString([]byte("<svg onload=alert(1)>")),
		"big.jpg":  strings.Repeat("A", 800<<10),
		"bad.png":  "not base64 at all!",
	} {
		r := svc.SaveCoatOfArms(name, data)
		if r.OK || r.Problem.Key != "errors.coatOfArms" || !strings.Contains(r.Problem.Params["bg"], name) || !strings.Contains(r.Problem.Params["en"], name) {
			t.Errorf("%s: %+v", name, r)
		}
	}
	if c := svc.CoatOfArms(); c.Bytes != len(herb) {
		t.Errorf("a refused image replaced the stored one: %+v", c)
	}
	if c := svc.SaveCoatOfArms("", ""); !c.OK || c.Image != "" {
		t.Errorf("cleared: %+v", c)
	}
}
