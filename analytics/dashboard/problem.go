package dashboard

import (
	"context"
	"errors"
)

// Problem is why a view could not be computed: a stable key the window translates (errors.…),
// its parameters, and the cause.
type Problem struct {
	Key    string
	Params map[string]string
	Err    error
}

func (p *Problem) Error() string {
	if p.Err != nil {
		return p.Err.Error()
	}
	return p.Key
}

func (p *Problem) Unwrap() error { return p.Err }

func problem(key string, err error, params map[string]string) *Problem {
	return &Problem{Key: key, Err: err, Params: params}
}

// ErrInvalid marks input the window should never have sent.
var ErrInvalid = errors.New("invalid request")

// ErrPooled: what a pooled database cannot show (its packages carry no texts, names or per-record drivers).
var ErrPooled = errors.New("a pooled database holds the packages' PII-free record views only")

// queryProblem names a failed computation: a filter's own problem keeps its key; cancelled by the
// user, or failed.
func queryProblem(err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	if errors.Is(err, context.Canceled) {
		return problem("errors.queryCancelled", err, nil)
	}
	return problem("errors.queryFailed", err, nil)
}
