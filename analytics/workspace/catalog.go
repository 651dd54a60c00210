package workspace

import (
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// Catalog is the shipped catalogue plus the municipality's own YAML next to the database; a broken
// user entry is skipped and named in problems.
func Catalog(dbPath string) (*methodology.Catalog, []error) {
	return methodology.LoadCatalog(methodology.UserCatalogDir(dbPath))
}

// Themes are the shipped text themes plus the municipality's own (themes/ next to the database),
// and the catalogue of their indicators; a broken entry is skipped and named in problems.
func Themes(dbPath string) (*text.Themes, *methodology.Catalog, []error) {
	dir := ""
	if dbPath != "" {
		dir = text.UserThemeDir(dbPath)
	}
	ts, problems := text.LoadThemes(dir)
	if ts == nil {
		return nil, nil, problems
	}
	cat, more := voice.Catalog(ts)
	return ts, cat, append(problems, more...)
}
