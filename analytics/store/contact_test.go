package store

import (
	"context"
	"path/filepath"
	"testing"
)

// The contact goes into published metadata as mailto: and http(s) URIs: only a plain address and
// an absolute web address are kept, and a name-only form never clears them.
func TestContactIsCheckedAndKept(t *testing.T) {
	for _, c := range []Contact{
		{Email: "javascript:alert(1)"}, {Email: "Кмет <kmet@perushtitsa.bg>"}, {Email: "a b@x.bg"}, {Email: "x@y.bg\n"},
		{Website: "javascript:alert(1)"}, {Website: "perushtitsa.bg"}, {Website: "https://user:pw@perushtitsa.bg/"}, {Website: "data:text/html,x"},
	} {
		if c.Check() == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "c.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := Contact{Email: "obshtina@perushtitsa.bg", Website: "https://perushtitsa.bg/"}
	if err := SetContact(ctx, s.DB, want); err != nil {
		t.Fatal(err)
	}
	if err := SetMunicipality(ctx, s.DB, Municipality{Name: "Община Перущица", EKATTE: "56047"}); err != nil {
		t.Fatal(err)
	}
	if got, err := GetContact(ctx, s.DB); err != nil || got != want {
		t.Errorf("contact %+v %v, want %+v", got, err, want)
	}
}
