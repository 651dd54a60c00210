package methodology

import (
	"context"
	"database/sql"
	"strings"
)

// CarryCubes keeps current, after a scan of the comments' themes, the cubes the scan cannot
// change. The themes' matches are part of the data version (v_comments reads them), so an import
// with texts moves the version a second time after its own transaction, and every cube the import
// kept current (CubeDelta) would be rebuilt. When the version read now differs from before only
// in its theme_matches part — no record, name or coverage changed — the cubes registered at before
// whose definition reads no theme (no v_comments, no theme_ table) take the new label, in one
// transaction that reads the version itself. Anything else is left to WarmCubes. It returns how
// many it relabelled.
func CarryCubes(ctx context.Context, db *sql.DB, before string) (int, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	after, err := dataVersion(ctx, tx)
	if err != nil || after == before || !onlyThemesMoved(before, after) {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE stat_cubes SET data_version = ? WHERE data_version = ?
		AND definition NOT LIKE '%v\_comments%' ESCAPE '\' AND definition NOT ILIKE '%theme%'`, after, before)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), tx.Commit()
}

// onlyThemesMoved: the two versions differ in the theme_matches part alone.
func onlyThemesMoved(a, b string) bool {
	strip := func(v string) string {
		var keep []string
		for _, p := range strings.Split(v, ";") {
			if !strings.HasPrefix(p, "theme_matches:") {
				keep = append(keep, p)
			}
		}
		return strings.Join(keep, ";")
	}
	return strip(a) == strip(b)
}
