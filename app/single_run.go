package app

import (
	"context"
	"sync"
)

// singleRun lets one long job (an import, a report) run at a time and be cancelled from the UI.
type singleRun struct {
	mu     sync.Mutex
	cancel context.CancelFunc
}

// start gives the job its context; ok is false when another job runs. Call done when it ends.
func (r *singleRun) start(parent context.Context) (ctx context.Context, done func(), ok bool) {
	ctx, cancel := context.WithCancel(parent)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel != nil {
		cancel()
		return nil, nil, false
	}
	r.cancel = cancel
	return ctx, func() {
		r.mu.Lock()
		r.cancel = nil
		r.mu.Unlock()
		cancel()
	}, true
}

// stop cancels the running job, if any, and says whether there was one.
func (r *singleRun) stop() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel == nil {
		return false
	}
	r.cancel()
	return true
}
