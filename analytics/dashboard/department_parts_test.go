package dashboard

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

// The window asks for the department view in two parts (the top, then the rest): together they
// must be the whole view, field by field, each part must carry the header, and neither may carry
// the other's sections (else the split saves nothing) — for every department of the demo, on its
// year and opened from a change.
func TestDepartmentTopAndRestAreTheWholeView(t *testing.T) {
	ctx := context.Background()
	src, depts := demoDepartments(t)
	asMap := func(req DepartmentRequest) map[string]any {
		t.Helper()
		d, p := ComputeDepartment(ctx, src, req)
		if p != nil {
			t.Fatalf("%+v: %v", req, p)
		}
		if d.Part != req.Part {
			t.Fatalf("%+v: answered part %q", req, d.Part)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "part")
		return m
	}
	// the fields of each part; every other field is the header, in both
	top := map[string]bool{"voices": true, "periodChanges": true, "changes": true, "changesPeriod": true}
	rest := map[string]bool{"keyDrivers": true, "services": true, "trend": true, "drivers": true, "groups": true, "channels": true, "signals": true, "backlog": true}
	var empty func(v any) bool
	empty = func(v any) bool {
		switch x := v.(type) {
		case nil:
			return true
		case []any:
			return len(x) == 0
		case string:
			return x == ""
		case float64:
			return x == 0
		case map[string]any: // the signals' summary of a part without them: every field empty
			for _, f := range x {
				if !empty(f) {
					return false
				}
			}
			return true
		}
		return false
	}
	shown := map[string]int{} // per field of a part: in how many views it has a value
	for _, d := range depts {
		for _, period := range []string{"", "2025-Q3"} {
			req := DepartmentRequest{Code: d.Code, Lang: "bg", Period: period}
			whole := asMap(req)
			req.Part = PartTop
			t1 := asMap(req)
			req.Part = PartRest
			r1 := asMap(req)
			keys := map[string]bool{}
			for _, m := range []map[string]any{whole, t1, r1} {
				for k := range m {
					keys[k] = true
				}
			}
			// a field of one part: as in the whole view, absent from the other part
			ownField := func(k, own, other string, ownPart, otherPart map[string]any) {
				if !reflect.DeepEqual(whole[k], ownPart[k]) {
					t.Errorf("%s %q: %s of the %s differs from the whole view's", d.Code, period, k, own)
				}
				if !empty(otherPart[k]) {
					t.Errorf("%s %q: the %s carries %s, a field of the %s", d.Code, period, other, k, own)
				}
				if !empty(whole[k]) {
					shown[k]++
				}
			}
			for k := range keys {
				switch {
				case top[k]:
					ownField(k, "top", "rest", t1, r1)
				case rest[k]:
					ownField(k, "rest", "top", r1, t1)
				default:
					if !reflect.DeepEqual(whole[k], t1[k]) || !reflect.DeepEqual(whole[k], r1[k]) {
						t.Errorf("%s %q: the header's %s differs between the parts: %v / %v / %v", d.Code, period, k, whole[k], t1[k], r1[k])
					}
				}
			}
		}
	}
	// every field of each part has a value somewhere in the demo: else its part is not tested
	// (what people say needs the window's themes, which this source has not: app's
	// TestDepartmentVoicesComeWithTheTop)
	for _, part := range []map[string]bool{top, rest} {
		for k := range part {
			if shown[k] == 0 && k != "voices" {
				t.Errorf("%s has no value in any department's view: which part carries it is not tested", k)
			}
		}
	}
	if _, p := ComputeDepartment(ctx, src, DepartmentRequest{Lang: "bg", Part: "middle"}); p == nil || !errors.Is(p.Err, ErrInvalid) {
		t.Fatalf("an unknown part: %v", p)
	}
}
