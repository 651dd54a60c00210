package app

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// processStart is when the program started: the cold start is measured from here to the first
// chart the window draws (a figure for the e2e run, never a timed test).
var processStart = time.Now()

var firstPaint sync.Once

// FirstPaint is called by the window when its first chart has finished drawing. With
// OTZVUK_TIMING=1 the time since the process started is written to stderr once.
func (s *StatusService) FirstPaint(chart string) {
	firstPaint.Do(func() {
		if os.Getenv("OTZVUK_TIMING") == "" {
			return
		}
		if len(chart) > 64 {
			chart = chart[:64]
		}
		fmt.Fprintf(os.Stderr, "otzvuk: first chart painted %d ms after start (%q)\n", time.Since(processStart).Milliseconds(), chart)
	})
}
