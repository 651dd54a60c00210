package app

import (
	"context"
	"sync"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// themeState is the loaded theme set and its indicator catalogue, reloaded when the municipality
// adds a theme from the window.
type themeState struct {
	mu       sync.Mutex
	loaded   bool
	themes   *text.Themes
	catalog  *methodology.Catalog
	problems []error
}

// Themes are the text themes (shipped and the municipality's own in themes/ next to the
// database); a broken entry is skipped.
func (st *State) Themes() *text.Themes {
	ts, _ := st.themeSet()
	return ts
}

func (st *State) themeSet() (*text.Themes, *methodology.Catalog) {
	st.themes.mu.Lock()
	defer st.themes.mu.Unlock()
	if !st.themes.loaded {
		dir := ""
		if st.Store != nil {
			dir = text.UserThemeDir(st.Store.Path)
		}
		ts, problems := text.LoadThemes(dir)
		cat, more := voice.Catalog(ts)
		st.themes.loaded, st.themes.themes, st.themes.catalog, st.themes.problems = true, ts, cat, append(problems, more...)
	}
	return st.themes.themes, st.themes.catalog
}

// reloadThemes forgets the loaded themes, so that the next use reads the folder again.
func (st *State) reloadThemes() {
	st.themes.mu.Lock()
	st.themes.loaded = false
	st.themes.mu.Unlock()
}

// freshThemes is the theme set with every comment's themes stored (after an import or a change
// of the themes, the texts not yet read are read now) and the theme indicators' catalogue.
func (st *State) freshThemes(ctx context.Context) (*text.Themes, *methodology.Catalog, error) {
	if st.Store == nil || st.Store.Pooled(ctx) {
		return nil, nil, nil // a pooled database carries no comments (packages are PII-free)
	}
	ts, cat := st.themeSet()
	if ts == nil {
		return ts, cat, nil
	}
	_, err := voice.Refresh(ctx, st.Store, ts)
	return ts, cat, err
}

// warmCubes builds the cubes the catalogue and the theme indicators read (methodology.WarmCubes)
// after the data changed, so the views that recompute next read sums, not records; progress (may
// be nil) hears of each cube built. A failure loses nothing: a view builds what it needs on use.
func (st *State) warmCubes(ctx context.Context, progress func(done, total int)) {
	if st.Store == nil || st.Catalog == nil {
		return
	}
	_, themes := st.themeSet()
	methodology.WarmCubes(ctx, st.Store.DB, progress, st.Catalog, themes)
}
