package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Municipality is who the database belongs to: the name the report and the public page print,
// and the EKATTE code (five digits, empty until stated) that names it in packages and pools.
type Municipality struct {
	Name   string `json:"name"`
	EKATTE string `json:"ekatte"`
}

// DefaultMunicipalityName is the name a new database starts with.
const DefaultMunicipalityName = "Община Перущица"

// MaxMunicipalityName bounds the name (the longest official name is far shorter).
const MaxMunicipalityName = 120

// GetMunicipality reads the municipality's identity; a database before the settings migration
// (opened read-only) has the default name and no code.
func GetMunicipality(ctx context.Context, db *sql.DB) (Municipality, error) {
	m := Municipality{Name: DefaultMunicipalityName}
	err := readSettings(ctx, db, map[string]*string{"municipality_name": &m.Name, "municipality_ekatte": &m.EKATTE})
	return m, err
}

// readSettings fills each key's destination from the settings table (keys absent there leave
// theirs as they are); the keys are the caller's constants, passed as parameters.
func readSettings(ctx context.Context, db *sql.DB, into map[string]*string) error {
	keys := make([]any, 0, len(into))
	marks := make([]string, 0, len(into))
	for k := range into {
		keys, marks = append(keys, k), append(marks, "?")
	}
	rows, err := db.QueryContext(ctx, "SELECT key, value FROM settings WHERE key IN ("+strings.Join(marks, ", ")+")", keys...)
	if err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		*into[k] = v
	}
	return rows.Err()
}

// writeSetting stores one setting (parameters only, never SQL text).
func writeSetting(ctx context.Context, db *sql.DB, key, value string) error {
	if _, err := db.ExecContext(ctx, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key, value); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	return nil
}

// SetMunicipality checks and stores the identity (parameters only, never SQL text).
func SetMunicipality(ctx context.Context, db *sql.DB, m Municipality) error {
	if err := m.Check(); err != nil {
		return err
	}
	for k, v := range map[string]string{"municipality_name": m.Name, "municipality_ekatte": m.EKATTE} {
		if err := writeSetting(ctx, db, k, v); err != nil {
			return err
		}
	}
	return nil
}

// SettingError is a refused setting, in Bulgarian and English.
type SettingError struct{ BG, EN string }

func (e *SettingError) Error() string { return e.BG + " / " + e.EN }

// Check refuses an empty or overlong name, control characters, and an EKATTE code that is not five digits.
func (m Municipality) Check() error {
	name := strings.TrimSpace(m.Name)
	if name == "" || !utf8.ValidString(m.Name) || utf8.RuneCountInString(m.Name) > MaxMunicipalityName {
		return &SettingError{fmt.Sprintf("името на общината трябва да е от 1 до %d знака", MaxMunicipalityName),
			fmt.Sprintf("the municipality's name must have 1 to %d characters", MaxMunicipalityName)}
	}
	for _, r := range m.Name {
		if unicode.IsControl(r) {
			return &SettingError{"името на общината съдържа управляващ знак", "the municipality's name contains a control character"}
		}
	}
	if m.EKATTE != "" {
		ok := len(m.EKATTE) == 5
		for _, c := range m.EKATTE {
			ok = ok && c >= '0' && c <= '9'
		}
		if !ok {
			return &SettingError{fmt.Sprintf("кодът по ЕКАТТЕ %q не е от пет цифри", m.EKATTE),
				fmt.Sprintf("the EKATTE code %q is not five digits", m.EKATTE)}
		}
	}
	return nil
}

// Key names the municipality in package paths (municipality=KEY) and pooled records: the EKATTE
// code when stated, otherwise the name transliterated (Bulgarian official system), lower case,
// every other character a dash — so a key is always [0-9a-z-] and safe in a path.
func (m Municipality) Key() string {
	if m.EKATTE != "" {
		return m.EKATTE
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(m.Name) {
		s, ok := translit[r]
		if !ok {
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				s, ok = string(r), true
			}
		}
		if !ok {
			if b.Len() > 0 {
				dash = true
			}
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
	}
	if b.Len() == 0 {
		return "municipality"
	}
	return b.String()
}

// translit is the Bulgarian streamlined transliteration (Закон за транслитерацията), lower case.
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z", 'и': "i", 'й': "y",
	'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya",
}
