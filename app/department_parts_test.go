package app

import (
	"reflect"
	"testing"
)

// What people say leads the department view: it comes with the top, not with the rest, and is
// the whole view's (the window's themes, which the dashboard's own test of the parts has not).
func TestDepartmentVoicesComeWithTheTop(t *testing.T) {
	st, _ := startedState(t)
	svc := NewDepartmentService(st)
	whole := svc.Department(DepartmentRequest{Lang: "bg", Code: "MDT"})
	top := svc.Department(DepartmentRequest{Lang: "bg", Code: "MDT", Part: "top"})
	rest := svc.Department(DepartmentRequest{Lang: "bg", Code: "MDT", Part: "rest"})
	if !whole.OK || !top.OK || !rest.OK {
		t.Fatalf("whole %v, top %v, rest %v", whole.Problem, top.Problem, rest.Problem)
	}
	if whole.Voices == nil || len(whole.Voices.Themes) == 0 {
		t.Fatal("the demo's department says nothing: the test proves little")
	}
	if !reflect.DeepEqual(top.Voices, whole.Voices) {
		t.Errorf("the top's voices differ from the whole view's")
	}
	if rest.Voices != nil {
		t.Errorf("the rest carries what people say")
	}
}
