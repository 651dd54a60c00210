package app

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// WindowPrefs is where and how big the window was when it last closed.
type WindowPrefs struct {
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Placed    bool `json:"placed"` // X and Y are known
	Maximised bool `json:"maximised"`
}

// DefaultWindow is the size of a first start.
var DefaultWindow = WindowPrefs{Width: 1280, Height: 820}

func windowPrefsPath(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "window.json") }

// LoadWindowPrefs reads the saved window state next to the database, or the defaults.
func LoadWindowPrefs(dbPath string) WindowPrefs {
	p := DefaultWindow
	body, err := os.ReadFile(windowPrefsPath(dbPath))
	if err != nil || json.Unmarshal(body, &p) != nil || p.Width < 640 || p.Height < 480 || p.Width > 10000 || p.Height > 10000 {
		return DefaultWindow
	}
	return p
}

// SaveWindowPrefs writes the window state next to the database.
func SaveWindowPrefs(dbPath string, p WindowPrefs) error {
	body, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(windowPrefsPath(dbPath), body, 0o644)
}
