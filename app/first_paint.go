package app

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// processStart is when the program started: the cold start is measured from here to the first
// chart the window draws (a figure for the e2e run and make bench, never a timed test).
var processStart = time.Now()

// timing: OTZVUK_TIMING=1 writes the cold start's steps to stderr, each once; unset, nothing is
// written and a step costs one boolean test.
var timing = os.Getenv("OTZVUK_TIMING") != ""

// walking: OTZVUK_WALK=1 makes the window walk its own tabs once after the first paint and report
// each step's time (StatusService.WalkStep), for make bench's headless window walk; with
// OTZVUK_WALK=reader it walks as a user who reads each view before the next click (walk.ts read).
var (
	walking    = os.Getenv("OTZVUK_WALK") != ""
	walkReader = os.Getenv("OTZVUK_WALK") == "reader"
)

var (
	firstPaint sync.Once
	stepsMu    sync.Mutex
	stepsSeen  = map[string]bool{}
)

// Step writes, with OTZVUK_TIMING=1, the time since the process started at a named step of the
// cold start (once per name).
func Step(name string) {
	if !timing {
		return
	}
	stepAt(name, time.Since(processStart))
}

func stepAt(name string, since time.Duration) {
	if len(name) > 48 {
		name = name[:48]
	}
	stepsMu.Lock()
	seen := stepsSeen[name] || len(stepsSeen) > 64
	stepsSeen[name] = true
	stepsMu.Unlock()
	if seen {
		return
	}
	fmt.Fprintf(os.Stderr, "otzvuk: step %-28s %5d ms after start\n", name, since.Milliseconds())
}

// FirstPaint is called by the window when its first chart has finished drawing. With
// OTZVUK_TIMING=1 the time since the process started is written to stderr once.
func (s *StatusService) FirstPaint(chart string) {
	firstPaint.Do(func() {
		if !timing {
			return
		}
		if len(chart) > 64 {
			chart = chart[:64]
		}
		fmt.Fprintf(os.Stderr, "otzvuk: first chart painted %d ms after start (%q)\n", time.Since(processStart).Milliseconds(), chart)
	})
}

// Steps hands the window's own cold-start steps to Go (OTZVUK_TIMING=1): each a name and the
// wall-clock time it happened, in Unix milliseconds (the page's clock is the process's), written
// as the time since the process started. The window sends them only when Status says timing is on.
func (s *StatusService) Steps(steps []TimingStep) {
	if !timing {
		return
	}
	for _, st := range steps {
		at := time.UnixMicro(int64(st.At * 1000))
		stepAt(st.Name, at.Sub(processStart))
	}
}

// TimingStep is one step of the window's cold start: its name and when (Unix milliseconds).
type TimingStep struct {
	Name string  `json:"name"`
	At   float64 `json:"at"`
}

// WalkStep reports one step of the window's walk (OTZVUK_WALK=1): what was done and how long
// until its content was drawn, in milliseconds. Written to stderr as
// "otzvuk: walk <step> <ms> ms" for make bench; the last step is "done".
func (s *StatusService) WalkStep(step string, ms float64) {
	if !walking {
		return
	}
	if len(step) > 48 {
		step = step[:48]
	}
	fmt.Fprintf(os.Stderr, "otzvuk: walk %s %.1f ms\n", step, ms)
}
