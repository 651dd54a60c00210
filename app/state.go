package app

import (
	"context"
	"sort"
	"sync"

	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/export"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/store"
)

// State is what every service shares: the open database and the catalogue.
// ready turns true once first-start seeding (if any) has finished.
type State struct {
	Store   *store.Store
	Catalog *methodology.Catalog
	Version string

	queries queries

	mu    sync.RWMutex
	ctx   context.Context
	ready bool
	demo  bool
	err   error

	skipped    map[string]methodology.SkippedIndicator // indicators that failed at run time
	firstStart bool                                    // waiting for the first start's choice
	emit       Emitter                                 // the window's events (set by Start)

	themes themeState

	results *methodology.Cache // computed views by data version (methodology.Cache); set on first use

	first firstOverview // the window's first overview, computed while the webview starts
}

// resultCache is the State's cache of computed views, made on first use.
func (st *State) resultCache() *methodology.Cache {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.results == nil {
		st.results = methodology.NewCache(64)
	}
	return st.results
}

// Context is the window's context once started (Wails runtime calls need it).
func (st *State) Context() context.Context { return st.context() }

// context is the window's context once started: queries stop when the app quits.
func (st *State) context() context.Context {
	st.mu.RLock()
	defer st.mu.RUnlock()
	if st.ctx == nil {
		return context.Background()
	}
	return st.ctx
}

// outputs guards every file the window writes: never the open database, its WAL, a folder or a
// file that is not an earlier export of the same kind (the save dialog lets a user pick any name).
func (st *State) outputs() export.Guard {
	if st.Store == nil {
		return export.Guard{}
	}
	return export.Guard{Protect: []string{st.Store.Path}}
}

// compute runs catalogue indicators for a view. An indicator that fails at run time (a user's
// expression) is left out and remembered, so the window names it, and never fails the view.
func (st *State) compute(ctx context.Context, cat *methodology.Catalog, q methodology.Query) ([]methodology.Value, error) {
	vals, err := st.resultCache().Compute(ctx, st.Store.DB, cat, q)
	skipped, err := methodology.SplitSkipped(err)
	if len(skipped) > 0 {
		st.mu.Lock()
		if st.skipped == nil {
			st.skipped = map[string]methodology.SkippedIndicator{}
		}
		for _, s := range skipped {
			st.skipped[s.ID] = s
		}
		st.mu.Unlock()
	}
	return vals, err
}

// Skipped lists the indicators left out since the window opened, by id.
func (st *State) Skipped() []methodology.SkippedIndicator {
	st.mu.RLock()
	defer st.mu.RUnlock()
	out := make([]methodology.SkippedIndicator, 0, len(st.skipped))
	for _, s := range st.skipped {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// NewState wraps an open store.
func NewState(s *store.Store, cat *methodology.Catalog, version string) *State {
	return &State{Store: s, Catalog: cat, Version: version}
}

func (st *State) setReady(demo bool, err error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.ready, st.demo, st.err = err == nil, demo, err
}

func (st *State) snapshot() (ready, demo bool, err error) {
	st.mu.RLock()
	defer st.mu.RUnlock()
	return st.ready, st.demo, st.err
}

// Emitter sends an event to the window (Wails runtime.EventsEmit in the app, a recorder in tests).
type Emitter func(ctx context.Context, name string, data ...any)

// source is what the views compute from (dashboard.Source): every query through the result cache,
// the themes fresh.
func (st *State) source() dashboard.Source {
	return dashboard.Source{DB: st.Store.DB, Catalog: st.Catalog, Compute: st.compute, Themes: st.freshThemes}
}
