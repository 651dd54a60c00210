// Package app holds the thin services bound to the Wails window: they validate input,
// call analytics and return typed results. No SQL here, and no Wails outside Start.
package app

import "errors"

// Problem is an error for the UI: a stable key the frontend translates, and an English fallback.
type Problem struct {
	Key     string            `json:"key"`
	Message string            `json:"message"`
	Params  map[string]string `json:"params,omitempty"`
}

func problem(key string, err error, params map[string]string) *Problem {
	msg := key
	if err != nil {
		msg = err.Error()
	}
	return &Problem{Key: key, Message: msg, Params: params}
}

// errInvalid marks input the UI should never have sent.
var errInvalid = errors.New("invalid request")
