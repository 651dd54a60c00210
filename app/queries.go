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
	background map[int]context.CancelCauseFunc
}

// query gives a computation its context; call done when it returns. It stops the background ones.
func (st *State) query() (ctx context.Context, done func()) { return st.track(false) }

// backgroundQuery is query for a computation ahead of the user: stopped by the next query.
func (st *State) backgroundQuery() (ctx context.Context, done func()) { return st.track(true) }

// errPreempted is why a background computation stopped: the user asked for something (not the
// Cancel button, which stops everything as cancelled).
var errPreempted = errors.New("stopped for the user's request")

// preempted says a context was stopped for the user's request.
func preempted(ctx context.Context) bool { return errors.Is(context.Cause(ctx), errPreempted) }

func (st *State) track(background bool) (ctx context.Context, done func()) {
	ctx, stop := context.WithCancelCause(st.context())
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.running == nil {
		q.running, q.background = map[int]context.CancelFunc{}, map[int]context.CancelCauseFunc{}
	}
	if !background {
		for id, other := range q.background {
			other(errPreempted)
			delete(q.background, id)
		}
	} else if len(q.running) > 0 { // the user is waiting for something: not now
		stop(errPreempted)
	}
	q.next++
	id := q.next
	if background {
		q.background[id] = stop
	} else {
		q.running[id] = func() { stop(context.Canceled) }
	}
	logged := walkedRequest()
	return ctx, func() {
		logged()
		q.mu.Lock()
		delete(q.running, id)
		delete(q.background, id)
		q.mu.Unlock()
		stop(context.Canceled)
	}
}

// cancelQueries stops every running computation and says how many there were.
func (st *State) cancelQueries() int {
	q := &st.queries
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, stop := range q.background {
		stop(context.Canceled)
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
