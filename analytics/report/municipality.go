package report

import (
	"context"
	"database/sql"

	"otzvuk/analytics/store"
)

// MunicipalityName is the one name every output prints — the report, the public site and its
// open data (titles, README, DCAT publisher and contact), the forms and their templates: the
// name given for this command (--municipality), else the one set with `otzvuk settings
// --municipality-name`, else the default in the output's language. db may be nil (forms
// without a database).
func MunicipalityName(ctx context.Context, db *sql.DB, lang, given string) string {
	if given != "" {
		return given
	}
	if db != nil {
		if m, err := store.GetMunicipality(ctx, db); err == nil && m.Name != "" && m.Name != store.DefaultMunicipalityName {
			return m.Name
		}
	}
	return DefaultMunicipality(lang)
}
