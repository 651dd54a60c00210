package app

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sync"

	"otzvuk/analytics/export"
)

// PrefsService keeps the window's UI state (language, open view, filters, saved views) in a JSON
// file next to the database, so it survives restarts whatever the webview does with its storage.
type PrefsService struct {
	st *State
	mu sync.Mutex
}

// NewPrefsService creates the service.
func NewPrefsService(st *State) *PrefsService { return &PrefsService{st: st} }

func (s *PrefsService) path() string {
	return filepath.Join(filepath.Dir(s.st.Store.Path), "ui-state.json")
}

func (s *PrefsService) read() map[string]json.RawMessage {
	m := map[string]json.RawMessage{}
	if body, err := os.ReadFile(s.path()); err == nil {
		json.Unmarshal(body, &m)
	}
	return m
}

// All returns every saved value (each is JSON text).
func (s *PrefsService) All() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]string{}
	for k, v := range s.read() {
		out[k] = string(v)
	}
	return out
}

// Set stores one value (JSON text; anything else is refused). The file is replaced whole.
func (s *PrefsService) Set(key, value string) bool {
	if key == "" || len(key) > 100 || len(value) > 1<<20 || !json.Valid([]byte(value)) {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.read()
	m[key] = json.RawMessage(value)
	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return false
	}
	return export.WriteAtomic(s.path(), func(w io.Writer) error { _, err := w.Write(body); return err }) == nil
}
