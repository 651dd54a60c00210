package app

import (
	"context"
	"errors"
	"sync"
)

// queries tracks the computations running for the window, so the user can cancel them
// (the "Откажи" button appears when one takes long); a cancelled query stops inside DuckDB.
type queries struct {
	mu      sync.Mutex
	next    int
	running map[int]context.CancelFunc
}

// query gives a computation its context; call done when it returns.
func (st *State) query() (ctx context.Context, done func()) {
	ctx, cancel := context.WithCancel(st.context())
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.running == nil {
		q.running = map[int]context.CancelFunc{}
	}
	q.next++
	id := q.next
	q.running[id] = cancel
	return ctx, func() {
		q.mu.Lock()
		delete(q.running, id)
		q.mu.Unlock()
		cancel()
	}
}

// cancelQueries stops every running computation and says how many there were.
func (st *State) cancelQueries() int {
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, cancel := range q.running {
		cancel()
	}
	return len(q.running)
}

// queryProblem names a failed computation: cancelled by the user, or failed.
func queryProblem(err error) *Problem {
	if errors.Is(err, context.Canceled) {
		return problem("errors.queryCancelled", err, nil)
	}
	return problem("errors.queryFailed", err, nil)
}
