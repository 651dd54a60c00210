package app

import (
	"context"

	"otzvuk/analytics/demo"
	"otzvuk/analytics/methodology"
)

// StatusService tells the window whether data is ready, and hears the UI language.
type StatusService struct {
	st     *State
	onLang func(lang string)
}

// NewStatusServiceHearing is the service with what happens when the user switches language (the
// native menu follows). A constructor, not a method: every exported method of a bound service
// becomes a call the page can make.
func NewStatusServiceHearing(st *State, onLanguage func(lang string)) *StatusService {
	return &StatusService{st: st, onLang: onLanguage}
}

// SetLanguage is called by the UI's language switch: "bg" or "en".
func (s *StatusService) SetLanguage(lang string) bool {
	if lang != "bg" && lang != "en" {
		return false
	}
	if s.onLang != nil {
		s.onLang(lang)
	}
	return true
}

// NewStatusService creates the service.
func NewStatusService(st *State) *StatusService {
	return &StatusService{st: st}
}

// Status is what the window shows in its header and while loading.
type Status struct {
	Ready   bool     `json:"ready"`
	Demo    bool     `json:"demo"`
	DBPath  string   `json:"dbPath"`
	Version string   `json:"version"`
	Problem *Problem `json:"problem,omitempty"`
	// FirstStart: an empty database whose user has not chosen how to start (Begin).
	FirstStart bool `json:"firstStart"`
	// Skipped are the indicators that could not be computed (a user's broken expression): the
	// window names them; every other indicator works.
	Skipped []methodology.SkippedIndicator `json:"skipped"`
	// Municipality is the name set with otzvuk settings ("" while it is the default, which the
	// window says in its own language); Municipalities the count in a pooled database (0 otherwise).
	Municipality   string `json:"municipality"`
	Municipalities int    `json:"municipalities"`
	// Timing (OTZVUK_TIMING=1): the window sends its cold-start steps (Steps); Walk (OTZVUK_WALK=1):
	// it walks its tabs once after the first paint and reports each step (WalkStep); WalkReader
	// (OTZVUK_WALK=reader): the walk pauses as a reading user does.
	Timing     bool `json:"timing,omitempty"`
	Walk       bool `json:"walk,omitempty"`
	WalkReader bool `json:"walkReader,omitempty"`
}

// Start is called once the window exists. On an empty database it waits for the user's choice
// (Begin: the demo municipality, or their own data); otherwise it emits "data:ready" with the
// Status at once. It returns at once.
func Start(ctx context.Context, st *State, emit Emitter) {
	st.mu.Lock()
	st.ctx, st.emit = ctx, emit
	st.mu.Unlock()
	go func() {
		need, err := demo.NeedsChoice(ctx, st.Store)
		if err == nil && need {
			st.mu.Lock()
			st.firstStart = true
			st.mu.Unlock()
			emit(ctx, "data:ready", NewStatusService(st).Status())
			return
		}
		isDemo, err := prepare(ctx, st)
		st.setReady(isDemo, err)
		Step("data ready")
		if err == nil {
			st.FirstOverviewDataReady()
		}
		emit(ctx, "data:ready", NewStatusService(st).Status())
	}()
}

func prepare(ctx context.Context, st *State) (bool, error) {
	if st.Store.Pooled(ctx) {
		return false, nil // a pool of packages (otzvuk pool): no imports, no demo of its own
	}
	return demo.IsDemo(ctx, st.Store)
}

// Begin is the first start's choice: withDemo fills the empty database with the generated demo
// municipality ("seed:progress" events), otherwise it stays empty for the user's own imports.
// "data:ready" follows with the Status.
func (s *StatusService) Begin(withDemo bool) Status {
	st := s.st
	st.mu.Lock()
	ctx, emit, first := st.ctx, st.emit, st.firstStart
	st.firstStart = false
	st.mu.Unlock()
	if ctx == nil {
		ctx = context.Background()
	}
	if !first {
		return s.Status()
	}
	var err error
	if withDemo {
		progress := func(done, total int, table string) {
			if emit != nil {
				emit(ctx, "seed:progress", map[string]any{"done": done, "total": total, "table": table})
			}
		}
		err = demo.Write(ctx, st.Store, demo.Generate(demo.DefaultSeed), progress)
		if err == nil {
			st.afterChange(ctx, nil)
		}
	} else {
		err = demo.ChooseEmpty(ctx, st.Store)
	}
	st.setReady(withDemo && err == nil, err)
	out := s.Status()
	if emit != nil {
		emit(ctx, "data:ready", out)
	}
	return out
}

// RemoveDemo deletes the demo municipality and keeps imported data; the views recompute.
func (s *StatusService) RemoveDemo() Status {
	st := s.st
	ctx := st.context()
	if _, err := demo.Remove(ctx, st.Store); err != nil {
		out := s.Status()
		out.Problem = problem("errors.removeDemo", err, nil)
		return out
	}
	st.setReady(false, nil)
	st.dropFirstOverview()
	st.mu.RLock()
	emit := st.emit
	st.mu.RUnlock()
	if emit != nil {
		emit(ctx, "data:changed")
	}
	return s.Status()
}

// Status reports readiness, whether the data is the demo, and where the database lives.
func (s *StatusService) Status() Status {
	ready, isDemo, err := s.st.snapshot()
	s.st.mu.RLock()
	first := s.st.firstStart
	s.st.mu.RUnlock()
	out := Status{Ready: ready, Demo: isDemo, DBPath: s.st.Store.Path, Version: s.st.Version, Skipped: s.st.Skipped(), FirstStart: first}
	if err != nil {
		out.Problem = problem("errors.seedFailed", err, nil)
	}
	out.Municipality, out.Municipalities = s.st.identity()
	out.Timing, out.Walk, out.WalkReader = timing, walking, walkReader
	return out
}

// CancelQueries stops the computations running for the window (the UI's "Cancel" while a view
// takes long) and returns how many were stopped. The views then show that they were cancelled.
func (s *StatusService) CancelQueries() int { return s.st.cancelQueries() }
