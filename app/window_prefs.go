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

// Placement is how the window opens on a screen of a given size.
type Placement struct {
	Width, Height int
	X, Y          int
	Move          bool // X, Y are a place on this screen
	Center        bool // no usable place: centre the window
	Maximise      bool
}

// Place fits the remembered window to the screen it opens on. The work area (the screen less its
// panels and taskbar) is not known to the window, so a window as large as the screen less a
// margin is maximised instead — the window manager then fits it to the work area; on a small
// screen (1366×768, the municipal laptop) the window always opens maximised, menu bar on screen.
// A remembered place that would leave the window (mostly) off this screen is dropped.
func Place(p WindowPrefs, screenW, screenH int) Placement {
	out := Placement{Width: p.Width, Height: p.Height, Maximise: p.Maximised}
	if screenW <= 0 || screenH <= 0 {
		out.Move, out.X, out.Y = p.Placed, p.X, p.Y
		return out
	}
	const marginW, marginH = 40, 60 // panels, taskbar, title bar
	if screenW <= 1366 || screenH <= 768 || p.Width > screenW-marginW || p.Height > screenH-marginH {
		out.Maximise = true
		out.Width, out.Height = min(p.Width, screenW-marginW), min(p.Height, screenH-marginH)
	}
	visible := p.X >= -p.Width/2 && p.Y >= 0 && p.X+p.Width/2 <= screenW && p.Y+40 <= screenH
	switch {
	case p.Placed && visible:
		out.Move, out.X, out.Y = true, p.X, p.Y
	default:
		out.Center = true
	}
	return out
}
