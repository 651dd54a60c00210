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
	logged := walkedRequest()
	return ctx, func() {
		logged()
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

// walkedRequest, while the window walks itself (OTZVUK_WALK=1), writes how long Go took over the
// request that asked for a query context (the service method's name, its start and end in ms
// after the process started): make bench tells Go's share of a click from the page's.
func walkedRequest() func() {
	if !walking {
		return func() {}
	}
	name := "?"
	if pc, _, _, ok := runtime.Caller(2); ok {
		name = runtime.FuncForPC(pc).Name()
		name = name[strings.LastIndex(name, ".")+1:]
	}
	start := time.Since(processStart)
	return func() {
		end := time.Since(processStart)
		fmt.Fprintf(os.Stderr, "otzvuk: go %s %d→%d ms (%d ms)\n", name, start.Milliseconds(), end.Milliseconds(), (end - start).Milliseconds())
	}
}
