package cli

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"otzvuk/analytics/methodology"
)

// resolveDepartment finds a --department code among the administration's departments, case- and
// space-insensitively (grao is GRAO); an unknown code is named with the known ones, in both languages.
func resolveDepartment(ctx context.Context, db *sql.DB, code string) (methodology.Department, error) {
	deps, err := methodology.Departments(ctx, db)
	if err != nil {
		return methodology.Department{}, err
	}
	norm := func(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), "")) }
	var known []string
	for _, d := range deps {
		if norm(d.Code) == norm(code) {
			return d, nil
		}
		known = append(known, d.Code)
	}
	if len(known) > 20 {
		known = append(known[:20], "…")
	}
	list := strings.Join(known, ", ")
	return methodology.Department{}, errors.New(say("unknownDepartment", code, list))
}
