package store

import (
	"context"
	"path/filepath"
	"testing"
)

func TestMunicipalitySettings(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "m.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, err := GetMunicipality(ctx, s.DB)
	if err != nil || m.Name != "Община Перущица" || m.EKATTE != "" || m.Key() != "obshtina-perushtitsa" {
		t.Fatalf("default %+v key %q err %v", m, m.Key(), err)
	}
	for _, bad := range []Municipality{{Name: ""}, {Name: "X", EKATTE: "1234"}, {Name: "X", EKATTE: "1234a"}, {Name: "a\x00b"}} {
		if err := SetMunicipality(ctx, s.DB, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
	if err := SetMunicipality(ctx, s.DB, Municipality{Name: "Община Щит'; DROP TABLE settings; --", EKATTE: "12345"}); err != nil {
		t.Fatal(err)
	}
	m, _ = GetMunicipality(ctx, s.DB)
	if m.Name != "Община Щит'; DROP TABLE settings; --" || m.Key() != "12345" {
		t.Fatalf("%+v", m)
	}
	if k := (Municipality{Name: "Община Щит'; DROP TABLE settings; --"}).Key(); k != "obshtina-shtit-drop-table-settings" {
		t.Fatalf("key %q", k)
	}
}
