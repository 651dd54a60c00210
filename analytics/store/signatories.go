package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The annual report's signatories, kept with the municipality's settings: who prepares the
// report and who approves it, each as "Name, position" (the report prints blank lines without them).

// Signatories are the settings' prepared_by and approved_by ("" when not set).
type Signatories struct {
	PreparedBy string `json:"prepared_by"`
	ApprovedBy string `json:"approved_by"`
}

// MaxSignatory bounds "Name, position".
const MaxSignatory = 200

// GetSignatories reads them; a database without the settings table (a pooled one) has none.
func GetSignatories(ctx context.Context, db *sql.DB) (Signatories, error) {
	var s Signatories
	// a pooled database (otzvuk pool) has no settings table and so no signatories
	var tables int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'settings'").Scan(&tables); err != nil || tables == 0 {
		return s, err
	}
	err := readSettings(ctx, db, map[string]*string{"prepared_by": &s.PreparedBy, "approved_by": &s.ApprovedBy})
	return s, err
}

// SetSignatory stores one of them (key prepared_by or approved_by); "none" or "" clears it.
func SetSignatory(ctx context.Context, db *sql.DB, key, value string) error {
	if key != "prepared_by" && key != "approved_by" {
		return fmt.Errorf("settings: unknown key %q", key)
	}
	value = strings.TrimSpace(value)
	if value == "none" || value == "" {
		_, err := db.ExecContext(ctx, "DELETE FROM settings WHERE key = ?", key)
		return err
	}
	if err := CheckSignatory(value); err != nil {
		return err
	}
	return writeSetting(ctx, db, key, value)
}

// CheckSignatory refuses a "name, position" that is too long, not UTF-8 or holds control
// characters ("" and "none" clear it and pass).
func CheckSignatory(value string) error {
	value = strings.TrimSpace(value)
	if value == "none" || value == "" {
		return nil
	}
	if !utf8.ValidString(value) || utf8.RuneCountInString(value) > MaxSignatory || strings.IndexFunc(value, unicode.IsControl) >= 0 {
		return &SettingError{fmt.Sprintf("„име, длъжност“ трябва да е от 1 до %d знака без управляващи знаци", MaxSignatory),
			fmt.Sprintf("\"name, position\" must have 1 to %d characters and no control characters", MaxSignatory)}
	}
	return nil
}
