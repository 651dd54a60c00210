package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// queries tracks the computations running for the window, so the user can cancel them
// (the "Откажи" button appears when one takes long); a cancelled query stops inside DuckDB.
type queries struct {
	mu      sync.Mutex
	next    int
	running map[int]context.CancelFunc
	// background: computations of views not asked for yet (the department view while the user reads
	// the overview); any request the user makes stops them, so they never slow a click
	background map[int]context.CancelFunc
}

// query gives a computation its context; call done when it returns. It stops the background ones.
func (st *State) query() (ctx context.Context, done func()) { return st.track(false) }

// backgroundQuery is query for a computation ahead of the user: stopped by the next query.
func (st *State) backgroundQuery() (ctx context.Context, done func()) { return st.track(true) }

func (st *State) track(background bool) (ctx context.Context, done func()) {
	ctx, cancel := context.WithCancel(st.context())
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.running == nil {
		q.running, q.background = map[int]context.CancelFunc{}, map[int]context.CancelFunc{}
	}
	set := q.running
	if background {
		set = q.background
	} else {
		for id, stop := range q.background {
			stop()
			delete(q.background, id)
		}
	}
	q.next++
	id := q.next
	set[id] = cancel
	logged := walkedRequest()
	return ctx, func() {
		logged()
		q.mu.Lock()
		delete(set, id)
		q.mu.Unlock()
		cancel()
	}
}

// cancelQueries stops every running computation and says how many there were.
func (st *State) cancelQueries() int {
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, cancel := range q.background {
		cancel()
	}
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

// walkedRequest, while the window walks itself (OTZVUK_WALK=1), writes how long Go took over the
// request that asked for a query context (the service method's name, its start and end in ms
// after the process started): make bench tells Go's share of a click from the page's.
func walkedRequest() func() {
	if !walking {
		return func() {}
	}
	name := "?"
	if pc, _, _, ok := runtime.Caller(3); ok { // walkedRequest ← track ← query ← the service method
		name = runtime.FuncForPC(pc).Name()
		name = name[strings.LastIndex(name, ".")+1:]
	}
	start := time.Since(processStart)
	return func() {
		end := time.Since(processStart)
		fmt.Fprintf(os.Stderr, "otzvuk: go %s %d→%d ms (%d ms)\n", name, start.Milliseconds(), end.Milliseconds(), (end - start).Milliseconds())
	}
}
