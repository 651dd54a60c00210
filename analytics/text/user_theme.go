package text

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// NewUserTheme is a theme the analyst creates from a proposed term in the window.
type NewUserTheme struct {
	Name  Name     `json:"name"`
	Words []string `json:"words"` // the written forms that make the theme
}

// ErrThemeExists says a theme with that name's id exists already (shipped or the municipality's).
var ErrThemeExists = errors.New("a theme with this name exists already / тема с това име вече има")

// CreateUserTheme writes the theme as its own YAML file in dir (themes/ next to the database),
// never over an existing file, and returns its id. The id is the Latin transliteration of the
// Bulgarian name (the official system of the Transliteration Act): "Климатик" → "klimatik".
func CreateUserTheme(dir string, existing *Themes, nt NewUserTheme) (string, error) {
	nt.Name.BG, nt.Name.EN = strings.TrimSpace(nt.Name.BG), strings.TrimSpace(nt.Name.EN)
	if nt.Name.EN == "" {
		nt.Name.EN = Transliterate(nt.Name.BG)
	}
	id := themeID(nt.Name.BG)
	if id == "" {
		id = themeID(nt.Name.EN)
	}
	t := Theme{ID: id, Name: nt.Name, Negation: "keep"}
	seen := map[string]bool{}
	for _, w := range nt.Words {
		for _, tok := range Tokens(w) {
			if !seen[tok] && !IsStopword(tok) {
				seen[tok] = true
				t.Words = append(t.Words, tok)
			}
		}
	}
	check := t
	if err := check.compile(); err != nil {
		return "", err
	}
	if _, ok := existing.Get(id); ok {
		return "", ErrThemeExists
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	body, err := yaml.Marshal([]Theme{t})
	if err != nil {
		return "", err
	}
	header := "# Created in Otzvuk from a proposed term; edit freely (see analytics/text/themes.go for the keys).\n"
	f, err := os.OpenFile(filepath.Join(dir, id+".yaml"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", ErrThemeExists
	}
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(header + string(body)); err != nil {
		f.Close()
		return "", err
	}
	return id, f.Close()
}

// themeID: lower-case Latin letters, digits and _ from a name, at most 30 characters.
func themeID(name string) string {
	var b strings.Builder
	last := '_'
	for _, r := range strings.ToLower(Transliterate(name)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			last = r
		case last != '_':
			b.WriteByte('_')
			last = '_'
		}
		if b.Len() >= 30 {
			break
		}
	}
	return strings.Trim(b.String(), "_")
}

// bgLatin is the Bulgarian Transliteration Act's table (2009), lower case.
var bgLatin = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z", 'и': "i", 'й': "y",
	'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya"}

// Transliterate writes Bulgarian Cyrillic in Latin letters; other characters stay.
func Transliterate(s string) string {
	var b strings.Builder
	for _, r := range s {
		lower := []rune(strings.ToLower(string(r)))[0]
		if l, ok := bgLatin[lower]; ok {
			if lower != r && l != "" {
				l = strings.ToUpper(l[:1]) + l[1:]
			}
			b.WriteString(l)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
