// Package wordstest is what the packages' words tests share: a words table held to both
// languages with the same printf verbs (Bilingual, Pairs), and the problem codes a package's
// source names where it makes a problem, so that a test can hold each to its table (Codes).
package wordstest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Codes are the string literals passed as the code argument (the fifth, as in
// newErr(file, row, column, value, code, …)) to the named calls in the package's non-test source
// in dir, by call: a call is named as written, "newErr" or "read.NewProblem".
func Codes(t testing.TB, dir string, calls ...string) map[string][]string {
	t.Helper()
	want := map[string]bool{}
	for _, c := range calls {
		want[c] = true
	}
	found := map[string]map[string]bool{}
	EachCall(t, dir, func(name string, call *ast.CallExpr, _ token.Position) {
		if !want[name] || len(call.Args) < 5 {
			return
		}
		lit, ok := call.Args[4].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		code, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		if found[name] == nil {
			found[name] = map[string]bool{}
		}
		found[name][code] = true
	})
	out := map[string][]string{}
	for name, codes := range found {
		for c := range codes {
			out[name] = append(out[name], c)
		}
		sort.Strings(out[name])
	}
	return out
}

// EachCall visits every call in the package's non-test source in dir, named as written ("say",
// "read.NewProblem"; "" for a call of anything else), with its position.
func EachCall(t testing.TB, dir string, visit func(name string, call *ast.CallExpr, at token.Position)) {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				visit(callName(call.Fun), call, fset.Position(call.Pos()))
			}
			return true
		})
	}
}

func callName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			return x.Name + "." + e.Sel.Name
		}
	}
	return ""
}
