package text

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestCreateUserThemeFromAProposedTerm(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "themes")
	ts, _ := LoadThemes(dir)
	id, err := CreateUserTheme(dir, ts, NewUserTheme{Name: Name{BG: "Климатик и жега"}, Words: []string{"климатикът", "климатик", "жега"}})
	if err != nil || id != "klimatik_i_zhega" {
		t.Fatalf("id %q, %v", id, err)
	}
	more, problems := LoadThemes(dir)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	th, ok := more.Get(id)
	if !ok || !th.User || th.Name.EN != "Klimatik i zhega" {
		t.Fatalf("%+v", th)
	}
	if got := more.Match("Няма климатик, жега е в залата."); !contains(got, id) {
		t.Fatalf("the new theme does not match (negation kept): %v", got)
	}
	if _, err := CreateUserTheme(dir, more, NewUserTheme{Name: Name{BG: "Климатик и жега"}, Words: []string{"жега"}}); !errors.Is(err, ErrThemeExists) {
		t.Fatalf("a second theme of the same name: %v", err)
	}
	// A hostile name stays a file name inside the folder; a name with no letters is refused.
	id, err = CreateUserTheme(dir, more, NewUserTheme{Name: Name{BG: "../../etc/passwd"}, Words: []string{"парола"}})
	if err != nil || id != "etc_passwd" {
		t.Fatalf("id %q, %v", id, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "etc_passwd.yaml")); err != nil {
		t.Fatal(err)
	}
	if _, err := CreateUserTheme(dir, more, NewUserTheme{Name: Name{BG: "!!!"}, Words: []string{"дума"}}); err == nil {
		t.Fatal("a name without letters made a theme")
	}
	if _, err := CreateUserTheme(dir, more, NewUserTheme{Name: Name{BG: "Празна"}, Words: []string{"и", "на"}}); err == nil {
		t.Fatal("a theme of stopwords only was created")
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
