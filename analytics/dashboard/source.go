// Package dashboard is what the window's views compute: the overview, the department view and
// the pooled status, from the catalogue's indicators through the one computer the window gives
// (its result cache, so nothing bypasses the cache or the tracking of failed indicators). No
// Wails here: app/ binds these results to the window, one thin adapter per service.
package dashboard

import (
	"context"
	"database/sql"

	"otzvuk/analytics/compare"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
)

// Computer computes catalogue indicators: the window's result cache (methodology.Cache).
type Computer func(ctx context.Context, cat *methodology.Catalog, q methodology.Query) ([]methodology.Value, error)

// Source is what a view computes from.
type Source struct {
	DB      *sql.DB
	Catalog *methodology.Catalog
	// Compute runs every query of a view; nil: methodology.Compute, uncached.
	Compute Computer
	// Themes are the text themes with every comment's themes stored, and their indicators'
	// catalogue; nil: the views have no themes.
	Themes func(ctx context.Context) (*text.Themes, *methodology.Catalog, error)
}

// request is the context every entry point computes under: the database's snapshot (pooled? its
// data version, its size) read once for the request's dozen Computes (methodology.WithSnapshot).
func (s Source) request(ctx context.Context) context.Context {
	return methodology.WithSnapshot(ctx, s.DB)
}

// requestWithThemes is request for a view that reads the comments' themes: their scan of the
// texts not yet read writes (theme_matches), so it runs before the snapshot is read — under it, a
// scan would move the data version the request's results are cached by. Its failure is left to
// the steps that read the themes to report.
func (s Source) requestWithThemes(ctx context.Context) context.Context {
	s.themes(ctx)
	return s.request(ctx)
}

func (s Source) compute(ctx context.Context, cat *methodology.Catalog, q methodology.Query) ([]methodology.Value, error) {
	if s.Compute != nil {
		return s.Compute(ctx, cat, q)
	}
	return methodology.Compute(ctx, s.DB, cat, q)
}

func (s Source) themes(ctx context.Context) (*text.Themes, *methodology.Catalog, error) {
	if s.Themes == nil {
		return nil, nil, nil
	}
	return s.Themes(ctx)
}

// FDRLevel is the false discovery rate at which every screen's families are tested (the
// municipality's setting, compare.FDRLevel)
// (docs/statistics.md).
func FDRLevel() float64 { return compare.FDRLevel() }
