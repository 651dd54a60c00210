package app

import (
	"context"

	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/store"
)

// municipalities tells whether the open database is a pool of more than one municipality
// (otzvuk pool): the comparison then ranks municipalities instead of departments.
func (st *State) municipalities(ctx context.Context) bool {
	return st.Store.PooledPackages(ctx) > 1
}

// errPooled: what a pooled database cannot show (dashboard.ErrPooled).
var errPooled = dashboard.ErrPooled

// identity is the window's title: the municipality's own name once set, or the pool's size.
func (st *State) identity() (name string, pooled int) {
	ctx := st.context()
	if n := st.Store.PooledPackages(ctx); n > 0 {
		return "", n
	}
	if m, err := store.GetMunicipality(ctx, st.Store.DB); err == nil && m.Name != store.DefaultMunicipalityName {
		return m.Name, 0
	}
	return "", 0
}
