// Package app holds the thin services bound to the Wails window: they validate input,
// call analytics and return typed results. No SQL here, and no Wails outside Start.
package app

import (
	"errors"

	"otzvuk/analytics/dashboard"
	"otzvuk/analytics/export"
)

// Problem is an error for the UI: a stable key the frontend translates, and an English fallback.
type Problem struct {
	Key     string            `json:"key"`
	Message string            `json:"message"`
	Params  map[string]string `json:"params,omitempty"`
}

// Outcome is every bound result's envelope: OK, or the Problem that stopped it. Each result type
// embeds it first; Wails' bindings generator flattens it, so every TS model has ok and problem.
type Outcome struct {
	OK      bool     `json:"ok"`
	Problem *Problem `json:"problem,omitempty"`
}

// succeeded is the envelope of a result that holds what was asked.
func succeeded() Outcome { return Outcome{OK: true} }

// failed is the envelope of a result that stopped at p.
func failed(p *Problem) Outcome { return Outcome{Problem: p} }

func problem(key string, err error, params map[string]string) *Problem {
	msg := key
	if err != nil {
		msg = err.Error()
	}
	return &Problem{Key: key, Message: msg, Params: params}
}

// errInvalid marks input the UI should never have sent.
var errInvalid = errors.New("invalid request")

// writeProblem turns a failed write into a Problem: a refused output gets its own key per reason
// (errors.output.database, …) with the target path, so the window says it in one language.
func writeProblem(fallbackKey string, err error) *Problem {
	var oe *export.OutputError
	if errors.As(err, &oe) {
		bg, en := oe.Messages()
		return &Problem{Key: "errors.output." + string(oe.Code), Message: en,
			Params: map[string]string{"path": oe.Path, "detail": oe.DetailEN, "detailBg": oe.DetailBG, "bg": bg}}
	}
	return problem(fallbackKey, err, nil)
}

// fromDashboard is a view's problem for the UI, with its key and parameters.
func fromDashboard(p *dashboard.Problem) *Problem {
	return problem(p.Key, p.Err, p.Params)
}
