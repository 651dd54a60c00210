package workspace

import (
	"context"

	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
	"otzvuk/analytics/voice"
)

// AfterChange is what follows every change of the data — an import, the demo, an undo — in the
// CLI and the window alike: the themes of the comments not yet read, then the summaries (cubes) of
// every indicator, the catalogue's and the themes', so the views that recompute next read sums.
// Neither step can lose data: on failure the texts are read and the cubes built on their next use,
// so the errors are only for the caller to report.
type AfterChange struct {
	Catalog     *methodology.Catalog
	Themes      *text.Themes         // nil: no themes (their step is skipped)
	ThemeValues *methodology.Catalog // the themes' indicators (voice.Catalog)
	Progress    func(done, total int)
}

// Run runs the steps; themesErr is the themes' failure, cubesErr the summaries'.
func (a AfterChange) Run(ctx context.Context, s *store.Store) (themesErr, cubesErr error) {
	if a.Themes != nil && !s.Pooled(ctx) { // a pooled database carries no comments (packages are PII-free)
		before, verr := methodology.DataVersion(ctx, s.DB)
		var n int
		n, themesErr = voice.Refresh(ctx, s, a.Themes)
		if verr == nil && themesErr == nil && n > 0 {
			// New matches move the data version: the cubes that read no theme keep theirs.
			methodology.CarryCubes(ctx, s.DB, before)
		}
	}
	cats := []*methodology.Catalog{}
	if a.Catalog != nil {
		cats = append(cats, a.Catalog)
	}
	if a.ThemeValues != nil {
		cats = append(cats, a.ThemeValues)
	}
	if len(cats) > 0 {
		_, cubesErr = methodology.WarmCubes(ctx, s.DB, a.Progress, cats...)
	}
	return themesErr, cubesErr
}
