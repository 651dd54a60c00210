package store

import (
	"context"
	"database/sql"
	"strconv"

	"otzvuk/analytics/compare"
)

// The false discovery rate level is the municipality's choice (docs/statistics.md): every screen,
// the report and the public page call a change significant when its q-value is at most it.

const fdrLevelKey = "fdr_level"

// GetFDRLevel reads the level stored for this database; compare.DefaultFDR when none is (or the
// stored text is not a level: a database written by hand).
func GetFDRLevel(ctx context.Context, db *sql.DB) (float64, error) {
	v := ""
	if err := readSettings(ctx, db, map[string]*string{fdrLevelKey: &v}); err != nil {
		return compare.DefaultFDR, err
	}
	x, err := strconv.ParseFloat(v, 64)
	if v == "" || err != nil || x < compare.MinFDR || x > compare.MaxFDR {
		return compare.DefaultFDR, nil
	}
	return x, nil
}

// SetFDRLevel checks and stores the level (a share: 0.05 for 5 %).
func SetFDRLevel(ctx context.Context, db *sql.DB, x float64) error {
	if err := CheckFDRLevel(x); err != nil {
		return err
	}
	return writeSetting(ctx, db, fdrLevelKey, strconv.FormatFloat(x, 'g', -1, 64))
}

// CheckFDRLevel refuses a level outside 0,1–20 % (a share).
func CheckFDRLevel(x float64) error {
	if !(x >= compare.MinFDR && x <= compare.MaxFDR) {
		return &SettingError{"нивото на FDR трябва да е от 0,1 до 20 %", "the FDR level must be from 0.1 to 20 %"}
	}
	return nil
}
