package ingest

import (
	"fmt"
	"os"
	"time"
)

// OTZVUK_IMPORT_TRACE=1 prints how long each step of an import took, on stderr (for profiling).
var traceOn = os.Getenv("OTZVUK_IMPORT_TRACE") != ""

type tracer struct{ last time.Time }

func newTracer() *tracer { return &tracer{last: time.Now()} }

func (t *tracer) mark(step string) {
	if !traceOn || t == nil {
		return
	}
	now := time.Now()
	fmt.Fprintf(os.Stderr, "import: %-30s %7.3f s\n", step, now.Sub(t.last).Seconds())
	t.last = now
}

// Tracer times the steps around an import (the CLI's open, catalogue, after-change, close) under
// OTZVUK_IMPORT_TRACE=1, as the import's own steps are.
type Tracer struct{ t *tracer }

// NewTracer starts timing from now.
func NewTracer() Tracer { return Tracer{newTracer()} }

// Mark prints the time since the last mark.
func (t Tracer) Mark(step string) { t.t.mark(step) }
