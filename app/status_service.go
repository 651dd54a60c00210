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

// WithLanguageHook sets what happens when the user switches language (the native menu follows).
func (s *StatusService) WithLanguageHook(fn func(lang string)) *StatusService {
	s.onLang = fn
	return s
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
	// Skipped are the indicators that could not be computed (a user's broken expression): the
	// window names them; every other indicator works.
	Skipped []methodology.SkippedIndicator `json:"skipped"`
}

// Start is called once the window exists. It seeds the demo municipality into an empty database,
// reporting "seed:progress" events, then emits "data:ready" with the Status. It returns at once.
func Start(ctx context.Context, st *State, emit Emitter) {
	st.mu.Lock()
	st.ctx = ctx
	st.mu.Unlock()
	go func() {
		isDemo, err := prepare(ctx, st, emit)
		st.setReady(isDemo, err)
		emit(ctx, "data:ready", NewStatusService(st).Status())
	}()
}

func prepare(ctx context.Context, st *State, emit Emitter) (bool, error) {
	empty, err := demo.IsEmpty(ctx, st.Store)
	if err != nil {
		return false, err
	}
	if empty {
		progress := func(done, total int, table string) {
			emit(ctx, "seed:progress", map[string]any{"done": done, "total": total, "table": table})
		}
		if err := demo.Write(ctx, st.Store, demo.Generate(demo.DefaultSeed), progress); err != nil {
			return false, err
		}
	}
	return demo.IsDemo(ctx, st.Store)
}

// Status reports readiness, whether the data is the demo, and where the database lives.
func (s *StatusService) Status() Status {
	ready, isDemo, err := s.st.snapshot()
	out := Status{Ready: ready, Demo: isDemo, DBPath: s.st.Store.Path, Version: s.st.Version, Skipped: s.st.Skipped()}
	if err != nil {
		out.Problem = problem("errors.seedFailed", err, nil)
	}
	return out
}

// CancelQueries stops the computations running for the window (the UI's "Cancel" while a view
// takes long) and returns how many were stopped. The views then show that they were cancelled.
func (s *StatusService) CancelQueries() int { return s.st.cancelQueries() }
