package app

import (
	"context"
	"sync"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
	"otzvuk/analytics/workspace"
)

// themeState is the loaded theme set and its indicator catalogue, reloaded when the municipality
// adds a theme from the window.
type themeState struct {
	mu       sync.Mutex
	loaded   bool
	themes   *text.Themes
	catalog  *methodology.Catalog
	problems []error
	// freshAt: the data version and theme set at which every text's themes were last found
	// stored — a view asked again on the same data skips the scan of every text for unread ones
	freshAt string
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
		dbPath := ""
		if st.Store != nil {
			dbPath = st.Store.Path
		}
		ts, cat, problems := workspace.Themes(dbPath)
		st.themes.loaded, st.themes.themes, st.themes.catalog, st.themes.problems = true, ts, cat, problems
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
	at := func() string {
		v, err := methodology.DataVersion(ctx, st.Store.DB)
		if err != nil {
			return ""
		}
		return v + "|" + voice.ThemesHash(ts)
	}
	now := at()
	st.themes.mu.Lock()
	fresh := now != "" && now == st.themes.freshAt
	st.themes.mu.Unlock()
	if fresh {
		return ts, cat, nil
	}
	err, _ := workspace.AfterChange{Themes: ts}.Run(ctx, st.Store)
	// Fresh only at a version the scan started and ended on (it found nothing to write): after a
	// scan that wrote, or an import that committed meanwhile, the next view checks once more.
	if after := at(); err == nil && now != "" && after == now {
		st.themes.mu.Lock()
		st.themes.freshAt = now
		st.themes.mu.Unlock()
	}
	return ts, cat, err
}

// afterChange runs what follows every change of the data (workspace.AfterChange, as the CLI does):
// the new comments' themes, then the summaries of the catalogue's and the themes' indicators;
// progress (may be nil) hears of each cube built. A failure loses nothing: a view reads the texts
// and builds what it needs on use.
func (st *State) afterChange(ctx context.Context, progress func(done, total int)) {
	if st.Store == nil {
		return
	}
	st.dropFirstOverview()
	ts, themeCat := st.themeSet()
	workspace.AfterChange{Catalog: st.Catalog, Themes: ts, ThemeValues: themeCat, Progress: progress}.Run(ctx, st.Store)
}
